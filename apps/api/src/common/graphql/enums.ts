import { registerEnumType } from '@nestjs/graphql';
import {
  METRIC_DIRECTIONS,
  METRIC_UNITS,
  OPERATING_MODEL_LABELS,
  OPERATING_MODELS,
  PROGRAM_PHASE_DESCRIPTIONS,
  PROGRAM_PHASES,
  PROGRAM_SORT_FIELDS,
  PROGRAM_STATUS_LABELS,
  PROGRAM_MEMBER_ROLE_LABELS,
  PROGRAM_MEMBER_ROLES,
  PROGRAM_STATUSES,
  ROLLOUT_STATUS_LABELS,
  ROLLOUT_STATUSES,
  ROLE_LABELS,
  ROLES,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
} from '@rollout/domain';
import { AUDIT_OPERATIONS, AUDIT_RECORD_TYPES } from '../../modules/history/audit-record-type.js';

/**
 * Domain string unions become GraphQL enums with the same (lowercase) values, so the web app
 * uses the domain's labels and schemas on API data without translation.
 */
function enumOf<V extends string>(values: readonly V[]): Record<V, V> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<V, V>;
}

function described<V extends string>(labels: Record<V, string>) {
  return Object.fromEntries(Object.entries(labels).map(([key, description]) => [key, { description }])) as Record<
    V,
    { description: string }
  >;
}

export const RoleEnum = enumOf(ROLES);
export const UnitKindEnum = enumOf(UNIT_KINDS);
export const ProgramPhaseEnum = enumOf(PROGRAM_PHASES);
export const ProgramStatusEnum = enumOf(PROGRAM_STATUSES);
export const OperatingModelEnum = enumOf(OPERATING_MODELS);
export const ProgramSortFieldEnum = enumOf(PROGRAM_SORT_FIELDS);
export const SortDirectionEnum = enumOf(['asc', 'desc'] as const);
export const MetricUnitEnum = enumOf(METRIC_UNITS);
export const MetricDirectionEnum = enumOf(METRIC_DIRECTIONS);
export const RolloutStatusEnum = enumOf(ROLLOUT_STATUSES);
export const ProgramMemberRoleEnum = enumOf(PROGRAM_MEMBER_ROLES);
export const AuditRecordTypeEnum = enumOf(AUDIT_RECORD_TYPES);
export const AuditOperationEnum = enumOf(AUDIT_OPERATIONS);

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may do.', valuesMap: described(ROLE_LABELS) });
registerEnumType(UnitKindEnum, { name: 'UnitKind', description: 'Kind of organization unit.', valuesMap: described(UNIT_KIND_LABELS) });
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
registerEnumType(MetricUnitEnum, {
  name: 'MetricUnit',
  description: 'Unit a metric is measured in.',
  valuesMap: {
    hours: { description: 'Hours.' },
    days: { description: 'Days.' },
    percent: { description: 'Percent.' },
    currency: { description: 'Money, in the company currency.' },
    currency_per_day: { description: 'Money per day.' },
    count: { description: 'A count.' },
  },
});
registerEnumType(MetricDirectionEnum, {
  name: 'MetricDirection',
  description: 'Whether a rising value is good news.',
  valuesMap: {
    higher_is_better: { description: 'Higher values are better.' },
    lower_is_better: { description: 'Lower values are better.' },
  },
});
registerEnumType(RolloutStatusEnum, { name: 'RolloutStatus', description: 'Where a unit stands in a rollout.', valuesMap: described(ROLLOUT_STATUS_LABELS) });
registerEnumType(ProgramMemberRoleEnum, { name: 'ProgramMemberRole', description: 'A user’s role in a program.', valuesMap: described(PROGRAM_MEMBER_ROLE_LABELS) });
registerEnumType(AuditRecordTypeEnum, {
  name: 'AuditRecordType',
  description: 'Kind of audited record.',
  valuesMap: described({
    program: 'A program.',
    program_unit: 'A unit’s rollout status in a program.',
    program_member: 'A user’s role in a program.',
    unit: 'An organization unit.',
    user: 'A user account.',
    unit_assignment: 'A regional partner’s assignment to a unit.',
  }),
});
registerEnumType(AuditOperationEnum, {
  name: 'AuditOperation',
  description: 'What happened to the record.',
  valuesMap: described({ insert: 'Created.', update: 'Changed.', delete: 'Deleted.' }),
});
