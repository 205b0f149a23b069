import { deriveUnitStage, unitStageLabel } from '@rollout/domain';
import { groupBy } from '../../common/group-by.js';
import type { PilotEntity } from './pilot.entity.js';
import type { PilotModel, SuccessMetricModel } from './pilot.model.js';
import type { PilotEngagementRow, WaveEngagementRow } from './pilots.repository.js';
import type { SuccessMetricEntity } from './success-metric.entity.js';
import type { UnitStageModel } from './unit-stage.model.js';

// Pure row → GraphQL model mappers: internal columns (org_id) never reach the API.

export const toPilotModel = (row: PilotEntity): PilotModel => ({
  id: row.id,
  programId: row.programId,
  name: row.name,
  hypothesis: row.hypothesis,
  unitIds: row.unitIds,
  comparisonUnitIds: row.comparisonUnitIds,
  startDate: row.startDate,
  endDate: row.endDate,
  steeringMemberIds: row.steeringMemberIds,
  activityIds: row.activityIds,
  status: row.status,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export const toSuccessMetricModel = (row: SuccessMetricEntity): SuccessMetricModel => ({
  id: row.id,
  pilotId: row.pilotId,
  catalogKey: row.catalogKey,
  name: row.name,
  unit: row.unit,
  direction: row.direction,
  kind: row.kind,
  baseline: row.baseline,
  target: row.target,
  tolerance: row.tolerance,
  weight: row.weight,
  version: row.version,
});

/** A unit's stage in a program as of `today`, derived from the pilots it runs there. */
export function toUnitStageModel(key: { programId: string; unitId: string }, pilots: readonly PilotEngagementRow[], waves: readonly WaveEngagementRow[], today: string): UnitStageModel {
  const stage = deriveUnitStage(
    [
      ...pilots.map((row) => ({ kind: 'pilot' as const, id: row.id, name: row.name, status: row.status, startDate: row.startDate, endDate: row.endDate, decision: row.decision })),
      ...waves.map((row) => ({ kind: 'wave' as const, id: row.id, name: row.name, startDate: row.startDate, endDate: row.endDate, waveStage: row.waveStage })),
    ],
    today,
  );
  // Field by field, not spread: the units page and the portfolio build thousands of these a request.
  return {
    programId: key.programId,
    unitId: key.unitId,
    stage: stage.stage,
    engagement: stage.engagement,
    week: stage.week,
    weeks: stage.weeks,
    overdue: stage.overdue,
    decision: stage.decision,
    waveStage: stage.waveStage,
    label: unitStageLabel(stage),
  };
}

/**
 * Units' stages in programs as of `today`, looked up from the pilot and wave engagements read for
 * them, indexed once by program and unit (the units page and the portfolio ask for thousands).
 */
export function unitStageLookup(pilots: readonly PilotEngagementRow[], waves: readonly WaveEngagementRow[], today: string): (key: { programId: string; unitId: string }) => UnitStageModel {
  const pilotsOf = groupBy(
    pilots.flatMap((row) => row.unitIds.map((unitId) => ({ cell: `${row.programId}/${unitId}`, row }))),
    (entry) => entry.cell,
  );
  const wavesOf = groupBy(waves, (row) => `${row.programId}/${row.unitId}`);
  return (key) => {
    const cell = `${key.programId}/${key.unitId}`;
    return toUnitStageModel(
      key,
      (pilotsOf.get(cell) ?? []).map((entry) => entry.row),
      wavesOf.get(cell) ?? [],
      today,
    );
  };
}
