import type { CheckInEntity } from './check-in.entity.js';
import type { CheckInModel } from './check-in.model.js';
import type { GateReviewEntity } from './gate-review.entity.js';
import type { GateReviewModel, LessonModel } from './gate-review.model.js';
import type { LessonEntity } from './lesson.entity.js';
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

export const toCheckInModel = (row: CheckInEntity): CheckInModel => ({
  id: row.id,
  pilotId: row.pilotId,
  unitId: row.unitId,
  weekStart: row.weekStart,
  status: row.status,
  confidence: row.confidence,
  highlights: row.highlights,
  blockers: row.blockers,
  asksForHelp: row.asksForHelp,
  commentary: row.commentary,
  submittedById: row.submittedById,
  submittedOn: row.submittedOn,
  version: row.version,
  updatedAt: row.updatedAt,
});

export const toGateReviewModel = (row: GateReviewEntity): GateReviewModel => ({
  id: row.id,
  pilotId: row.pilotId,
  programId: row.programId,
  recommendation: row.recommendation,
  reasons: row.reasons,
  decision: row.decision,
  rationale: row.rationale,
  lessonsLearned: row.lessonsLearned,
  decidedById: row.decidedById,
  decidedAt: row.decidedAt,
});

export const toLessonModel = (row: LessonEntity): LessonModel => ({
  id: row.id,
  pilotId: row.pilotId,
  capability: row.capability,
  kind: row.kind,
  text: row.text,
  createdById: row.createdById,
  createdAt: row.createdAt,
});

/** Groups rows by a key into lists in the order of `keys` (DataLoader batch results). */
export function groupInKeyOrder<R, M>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string, map: (row: R) => M): M[][] {
  const groups = new Map<string, M[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}
