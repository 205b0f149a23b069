import type { DataSource } from 'typeorm';
import { CheckInEntity } from './check-in.entity.js';

/** Each pilot unit's latest check-in (by week), for the given pilots: one query. */
export async function latestCheckIns(dataSource: DataSource, pilotIds: readonly string[]): Promise<CheckInEntity[]> {
  if (pilotIds.length === 0) return [];
  return dataSource
    .getRepository(CheckInEntity)
    .createQueryBuilder('c')
    .distinctOn(['c.pilot_id', 'c.unit_id'])
    .where('c.pilot_id IN (:...pilotIds)', { pilotIds })
    .orderBy('c.pilot_id')
    .addOrderBy('c.unit_id')
    .addOrderBy('c.week_start', 'DESC')
    .getMany();
}
