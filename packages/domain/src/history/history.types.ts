/** Kinds of audited record, as the audit log's `recordType` names them. */
export const AUDIT_RECORD_TYPES = [
  'program',
  'program_unit',
  'program_member',
  'unit',
  'user',
  'unit_assignment',
  'pilot',
  'success_metric',
  'measurement',
  'check_in',
  'decision',
  'lesson',
  'organization',
  'phase_change',
  'measurement_import',
  'capability',
  'activity',
  'assessment_cell',
  'assessment_reminder',
  'program_tool',
  'assessment_baseline',
  'unit_staffing',
  'design_principle',
  'stakeholder_weights',
  'model_score',
  'company_profile',
  'model_choice',
  'activity_placement',
  'design_dimension_emphasis',
  'raci_matrix',
  'raci_domain',
  'raci_role',
  'raci_cell',
  'planned_role',
  'design_version',
  'rollout_plan',
  'rollout_wave',
  'wave_unit',
  'wave_unit_move',
  'forum',
  'meeting',
  'meeting_decision',
  'action_item',
  'webhook',
  'request',
  'request_type',
  'backlog_settings',
] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

export const AUDIT_RECORD_TYPE_LABELS: Record<AuditRecordType, string> = {
  program: 'Program',
  program_unit: 'Rollout unit',
  program_member: 'Program member',
  unit: 'Unit',
  user: 'User account',
  unit_assignment: 'Unit assignment',
  pilot: 'Pilot',
  success_metric: 'Success metric',
  measurement: 'Measured value',
  check_in: 'Check-in',
  decision: 'Gate decision',
  lesson: 'Lesson learned',
  organization: 'Organization',
  phase_change: 'Phase change',
  measurement_import: 'Measurement import',
  capability: 'Capability',
  activity: 'Activity',
  assessment_cell: 'Assessment cell',
  assessment_reminder: 'Assessment reminder',
  program_tool: 'Tool',
  assessment_baseline: 'Assessment baseline',
  unit_staffing: 'Unit staffing',
  design_principle: 'Design principle',
  stakeholder_weights: 'Stakeholder weights',
  model_score: 'Decision matrix score',
  company_profile: 'Company profile',
  model_choice: 'Operating model choice',
  activity_placement: 'Activity placement',
  design_dimension_emphasis: 'Design dimension emphasis',
  raci_matrix: 'RACI',
  raci_domain: 'RACI domain',
  raci_role: 'RACI role',
  raci_cell: 'RACI cell',
  planned_role: 'Planned role',
  design_version: 'Design version',
  rollout_plan: 'Roll-out plan',
  rollout_wave: 'Roll-out wave',
  wave_unit: 'Unit in a wave',
  wave_unit_move: 'Roll-out move',
  forum: 'Forum',
  meeting: 'Meeting',
  meeting_decision: 'Forum decision',
  action_item: 'Action item',
  webhook: 'Webhook',
  request: 'Backlog request',
  request_type: 'Request type',
  backlog_settings: 'Backlog settings',
};

export const AUDIT_OPERATIONS = ['insert', 'update', 'delete'] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

export const AUDIT_OPERATION_LABELS: Record<AuditOperation, string> = { insert: 'Created', update: 'Changed', delete: 'Deleted' };

/** One changed field: camelCase name, values as the audit trigger stored them (JSON: text, number, boolean, array, null). */
export interface AuditChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface AuditEntryFacts {
  operation: AuditOperation;
  recordType: AuditRecordType;
  recordId: string;
  actorId: string | null;
  changes: readonly AuditChange[];
}

/** Kinds of record a field of an audit entry can refer to by id. */
export type AuditReferenceKind = 'user' | 'unit' | 'program' | 'pilot' | 'successMetric' | 'measurementImport' | 'activity' | 'plannedRole' | 'rolloutWave' | 'requestType' | 'request';

/** A name for a referenced record, as the server resolved it; undefined when the record is gone. */
export type AuditNameOf = (kind: AuditReferenceKind, id: string) => string | undefined;

/** What the server found about the record an entry is about (all optional: deleted records have none). */
export interface AuditRecordFacts {
  /** The record's own name (program, unit, user, pilot, success metric, file name…). */
  name?: string | null;
  /** The unit it belongs to (rollout unit, check-in, measured value, unit assignment). */
  unitName?: string | null;
  /** The pilot it belongs to (decision, measured value). */
  pilotName?: string | null;
  /** The success metric of a measured value. */
  metricName?: string | null;
  /** The day it is about (a check-in's week, a value's date), `YYYY-MM-DD`. */
  day?: string | null;
}

/** One entry in words: "<actor> <action> <subject> <suffix>", then the details. */
export interface DescribedAuditEntry {
  /** What the actor did, e.g. `added`, `updated the pilot`. */
  action: string;
  /** What it was done to, shown in bold, e.g. `France & Benelux`; null when the action says it all. */
  subject: string | null;
  /** Words after the subject, e.g. `to the rollout`. */
  suffix: string | null;
  /** One clause per changed field: "changed the direction from Lower is better to Higher is better". */
  details: string[];
}
