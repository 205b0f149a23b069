import * as builders from '@rollout/domain/testing';
import type { DataSource } from 'typeorm';
import { CheckInEntity } from '../../src/modules/check-ins/check-in.entity.js';
import { LessonEntity } from '../../src/modules/decisions/lesson.entity.js';
import { MeasurementEntity } from '../../src/modules/measurements/measurement.entity.js';
import { PilotEntity } from '../../src/modules/pilots/pilot.entity.js';
import { SuccessMetricEntity } from '../../src/modules/pilots/success-metric.entity.js';

// Rows written directly from the shared builders' values (fast setup); the database makes the ids.

/** A pilot in a program (planned unless overridden), four weeks from 2026-03-02 (a Monday). */
export async function aPilot(dataSource: DataSource, orgId: string, programId: string, overrides: Partial<PilotEntity> & { unitIds: string[] }): Promise<PilotEntity> {
  const { id: _id, version: _version, ...pilot } = builders.aPilot({ programId, startDate: '2026-03-02', endDate: '2026-03-29' });
  return dataSource.getRepository(PilotEntity).save({ ...pilot, orgId, ...overrides });
}

/** A primary "lead response time" metric (hours, lower is better, 18 → 8) unless overridden. */
export async function aSuccessMetric(dataSource: DataSource, pilot: PilotEntity, overrides: Partial<SuccessMetricEntity> = {}): Promise<SuccessMetricEntity> {
  const { id: _id, version: _version, ...metric } = builders.aSuccessMetric({ pilotId: pilot.id });
  return dataSource.getRepository(SuccessMetricEntity).save({ ...metric, orgId: pilot.orgId, programId: pilot.programId, ...overrides });
}

/** Weekly values of a metric in a unit, one per Monday from `firstMonday`. */
export async function weeklyMeasurements(dataSource: DataSource, metric: SuccessMetricEntity, unitId: string, enteredById: string, firstMonday: string, values: number[]): Promise<void> {
  const start = new Date(`${firstMonday}T00:00:00Z`).getTime();
  await dataSource.getRepository(MeasurementEntity).insert(
    values.map((value, week) => ({
      orgId: metric.orgId,
      metricId: metric.id,
      pilotId: metric.pilotId,
      programId: metric.programId,
      unitId,
      date: new Date(start + week * 7 * 86_400_000).toISOString().slice(0, 10),
      value,
      source: 'import' as const,
      enteredById,
    })),
  );
}

/** A check-in of a pilot unit for the week starting `weekStart`. */
export async function aCheckIn(dataSource: DataSource, pilot: PilotEntity, unitId: string, submittedById: string, overrides: Partial<CheckInEntity> & { weekStart: string }): Promise<CheckInEntity> {
  const { id: _id, ...checkIn } = builders.aCheckIn({ pilotId: pilot.id, unitId, submittedById, weekStart: overrides.weekStart });
  return dataSource.getRepository(CheckInEntity).save({ ...checkIn, orgId: pilot.orgId, programId: pilot.programId, ...overrides });
}

/** A lesson learned in a pilot, tagged with a catalog activity of its program. */
export async function aLesson(dataSource: DataSource, pilot: PilotEntity, activityId: string, createdById: string, overrides: Partial<LessonEntity> = {}): Promise<LessonEntity> {
  return dataSource
    .getRepository(LessonEntity)
    .save({ orgId: pilot.orgId, pilotId: pilot.id, programId: pilot.programId, activityId, kind: 'worked', text: 'Audit every inbound form before go-live.', createdById, ...overrides });
}

/** A unit in the first wave of a roll-out plan scaling `pilot`: the plan, its one wave (planned from `start` to `end`) and the wave unit. */
export async function aWaveUnit(
  dataSource: DataSource,
  pilot: Pick<PilotEntity, 'id' | 'orgId' | 'programId'>,
  unitId: string,
  { stage, start, end }: { stage: string; start: string; end: string },
): Promise<{ waveUnitId: string }> {
  const [plan] = await dataSource.query<{ id: string }[]>(`INSERT INTO rollout_plan (org_id, program_id, pilot_id, readiness_weights) VALUES ($1, $2, $3, '{}') RETURNING id`, [pilot.orgId, pilot.programId, pilot.id]);
  const [wave] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO rollout_wave (org_id, plan_id, program_id, name, planned_start, planned_end) VALUES ($1, $2, $3, 'Wave 1', $4, $5) RETURNING id`,
    [pilot.orgId, plan?.id, pilot.programId, start, end],
  );
  const [waveUnit] = await dataSource.query<{ id: string }[]>(`INSERT INTO wave_unit (org_id, wave_id, plan_id, program_id, unit_id, stage) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
    pilot.orgId,
    wave?.id,
    plan?.id,
    pilot.programId,
    unitId,
    stage,
  ]);
  return { waveUnitId: waveUnit?.id ?? '' };
}
