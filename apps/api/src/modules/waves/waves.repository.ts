import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DATA_QUALITY_METRIC_KEYS, type RagStatus } from '@rollout/domain';
import { DataSource, type DeepPartial, type EntityManager } from 'typeorm';
import { PilotEntity } from '../pilots/pilot.entity.js';
import { SuccessMetricEntity } from '../pilots/success-metric.entity.js';
import { RolloutPlanEntity } from './rollout-plan.entity.js';
import { RolloutWaveEntity } from './rollout-wave.entity.js';
import { WaveUnitMoveEntity } from './wave-unit-move.entity.js';
import { WaveUnitEntity } from './wave-unit.entity.js';

/** A unit of the program, with where it sits in the unit tree (for its region). */
export interface ProgramUnitRow {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

/** Everything the roll-out view of one program is built from; a handful of statements for any size. */
export interface RolloutRecords {
  plan: RolloutPlanEntity;
  pilot: PilotEntity;
  metrics: SuccessMetricEntity[];
  waves: RolloutWaveEntity[];
  units: WaveUnitEntity[];
  moves: (WaveUnitMoveEntity & { movedByName: string })[];
  /** The organization's units (names, kinds, parents) and which of them are in the program. */
  orgUnits: ProgramUnitRow[];
  programUnitIds: string[];
  /** Program units in no wave and not in the scaled pilot: the comparison for wave units. */
  notYet: string[];
  /** Weekly means of the pilot's metrics in wave units and in the units not yet in a wave, from eight weeks before the first wave. */
  weekly: { metricId: string; unitId: string; week: string; value: number }[];
  latestCheckIns: { unitId: string; status: RagStatus; weekStart: string; submittedOn: string; blockers: string }[];
  /** Per unit, the mean of its data-quality figures from the assessment (0–100). */
  dataQuality: Map<string, number>;
  /** Units doing work locally today that a pilot lesson says to change before scaling (or that did not work), with the lesson. */
  riskFlags: Map<string, string>;
}

/** The roll-out's SQL: the plan, its waves, units and moves, and what readiness and metrics read. */
@Injectable()
export class WavesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async planOfProgram(programId: string, em: EntityManager = this.dataSource.manager): Promise<RolloutPlanEntity | null> {
    return em.findOneBy(RolloutPlanEntity, { programId });
  }

  async findPlan(em: EntityManager, orgId: string, id: string): Promise<RolloutPlanEntity | null> {
    return em.findOneBy(RolloutPlanEntity, { id, orgId });
  }

  async findWave(em: EntityManager, orgId: string, id: string): Promise<RolloutWaveEntity | null> {
    return em.findOneBy(RolloutWaveEntity, { id, orgId });
  }

  async findWaveUnit(em: EntityManager, orgId: string, id: string): Promise<WaveUnitEntity | null> {
    return em.findOneBy(WaveUnitEntity, { id, orgId });
  }

  async insertPlan(em: EntityManager, values: DeepPartial<RolloutPlanEntity>): Promise<RolloutPlanEntity> {
    return em.save(em.create(RolloutPlanEntity, values));
  }

  async insertWave(em: EntityManager, values: DeepPartial<RolloutWaveEntity>): Promise<RolloutWaveEntity> {
    return em.save(em.create(RolloutWaveEntity, values));
  }

  async insertWaveUnits(em: EntityManager, values: DeepPartial<WaveUnitEntity>[]): Promise<void> {
    if (values.length > 0) await em.insert(WaveUnitEntity, values.map((value) => em.create(WaveUnitEntity, value)));
  }

  async insertMove(em: EntityManager, values: DeepPartial<WaveUnitMoveEntity>): Promise<void> {
    await em.insert(WaveUnitMoveEntity, em.create(WaveUnitMoveEntity, values));
  }

