import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan, type DeepPartial, type EntityManager } from 'typeorm';
import { CheckInEntity } from './check-in.entity.js';

/** The check-ins feature's SQL. */
@Injectable()
export class CheckInsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each pilot unit's latest check-in (by week), for the given pilots: one query. */
  /**
   * Each pilot unit's latest check-in: one probe of the unique pilot/unit/week index per unit of the
   * pilots, however many weeks they have run (units no longer in a pilot are not its units).
   */
  async latest(pilotIds: readonly string[]): Promise<CheckInEntity[]> {
    if (pilotIds.length === 0) return [];
    return this.dataSource
      .getRepository(CheckInEntity)
      .createQueryBuilder('c')
      .where(
        `c.id IN (SELECT last.id FROM pilot p CROSS JOIN LATERAL unnest(p.unit_ids) AS u(unit_id)
                    CROSS JOIN LATERAL (SELECT x.id FROM check_in x WHERE x.pilot_id = p.id AND x.unit_id = u.unit_id ORDER BY x.week_start DESC LIMIT 1) last
                   WHERE p.id = ANY (CAST(:pilotIds AS uuid[])))`,
        { pilotIds },
      )
      .orderBy('c.pilot_id')
      .addOrderBy('c.unit_id')
      .getMany();
  }

  /** Check-ins of the pilots, newest week first (then by unit). */
  async byPilotIds(pilotIds: readonly string[]): Promise<CheckInEntity[]> {
    return this.dataSource.getRepository(CheckInEntity).find({ where: { pilotId: In([...pilotIds]) }, order: { weekStart: 'DESC', unitId: 'ASC' } });
  }

  /** Check-ins of the pilots for weeks before `weekBefore`, newest week first. */
  async byPilotIdsBefore(pilotIds: readonly string[], weekBefore: string): Promise<CheckInEntity[]> {
    return this.dataSource.getRepository(CheckInEntity).find({ where: { pilotId: In([...pilotIds]), weekStart: LessThan(weekBefore) }, order: { weekStart: 'DESC' } });
  }

  async forWeek(em: EntityManager, key: { pilotId: string; unitId: string; weekStart: string }): Promise<CheckInEntity | null> {
    return em.findOneBy(CheckInEntity, key);
  }

  /** The unit's latest check-in before the week, if any. */
  async previous(em: EntityManager, key: { pilotId: string; unitId: string; weekStart: string }): Promise<CheckInEntity | null> {
    return em.findOne(CheckInEntity, { where: { pilotId: key.pilotId, unitId: key.unitId, weekStart: LessThan(key.weekStart) }, order: { weekStart: 'DESC' } });
  }

  async insert(em: EntityManager, values: DeepPartial<CheckInEntity>): Promise<CheckInEntity> {
    return em.save(em.create(CheckInEntity, values));
  }
}
