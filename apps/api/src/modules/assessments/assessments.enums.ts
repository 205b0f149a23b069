import { registerEnumType } from '@nestjs/graphql';
import { FINDING_KINDS, FINDING_SEVERITY_LABELS, FINDING_SEVERITIES, WORK_PERFORMERS, WORK_PERFORMER_LABELS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the assessments feature, registered when its models load.
export const WorkPerformerEnum = enumOf(WORK_PERFORMERS);
export const FindingKindEnum = enumOf(FINDING_KINDS);
export const FindingSeverityEnum = enumOf(FINDING_SEVERITIES);

registerEnumType(WorkPerformerEnum, { name: 'WorkPerformer', description: 'Who does an activity for a unit today.', valuesMap: described(WORK_PERFORMER_LABELS) });
registerEnumType(FindingKindEnum, {
  name: 'FindingKind',
  description: 'Kind of assessment finding.',
  valuesMap: {
    duplication: { description: 'The same work is done by the central team and a unit, or by several units.' },
    gap: { description: 'Nobody does the work, or not for some units.' },
    conflict: { description: 'More than one owner claims the decision for the same scope.' },
  },
});
registerEnumType(FindingSeverityEnum, { name: 'FindingSeverity', description: 'How much a finding matters.', valuesMap: described(FINDING_SEVERITY_LABELS) });
