import type { PilotEntity } from './pilot.entity.js';
import type { PilotModel, SuccessMetricModel } from './pilot.model.js';
import type { SuccessMetricEntity } from './success-metric.entity.js';

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
  capabilities: row.capabilities,
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
