import type { DecisionEntity } from './decision.entity.js';
import type { DecisionModel, LessonModel } from './decision.model.js';
import type { LessonEntity } from './lesson.entity.js';

// Pure row → GraphQL model mappers: internal columns (org_id) never reach the API.

export const toDecisionModel = (row: DecisionEntity): DecisionModel => ({
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
  activityId: row.activityId,
  kind: row.kind,
  text: row.text,
  createdById: row.createdById,
  createdAt: row.createdAt,
});
