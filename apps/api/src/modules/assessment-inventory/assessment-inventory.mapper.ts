import { staffingGuidance } from '@rollout/domain';
import type { AssessmentBaselineEntity } from './assessment-baseline.entity.js';
import type { AssessmentBaselineModel } from './assessment-baseline.model.js';
import type { ProgramToolEntity } from './program-tool.entity.js';
import type { ProgramToolModel } from './program-tool.model.js';
import type { UnitStaffingEntity } from './unit-staffing.entity.js';
import type { UnitStaffingModel } from './unit-staffing.model.js';

export function toToolModel(row: ProgramToolEntity): ProgramToolModel {
  const { id, programId, name, category, usingUnitIds, annualCost, ownerId, ownerName, renewalDate, version } = row;
  return { id, programId, name, category, unitIds: usingUnitIds, annualCost, ownerId, ownerName, renewalDate, version };
}

export function toBaselineModel(row: AssessmentBaselineEntity): AssessmentBaselineModel {
  const { id, programId, catalogKey, unitId, value, measuredOn, dataSource, version } = row;
  return { id, programId, catalogKey, unitId, value, measuredOn, source: dataSource, version };
}

export function toStaffingModel(row: UnitStaffingEntity): UnitStaffingModel {
  const { id, programId, unitId, revopsPeople, sellers, complexity, version, updatedAt } = row;
  const guidance = staffingGuidance({ revopsPeople, sellers, complexity });
  return {
    id,
    programId,
    unitId,
    revopsPeople,
    sellers,
    complexity,
    version,
    updatedAt,
    guidance: { verdict: guidance.verdict, sellersPerRevops: guidance.sellersPerRevops, suggestedMin: guidance.suggestedRevops.min, suggestedMax: guidance.suggestedRevops.max, sentence: guidance.sentence },
  };
}