  /** Deletes a wave at the version the caller saw; false when it changed meanwhile. */
  async deleteWave(em: EntityManager, id: string, expectedVersion: number): Promise<boolean> {
    const result = await em.delete(RolloutWaveEntity, { id, version: expectedVersion });
    return (result.affected ?? 0) > 0;
  }

  /** Day-level values of the pilot's metrics in some units before `before`, for their own baselines. */
  async valuesBefore(em: EntityManager, metricIds: readonly string[], unitIds: readonly string[], before: string): Promise<{ metricId: string; unitId: string; date: string; value: number }[]> {
    if (metricIds.length === 0 || unitIds.length === 0) return [];
    return em.query(
      `SELECT metric_id AS "metricId", unit_id AS "unitId", to_char(date, 'YYYY-MM-DD') AS date, value FROM measurement
        WHERE metric_id = ANY($1::uuid[]) AND unit_id = ANY($2::uuid[]) AND date < $3 AND date >= ($3::date - 56)`,
      [metricIds, unitIds, before],
    );
  }

  /** The assessment's baselines of catalog metrics for some units of a program. */
  async assessmentBaselines(em: EntityManager, programId: string, unitIds: readonly string[]): Promise<{ unitId: string; catalogKey: string; value: number }[]> {
    return em.query(`SELECT unit_id AS "unitId", catalog_key AS "catalogKey", value FROM assessment_baseline WHERE program_id = $1 AND unit_id = ANY($2::uuid[])`, [programId, unitIds]);
  }

