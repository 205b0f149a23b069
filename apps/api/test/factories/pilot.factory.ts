import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CheckInEntity } from '../../src/modules/check-ins/check-in.entity.js';
import { MeasurementEntity } from '../../src/modules/measurements/measurement.entity.js';
import { PilotEntity } from '../../src/modules/pilots/pilot.entity.js';
import { SuccessMetricEntity } from '../../src/modules/pilots/success-metric.entity.js';

/** A pilot in a program (planned unless overridden), four weeks from 2026-03-02 (a Monday). */
export async function aPilot(dataSource: DataSource, orgId: string, programId: string, overrides: Partial<PilotEntity> & { unitIds: string[] }): Promise<PilotEntity> {
  return dataSource.getRepository(PilotEntity).save({
    orgId,
    programId,
    name: `Pilot ${randomUUID().slice(0, 6)}`,
    hypothesis: 'Routing through the hub halves lead response time.',
    comparisonUnitIds: [],
    startDate: '2026-03-02',
    endDate: '2026-03-29',
    steeringMemberIds: [],
    capabilities: ['Lead routing'],
    status: 'planned',
    ...overrides,
  });
}

/** A primary "lead response time" metric (hours, lower is better, 18 → 8) unless overridden. */
export async function aSuccessMetric(dataSource: DataSource, pilot: PilotEntity, overrides: Partial<SuccessMetricEntity> = {}): Promise<SuccessMetricEntity> {
  return dataSource.getRepository(SuccessMetricEntity).save({
    orgId: pilot.orgId,
    pilotId: pilot.id,
    programId: pilot.programId,
    catalogKey: 'lead_response_time',
    name: 'Lead response time',
    unit: 'hours',
    direction: 'lower_is_better',
    kind: 'primary',
    baseline: 18,
    target: 8,
    tolerance: null,
    weight: null,
    ...overrides,
  });
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
  return dataSource.getRepository(CheckInEntity).save({
    orgId: pilot.orgId,
    pilotId: pilot.id,
    programId: pilot.programId,
    unitId,
    status: 'green',
    confidence: 4,
    highlights: '',
    blockers: '',
    asksForHelp: '',
    commentary: '',
    submittedById,
    submittedOn: overrides.weekStart,
    ...overrides,
  });
}
