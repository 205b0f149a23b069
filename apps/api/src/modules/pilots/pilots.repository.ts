import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GateDecision, MeasuredValue, PilotStatus, WaveUnitStage } from '@rollout/domain';
import { DataSource, In, IsNull, type DeepPartial, type EntityManager } from 'typeorm';
import { ActivityEntity } from '../assessments/activity.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { PilotEntity } from './pilot.entity.js';
import { SuccessMetricEntity } from './success-metric.entity.js';

/** A pilot as a unit's stage needs it. */
export interface PilotEngagementRow {
  id: string;
  name: string;
  status: PilotStatus;
  startDate: string;
  endDate: string;
  programId: string;
  unitIds: string[];
  decision: GateDecision | null;
}

/** A unit's place in a roll-out wave, as its stage needs it. */
export interface WaveEngagementRow {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  programId: string;
  unitId: string;
  waveStage: WaveUnitStage;
}

/** The pilots feature's SQL: pilots and their success metrics. */
@Injectable()
export class PilotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(orgId: string, id: string, em: EntityManager = this.dataSource.manager): Promise<PilotEntity | null> {
    return em.findOneBy(PilotEntity, { id, orgId });
  }

  async byIds(ids: readonly string[]): Promise<PilotEntity[]> {
    return this.dataSource.getRepository(PilotEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Each pilot's data version (moved by any write behind its metrics' evaluations) and its check-ins'
   * version (moved by its check-ins), 0 before any such write, kept by the database's triggers.
   */
  async dataVersions(ids: readonly string[]): Promise<Map<string, { values: string; checkIns: string }>> {
    const rows = await this.dataSource.query<{ id: string; values: string; checkIns: string }[]>(
      `SELECT p.id, coalesce(v.version, 0)::text AS "values", coalesce(v.check_ins, 0)::text AS "checkIns"
         FROM unnest($1::uuid[]) AS p(id) LEFT JOIN pilot_data_version v ON v.pilot_id = p.id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { values: row.values, checkIns: row.checkIns }]));
  }

  /** Pilots of the programs, oldest start first. */
  async byProgramIds(programIds: readonly string[]): Promise<PilotEntity[]> {
    return this.dataSource.getRepository(PilotEntity).find({ where: { programId: In([...programIds]) }, order: { startDate: 'ASC', createdAt: 'ASC' } });
  }

  /** Pilots with the given status whose units include any of `unitIds` (all such pilots when null). */
  async withStatusInUnits(orgId: string, status: PilotStatus, unitIds: readonly string[] | null): Promise<PilotEntity[]> {
    const query = this.dataSource
      .getRepository(PilotEntity)
      .createQueryBuilder('pilot')
      .where('pilot.org_id = :orgId AND pilot.status = :status', { orgId, status })
      .orderBy('pilot.start_date', 'ASC');
    if (unitIds !== null) query.andWhere('pilot.unit_ids && CAST(:unitIds AS uuid[])', { unitIds });
    return query.getMany();
  }

  /**
   * The pilots of the programs that any of the units runs, with each pilot's latest gate decision:
   * what a unit's stage is derived from, in one statement for a whole batch of units.
   */
  async engagements(programIds: readonly string[], unitIds: readonly string[]): Promise<PilotEngagementRow[]> {
    return this.dataSource.query(
      `SELECT p.id, p.name, p.status, p.start_date AS "startDate", p.end_date AS "endDate", p.program_id AS "programId", p.unit_ids AS "unitIds",
              (SELECT d.decision FROM decision d WHERE d.pilot_id = p.id ORDER BY d.decided_at DESC LIMIT 1) AS decision
         FROM pilot p
        WHERE p.program_id = ANY($1::uuid[]) AND p.unit_ids && $2::uuid[]`,
      [programIds, unitIds],
    );
  }

  /** The planned start of the roll-out wave a unit is in, in the plan scaling `pilotId`; null when it is in none. */
  async waveStartOf(em: EntityManager, pilotId: string, unitId: string): Promise<string | null> {
    const [row] = await em.query<{ start: string }[]>(
      `SELECT to_char(w.planned_start, 'YYYY-MM-DD') AS start FROM wave_unit wu JOIN rollout_wave w ON w.id = wu.wave_id
         JOIN rollout_plan p ON p.id = wu.plan_id WHERE p.pilot_id = $1 AND wu.unit_id = $2`,
      [pilotId, unitId],
    );
    return row?.start ?? null;
  }

  /** The units in the roll-out waves of the plan scaling `pilotId`, with each one's wave start; empty without a plan. */
  async waveUnitsOf(em: EntityManager, pilotId: string): Promise<{ unitId: string; waveStart: string }[]> {
    return em.query(
      `SELECT wu.unit_id AS "unitId", to_char(w.planned_start, 'YYYY-MM-DD') AS "waveStart" FROM wave_unit wu
         JOIN rollout_wave w ON w.id = wu.wave_id JOIN rollout_plan p ON p.id = wu.plan_id WHERE p.pilot_id = $1`,
      [pilotId],
    );
  }

  /**
   * Units rolling out (preparing to live, or blocked) in waves that started by `weekEnd`, with the
   * pilot they report on; of `unitIds` only unless null (admins, program managers).
   */
  async reportingWaveUnits(orgId: string, unitIds: readonly string[] | null, weekEnd: string): Promise<{ pilotId: string; programId: string; unitId: string; waveId: string; waveName: string; waveStart: string }[]> {
    return this.dataSource.query(
      `SELECT rp.pilot_id AS "pilotId", wu.program_id AS "programId", wu.unit_id AS "unitId", w.id AS "waveId", w.name AS "waveName", to_char(w.planned_start, 'YYYY-MM-DD') AS "waveStart"
         FROM wave_unit wu JOIN rollout_wave w ON w.id = wu.wave_id JOIN rollout_plan rp ON rp.id = wu.plan_id
         JOIN program pr ON pr.id = wu.program_id AND pr.archived_at IS NULL
        WHERE wu.org_id = $1 AND wu.stage IN ('preparing', 'ready', 'live', 'blocked') AND w.planned_start < $2
          AND ($3::uuid[] IS NULL OR wu.unit_id = ANY($3::uuid[]))
        ORDER BY w.planned_start, w.name, wu.created_at`,
      [orgId, weekEnd, unitIds],
    );
  }

  /** The roll-out waves some units are in, in some programs (the other half of a unit's stage). */
  async waveEngagements(programIds: readonly string[], unitIds: readonly string[]): Promise<WaveEngagementRow[]> {
    return this.dataSource.query(
      `SELECT w.id, w.name, to_char(w.planned_start, 'YYYY-MM-DD') AS "startDate", to_char(w.planned_end, 'YYYY-MM-DD') AS "endDate",
              wu.program_id AS "programId", wu.unit_id AS "unitId", wu.stage AS "waveStage"
         FROM wave_unit wu JOIN rollout_wave w ON w.id = wu.wave_id
        WHERE wu.program_id = ANY($1::uuid[]) AND wu.unit_id = ANY($2::uuid[])`,
      [programIds, unitIds],
    );
  }

  /**
   * Pilots of active programs not yet decided that the user steers, plus running or in-review
   * pilots past their last day (before `today`) in any of `unitIds`; by last day, then name.
   */
  async awaitingGate(orgId: string, userId: string, unitIds: readonly string[], today: string): Promise<PilotEntity[]> {
    return this.dataSource
      .getRepository(PilotEntity)
      .createQueryBuilder('pilot')
      .innerJoin(ProgramEntity, 'program', 'program.id = pilot.program_id AND program.archived_at IS NULL')
      .where('pilot.org_id = :orgId', { orgId })
      .andWhere(
        `((pilot.status <> 'decided' AND pilot.steering_member_ids @> ARRAY[CAST(:userId AS uuid)])
          OR (pilot.status IN ('running', 'in_review') AND pilot.end_date < :today AND pilot.unit_ids && CAST(:unitIds AS uuid[])))`,
        { userId, today, unitIds },
      )
      .orderBy('pilot.end_date', 'ASC')
      .addOrderBy('pilot.name', 'ASC')
      .getMany();
  }

  async insert(em: EntityManager, values: DeepPartial<PilotEntity>): Promise<PilotEntity> {
    return em.save(em.create(PilotEntity, values));
  }

  async delete(em: EntityManager, id: string): Promise<void> {
    await em.delete(PilotEntity, { id });
  }

  /** Success metrics of the pilots, in the order they were added. */
  async metricsByPilotIds(pilotIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<SuccessMetricEntity[]> {
    return em.find(SuccessMetricEntity, { where: { pilotId: In([...pilotIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async findMetric(em: EntityManager, orgId: string, id: string): Promise<SuccessMetricEntity | null> {
    return em.findOneBy(SuccessMetricEntity, { id, orgId });
  }

  async insertMetric(em: EntityManager, values: DeepPartial<SuccessMetricEntity>): Promise<SuccessMetricEntity> {
    return em.save(em.create(SuccessMetricEntity, values));
  }

  async deleteMetric(em: EntityManager, id: string): Promise<void> {
    await em.delete(SuccessMetricEntity, { id });
  }

  /** Every measured value of the metrics (for baselines computed from the weeks before the start). */
  async measuredValues(em: EntityManager, metricIds: readonly string[]): Promise<(MeasuredValue & { metricId: string })[]> {
    if (metricIds.length === 0) return [];
    return em.query(`SELECT metric_id AS "metricId", unit_id AS "unitId", date, value FROM measurement WHERE metric_id = ANY($1::uuid[])`, [metricIds]);
  }

  /** Whether a decision has been recorded on the pilot (needed to mark it decided). */
  async hasDecision(em: EntityManager, pilotId: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM decision WHERE pilot_id = $1 LIMIT 1`, [pilotId]);
    return rows.length > 0;
  }

  /** Of the ids, those of active (not archived) units in the organization. */
  async activeUnitIds(em: EntityManager, orgId: string, unitIds: readonly string[]): Promise<Set<string>> {
    const units = await em.findBy(UnitEntity, { id: In([...unitIds]), orgId, archivedAt: IsNull() });
    return new Set(units.map((unit) => unit.id));
  }

  /** How many of the ids are active users of the organization. */
  async activeUserCount(em: EntityManager, orgId: string, userIds: readonly string[]): Promise<number> {
    return em.countBy(UserEntity, { id: In([...userIds]), orgId, active: true });
  }

  /** How many of the ids are activities of the program's catalog. */
  async programActivityCount(em: EntityManager, programId: string, activityIds: readonly string[]): Promise<number> {
    return em.countBy(ActivityEntity, { id: In([...activityIds]), programId });
  }
}