  /**
   * The versions of everything the program's roll-out view reads, as one key: the program's data
   * (units, pilots, check-ins, waves, moves, lessons, assessment), its scaled pilot's values
   * (measurements, metrics, baselines) and the organization's directory (unit and people names, the
   * unit tree). Undefined without a plan.
   */
  async viewVersion(programId: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ version: string }[]>(
      `SELECT concat_ws('.', coalesce(pv.version, 0), coalesce(dv.version, 0), coalesce(ov.version, 0)) AS version
         FROM rollout_plan rp
         LEFT JOIN program_data_version pv ON pv.program_id = rp.program_id
         LEFT JOIN pilot_data_version dv ON dv.pilot_id = rp.pilot_id
         LEFT JOIN org_directory_version ov ON ov.org_id = rp.org_id
        WHERE rp.program_id = $1`,
      [programId],
    );
    return row?.version;
  }

  /** The program's plan and what its view reads; null without a plan. */
  async recordsOf(programId: string, em: EntityManager = this.dataSource.manager): Promise<RolloutRecords | null> {
    const plan = await this.planOfProgram(programId, em);
    if (!plan) return null;
    const [pilot, metrics, waves, units, moves, orgUnits, programUnits] = await Promise.all([
      em.findOneByOrFail(PilotEntity, { id: plan.pilotId }),
      em.find(SuccessMetricEntity, { where: { pilotId: plan.pilotId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      em.find(RolloutWaveEntity, { where: { planId: plan.id }, order: { plannedStart: 'ASC', createdAt: 'ASC' } }),
      em.find(WaveUnitEntity, { where: { planId: plan.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      em.query<(WaveUnitMoveEntity & { movedByName: string })[]>(
        `SELECT m.id, m.wave_unit_id AS "waveUnitId", m.from_stage AS "fromStage", m.to_stage AS "toStage", m.reason, m.override,
                m.moved_by_id AS "movedById", m.moved_at AS "movedAt", u.name AS "movedByName"
           FROM wave_unit_move m JOIN app_user u ON u.id = m.moved_by_id WHERE m.program_id = $1 ORDER BY m.moved_at, m.id`,
        [programId],
      ),
      em.query<ProgramUnitRow[]>(`SELECT id, name, kind, parent_id AS "parentId" FROM unit WHERE org_id = $1`, [plan.orgId]),
      em.query<{ unit_id: string }[]>(`SELECT unit_id FROM program_unit WHERE program_id = $1`, [programId]),
    ]);
    const unitIds = units.map((unit) => unit.unitId);
    const programUnitIds = programUnits.map((row) => row.unit_id);
    const notYet = programUnitIds.filter((unitId) => !unitIds.includes(unitId) && !pilot.unitIds.includes(unitId));
    const firstStart = waves.map((wave) => wave.plannedStart).sort()[0] ?? null;
    const [weekly, latestCheckIns, dataQuality, riskFlags] = await Promise.all([
      firstStart === null || unitIds.length === 0
        ? []
        : em.query<{ metricId: string; unitId: string; week: string; value: number }[]>(
            // Aggregated here: a unit reporting daily for a year is 365 rows per metric, its weeks 52. The eight
            // weeks before the first wave are each unit's "before" when it is compared with the units not yet in one.
            `SELECT metric_id AS "metricId", unit_id AS "unitId", to_char(date_trunc('week', date), 'YYYY-MM-DD') AS week, avg(value) AS value
               FROM measurement WHERE metric_id = ANY($1::uuid[]) AND unit_id = ANY($2::uuid[]) AND date >= $3::date - 56
              GROUP BY 1, 2, 3`,
            [metrics.map((metric) => metric.id), [...unitIds, ...notYet], firstStart],
          ),
      unitIds.length === 0
        ? []
        : em.query<{ unitId: string; status: RagStatus; weekStart: string; submittedOn: string; blockers: string }[]>(
            `SELECT DISTINCT ON (unit_id) unit_id AS "unitId", status, to_char(week_start, 'YYYY-MM-DD') AS "weekStart",
                    to_char(submitted_on, 'YYYY-MM-DD') AS "submittedOn", blockers
               FROM check_in WHERE pilot_id = $1 AND unit_id = ANY($2::uuid[]) ORDER BY unit_id, week_start DESC`,
            [plan.pilotId, unitIds],
          ),
      this.dataQuality(em, programId),
      this.riskFlags(em, plan),
    ]);
    return { plan, pilot, metrics, waves, units, moves, orgUnits, programUnitIds, notYet, weekly, latestCheckIns, dataQuality, riskFlags };
  }

  // Data readiness: completeness as it is, the duplicate rate turned round (5 % duplicates = 95), averaged per unit.
  private async dataQuality(em: EntityManager, programId: string): Promise<Map<string, number>> {
    const rows = await em.query<{ unitId: string; value: number }[]>(
      `SELECT unit_id AS "unitId", avg(CASE WHEN catalog_key = 'duplicate_record_rate' THEN 100 - value ELSE value END) AS value
         FROM assessment_baseline WHERE program_id = $1 AND unit_id IS NOT NULL AND catalog_key = ANY($2::text[]) GROUP BY unit_id`,
      [programId, DATA_QUALITY_METRIC_KEYS],
    );
    return new Map(rows.map((row) => [row.unitId, Number(row.value)]));
  }

  // A lesson that something did not work, or must change before scaling, flags the units that do that activity locally today.
  private async riskFlags(em: EntityManager, plan: RolloutPlanEntity): Promise<Map<string, string>> {
    const rows = await em.query<{ unitId: string; activity: string; text: string }[]>(
      `SELECT DISTINCT ON (c.unit_id) c.unit_id AS "unitId", a.name AS activity, l.text
         FROM lesson l JOIN activity a ON a.id = l.activity_id
         JOIN assessment_cell c ON c.activity_id = l.activity_id AND c.program_id = l.program_id AND c.unit_id IS NOT NULL AND c.performer IN ('local', 'both')
        WHERE l.pilot_id = $1 AND l.kind IN ('did_not_work', 'change_before_scaling')
        ORDER BY c.unit_id, l.created_at`,
      [plan.pilotId],
    );
    return new Map(rows.map((row) => [row.unitId, `the pilot’s lesson on ${row.activity}: ${row.text}`]));
  }
}
