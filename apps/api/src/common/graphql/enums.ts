import { registerEnumType } from '@nestjs/graphql';
import {
  BASELINE_SOURCES,
  GATE_DECISION_DESCRIPTIONS,
  GATE_DECISIONS,
  LESSON_KIND_LABELS,
  LESSON_KINDS,
  MEASUREMENT_SOURCE_LABELS,
  MEASUREMENT_SOURCES,
  METRIC_STATE_LABELS,
  METRIC_STATES,
  PILOT_STATUS_LABELS,
  PILOT_STATUSES,
  RAG_STATUS_LABELS,
  RAG_STATUSES,
  SUCCESS_METRIC_KINDS,
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
import { IMPORT_FORMATS, IMPORT_STATUSES } from '../../modules/pilots/measurement-import.entity.js';

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
export const PilotStatusEnum = enumOf(PILOT_STATUSES);
export const SuccessMetricKindEnum = enumOf(SUCCESS_METRIC_KINDS);
export const RagStatusEnum = enumOf(RAG_STATUSES);
export const GateDecisionEnum = enumOf(GATE_DECISIONS);
export const MetricStateEnum = enumOf(METRIC_STATES);
export const BaselineSourceEnum = enumOf(BASELINE_SOURCES);
export const MeasurementSourceEnum = enumOf(MEASUREMENT_SOURCES);
export const LessonKindEnum = enumOf(LESSON_KINDS);
export const EffectVerdictEnum = enumOf(['improved', 'worsened', 'inconclusive'] as const);
export const ImportStatusEnum = enumOf(IMPORT_STATUSES);
export const ImportFormatEnum = enumOf(IMPORT_FORMATS);

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
    pilot: 'A pilot.',
    success_metric: 'A pilot’s success metric.',
    measurement: 'A measured value of a success metric.',
    check_in: 'A pilot unit’s weekly check-in.',
    gate_review: 'A gate decision on a pilot.',
    lesson: 'A lesson learned in a pilot.',
  }),
});
registerEnumType(AuditOperationEnum, {
  name: 'AuditOperation',
  description: 'What happened to the record.',
  valuesMap: described({ insert: 'Created.', update: 'Changed.', delete: 'Deleted.' }),
});
registerEnumType(PilotStatusEnum, { name: 'PilotStatus', description: 'Life cycle of a pilot: planned → running → in review → decided.', valuesMap: described(PILOT_STATUS_LABELS) });
registerEnumType(SuccessMetricKindEnum, {
  name: 'SuccessMetricKind',
  description: 'What a success metric is for.',
  valuesMap: described({ primary: 'What the pilot tries to improve.', guardrail: 'Must not get worse than its baseline by more than its tolerance.' }),
});
registerEnumType(RagStatusEnum, { name: 'RagStatus', description: 'Red / amber / green status of a weekly check-in.', valuesMap: described(RAG_STATUS_LABELS) });
registerEnumType(GateDecisionEnum, { name: 'GateDecision', description: 'Decision at a pilot’s gate review.', valuesMap: described(GATE_DECISION_DESCRIPTIONS) });
registerEnumType(MetricStateEnum, { name: 'MetricState', description: 'How a success metric is doing against its target.', valuesMap: described(METRIC_STATE_LABELS) });
registerEnumType(BaselineSourceEnum, {
  name: 'BaselineSource',
  description: 'Where the baseline an evaluation used came from.',
  valuesMap: described({ entered: 'Entered with the metric.', measured: 'Mean of the pilot units’ weekly values before the start.' }),
});
registerEnumType(MeasurementSourceEnum, { name: 'MeasurementSource', description: 'Where a measurement came from.', valuesMap: described(MEASUREMENT_SOURCE_LABELS) });
registerEnumType(LessonKindEnum, { name: 'LessonKind', description: 'What a lesson learned says.', valuesMap: described(LESSON_KIND_LABELS) });
registerEnumType(EffectVerdictEnum, {
  name: 'EffectVerdict',
  description: 'What the uncertainty interval of the pilot’s effect says.',
  valuesMap: described({
    improved: 'The interval lies wholly on the good side of zero.',
    worsened: 'The interval lies wholly on the bad side of zero.',
    inconclusive: 'The interval contains zero: it may be a company-wide trend.',
  }),
});
registerEnumType(ImportStatusEnum, {
  name: 'ImportStatus',
  description: 'Progress of a measurement import.',
  valuesMap: described({
    uploaded: 'Uploaded; preview it, then commit.',
    running: 'Being written.',
    committed: 'Written.',
    failed: 'Nothing was written; see failure.',
  }),
});
registerEnumType(ImportFormatEnum, {
  name: 'ImportFormat',
  description: 'File format of an import or export.',
  valuesMap: described({ csv: 'Comma-separated values.', xlsx: 'Excel workbook.' }),
});
