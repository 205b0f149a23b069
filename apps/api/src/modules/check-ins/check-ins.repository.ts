import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan, type DeepPartial, type EntityManager } from 'typeorm';
import { CheckInEntity } from './check-in.entity.js';

/** The check-ins feature's SQL. */
@Injectable()
export class CheckInsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Each pilot unit's latest check-in (before the week of `before`, when given): one probe of the
   * unique pilot/unit/week index per unit of the pilots, however many weeks they have run (units no
   * longer in a pilot are not its units).
   */
  async latest(pilotIds: readonly string[], before: string | null = null): Promise<CheckInEntity[]> {
    if (pilotIds.length === 0) return [];
    return this.dataSource
      .getRepository(CheckInEntity)
      .createQueryBuilder('c')
      .where(
        `c.id IN (SELECT last.id FROM pilot p CROSS JOIN LATERAL unnest(p.unit_ids) AS u(unit_id)
                    CROSS JOIN LATERAL (SELECT x.id FROM check_in x WHERE x.pilot_id = p.id AND x.unit_id = u.unit_id
                                           AND (CAST(:before AS date) IS NULL OR x.week_start < CAST(:before AS date))
                                         ORDER BY x.week_start DESC LIMIT 1) last
                   WHERE p.id = ANY (CAST(:pilotIds AS uuid[])))`,
        { pilotIds, before },
      )
      .orderBy('c.pilot_id')
      .addOrderBy('c.unit_id')
      .getMany();
  }

  /** The day each pilot unit of the pilots last checked in (units that never did are left out). */
  async lastSubmitted(pilotIds: readonly string[]): Promise<{ pilotId: string; unitId: string; submittedOn: string }[]> {
    return this.dataSource.query(
      `SELECT p.id AS "pilotId", u.unit_id AS "unitId", last.submitted_on AS "submittedOn"
         FROM pilot p CROSS JOIN LATERAL unnest(p.unit_ids) AS u(unit_id)
         CROSS JOIN LATERAL (SELECT x.submitted_on FROM check_in x WHERE x.pilot_id = p.id AND x.unit_id = u.unit_id ORDER BY x.week_start DESC LIMIT 1) last
        WHERE p.id = ANY ($1::uuid[])`,
      [pilotIds],
    );
  }

  /** The pilots' latest `first` check-ins each, newest week first (then by unit), in one statement. */
  async newestOfPilots(pilotIds: readonly string[], first: number): Promise<CheckInEntity[]> {
    return this.dataSource
      .getRepository(CheckInEntity)
      .createQueryBuilder('c')
      .where(
        `c.id IN (SELECT ranked.id FROM (SELECT x.id, row_number() OVER (PARTITION BY x.pilot_id ORDER BY x.week_start DESC, x.unit_id) AS n
                                           FROM check_in x WHERE x.pilot_id = ANY (CAST(:pilotIds AS uuid[]))) ranked WHERE ranked.n <= :first)`,
        { pilotIds, first },
      )
      .orderBy('c.week_start', 'DESC')
      .addOrderBy('c.unit_id', 'ASC')
      .getMany();
  }

  /** How many check-ins each pilot has. */
  async countsOfPilots(pilotIds: readonly string[]): Promise<{ pilotId: string; count: number }[]> {
    return this.dataSource.query(`SELECT pilot_id AS "pilotId", count(*)::int AS count FROM check_in WHERE pilot_id = ANY ($1::uuid[]) GROUP BY pilot_id`, [pilotIds]);
  }

  /** Check-ins of the pilots, newest week first (then by unit). */
  async byPilotIds(pilotIds: readonly string[]): Promise<CheckInEntity[]> {
    return this.dataSource.getRepository(CheckInEntity).find({ where: { pilotId: In([...pilotIds]) }, order: { weekStart: 'DESC', unitId: 'ASC' } });
  }

  /**
   * The latest two check-ins before `weekBefore` of each pilot unit asked for, newest week first: the
   * week's own and the one before it, when the unit has checked in that week. Two probes of the
   * unique pilot/unit/week index per unit, however many weeks its pilot has run.
   */
  async lastTwoBefore(units: readonly { pilotId: string; unitId: string }[], weekBefore: string): Promise<CheckInEntity[]> {
    if (units.length === 0) return [];
    return this.dataSource
      .getRepository(CheckInEntity)
      .createQueryBuilder('c')
      .where(
        `c.id IN (SELECT last.id FROM unnest(CAST(:pilotIds AS uuid[]), CAST(:unitIds AS uuid[])) AS o(pilot_id, unit_id)
                    CROSS JOIN LATERAL (SELECT x.id FROM check_in x WHERE x.pilot_id = o.pilot_id AND x.unit_id = o.unit_id AND x.week_start < CAST(:weekBefore AS date)
                                         ORDER BY x.week_start DESC LIMIT 2) last)`,
        { pilotIds: units.map((unit) => unit.pilotId), unitIds: units.map((unit) => unit.unitId), weekBefore },
      )
      .orderBy('c.week_start', 'DESC')
      .getMany();
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
