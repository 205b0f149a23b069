import { registerEnumType } from '@nestjs/graphql';
import { OPERATING_MODELS, OPERATING_MODEL_LABELS, PROGRAM_MEMBER_ROLES, PROGRAM_MEMBER_ROLE_LABELS, PROGRAM_PHASES, PROGRAM_PHASE_DESCRIPTIONS, PROGRAM_SORT_FIELDS, PROGRAM_STATUSES, PROGRAM_STATUS_LABELS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the programs feature, registered when its models load.
export const ProgramPhaseEnum = enumOf(PROGRAM_PHASES);
export const ProgramStatusEnum = enumOf(PROGRAM_STATUSES);
export const OperatingModelEnum = enumOf(OPERATING_MODELS);
export const ProgramSortFieldEnum = enumOf(PROGRAM_SORT_FIELDS);
export const SortDirectionEnum = enumOf(['asc', 'desc'] as const);
export const ProgramMemberRoleEnum = enumOf(PROGRAM_MEMBER_ROLES);

registerEnumType(ProgramPhaseEnum, {
  name: 'ProgramPhase',
  description: 'Phase of a transformation program: Assess → Align → Design → Pilot → Scale → Govern.',
  valuesMap: described(PROGRAM_PHASE_DESCRIPTIONS),
});
registerEnumType(ProgramStatusEnum, { name: 'ProgramStatus', description: 'Overall health of a program.', valuesMap: described(PROGRAM_STATUS_LABELS) });
registerEnumType(OperatingModelEnum, {
  name: 'OperatingModel',
  description: 'Target RevOps operating model.',
  valuesMap: described(OPERATING_MODEL_LABELS),
});
registerEnumType(ProgramSortFieldEnum, {
  name: 'ProgramSortField',
  description: 'Field to sort the program list by.',
  valuesMap: {
    name: { description: 'Program name.' },
    target_date: { description: 'Target completion date.' },
    phase: { description: 'Phase order, Assess first.' },
    updated_at: { description: 'Last change.' },
  },
});
registerEnumType(SortDirectionEnum, {
  name: 'SortDirection',
  description: 'Sort order.',
  valuesMap: { asc: { description: 'Ascending.' }, desc: { description: 'Descending.' } },
});
registerEnumType(ProgramMemberRoleEnum, { name: 'ProgramMemberRole', description: 'A user’s role in a program.', valuesMap: described(PROGRAM_MEMBER_ROLE_LABELS) });
