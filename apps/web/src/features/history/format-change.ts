import {
  GATE_DECISION_LABELS,
  LESSON_KIND_LABELS,
  MEASUREMENT_SOURCE_LABELS,
  PILOT_STATUS_LABELS,
  RAG_STATUS_LABELS,
  SUCCESS_METRIC_KIND_LABELS,
  OPERATING_MODEL_LABELS,
  PROGRAM_MEMBER_ROLE_LABELS,
  PROGRAM_PHASE_LABELS,
  PROGRAM_STATUS_LABELS,
  ROLE_LABELS,
  FORMER_ROLLOUT_STATUS_LABELS,
  UNIT_KIND_LABELS,
} from '@rollout/domain';
import type { ImportFormat, ImportStatus } from '../../gql/graphql';
import { formatDateTime, formatLocalDate } from '../../shared/lib/format';

/**
 * Turns audit-log changes (`FieldChange { field, from, to }`) into words a person reads.
 * Field names are the API's camelCase; values are text (JSON text for non-strings), null when empty.
 */

/** Shown for an empty value (null or empty text). */
export const EMPTY_VALUE = '—';

const FIELD_NAMES: ReadonlyMap<string, string> = new Map([
  ['active', 'Active'],
  ['archivedAt', 'Archived'],
  ['blocked', 'Blocked'],
  ['code', 'Code'],
  ['email', 'Email'],
  ['failure', 'Why it failed'],
  ['fileName', 'File'],
  ['format', 'File type'],
  ['fromPhase', 'From phase'],
  ['kind', 'Kind'],
  ['name', 'Name'],
  ['note', 'Note'],
  ['objective', 'Objective'],
  ['ownerId', 'Owner'],
  ['parentId', 'Parent unit'],
  ['phase', 'Phase'],
  ['programId', 'Program'],
  ['reason', 'Reason'],
  ['rowsSkipped', 'Rows skipped'],
  ['rowsTotal', 'Rows in the file'],
  ['rowsUnchanged', 'Rows already up to date'],
  ['rowsWritten', 'Rows written'],
  ['sha256', 'File fingerprint'],
  ['role', 'Role'],
  ['sponsor', 'Sponsor'],
  ['startDate', 'Start date'],
  ['status', 'Status'],
  ['targetDate', 'Target date'],
  ['targetModel', 'Target model'],
  ['toPhase', 'To phase'],
  ['unitId', 'Unit'],
  ['userId', 'User'],
]);

/** `targetModel` → `Target model`; unknown fields are split at capitals (`fooBarId` → `Foo bar`). */
export function formatFieldName(field: string): string {
  const known = FIELD_NAMES.get(field);
  if (known) return known;
  const words = field
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : field;
}

// Fields whose values are enum keys. Program and rollout statuses (and account and program-member
// roles) share a field name but not a key, so one merged map per field is unambiguous.
const labelMap = (labels: Readonly<Record<string, string>>): ReadonlyMap<string, string> => new Map(Object.entries(labels));
// A pilot and an import both say `running`: one label fits both.
const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  uploaded: 'Uploaded, not imported yet',
  running: 'Running',
  committed: 'Imported',
  failed: 'Failed',
  interrupted: 'Interrupted (server stopped)',
};
const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = { csv: 'CSV', xlsx: 'Excel (XLSX)' };
const ENUM_LABELS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['phase', labelMap(PROGRAM_PHASE_LABELS)],
  ['fromPhase', labelMap(PROGRAM_PHASE_LABELS)],
  ['toPhase', labelMap(PROGRAM_PHASE_LABELS)],
  ['status', labelMap({ ...IMPORT_STATUS_LABELS, ...PROGRAM_STATUS_LABELS, ...FORMER_ROLLOUT_STATUS_LABELS, ...PILOT_STATUS_LABELS, ...RAG_STATUS_LABELS })],
  ['format', labelMap(IMPORT_FORMAT_LABELS)],
  ['targetModel', labelMap(OPERATING_MODEL_LABELS)],
  ['role', labelMap({ ...ROLE_LABELS, ...PROGRAM_MEMBER_ROLE_LABELS })],
  ['kind', labelMap({ ...UNIT_KIND_LABELS, ...SUCCESS_METRIC_KIND_LABELS, ...LESSON_KIND_LABELS })],
  ['decision', labelMap(GATE_DECISION_LABELS)],
  ['recommendation', labelMap(GATE_DECISION_LABELS)],
  ['source', labelMap(MEASUREMENT_SOURCE_LABELS)],
]);

const DATE_FIELDS = new Set(['startDate', 'targetDate', 'endDate', 'weekStart', 'date', 'submittedOn']);

/** Names for ids in a change (owner, parent unit, unit, user, program); undefined when unknown. */
export type NameLookup = (id: string) => string | undefined;

/** Whether the field holds the id of another record (`ownerId`, `parentId`, `unitId`…). */
export function isReferenceField(field: string): boolean {
  return /Id$/.test(field);
}

/**
 * One side of a change as text: labels for enum keys (`preparing` → `Preparing`), readable dates
 * and times, Yes/No for booleans, `—` when empty. Ids of other records become names when `names`
 * knows them.
 */
export function formatChangeValue(field: string, value: string | null, names?: NameLookup): string {
  if (value === null || value === '') return EMPTY_VALUE;
  const labels = ENUM_LABELS.get(field);
  if (labels) return labels.get(value) ?? value;
  if (DATE_FIELDS.has(field)) return formatLocalDate(value);
  if (field.endsWith('At')) return formatDateTime(value);
  if (isReferenceField(field)) return names?.(value) ?? value;
  if (value === 'true') return 'Yes';
  if (value === 'false') return 'No';
  return value;
}

export type AuditOperationKey = 'insert' | 'update' | 'delete';

/**
 * One change as a line: `Status: Preparing → Blocked`. A creation lists initial values
 * (`Name: EMEA`) and a deletion the values it removed, without arrows.
 */
export function formatChange(
  change: { field: string; from: string | null; to: string | null },
  operation: AuditOperationKey = 'update',
  names?: NameLookup,
): string {
  const label = formatFieldName(change.field);
  const from = formatChangeValue(change.field, change.from, names);
  const to = formatChangeValue(change.field, change.to, names);
  if (operation === 'insert') return `${label}: ${to}`;
  if (operation === 'delete') return `${label}: ${from}`;
  return `${label}: ${from} → ${to}`;
}

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
] as const;
export type AuditRecordTypeKey = (typeof AUDIT_RECORD_TYPES)[number];

export const AUDIT_RECORD_TYPE_LABELS: Record<AuditRecordTypeKey, string> = {
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
};

export const AUDIT_OPERATION_LABELS: Record<AuditOperationKey, string> = {
  insert: 'Created',
  update: 'Changed',
  delete: 'Deleted',
};

// Links between records (a unit in a rollout, a member, an assignment) are added and removed, not created.
const LINK_RECORD_TYPES: ReadonlySet<AuditRecordTypeKey> = new Set(['program_unit', 'program_member', 'unit_assignment']);

/** `Created program`, `Added rollout unit`, `Removed program member`. */
/**
 * An account update that only set a new password: the log holds when (passwordChangedAt), who and
 * whose account, never the password or its hash.
 */
export function isPasswordChange(entry: { operation: AuditOperationKey; recordType: AuditRecordTypeKey; changes: readonly { field: string }[] }): boolean {
  return entry.recordType === 'user' && entry.operation === 'update' && entry.changes.length > 0 && entry.changes.every((change) => change.field === 'passwordChangedAt');
}

/** "Changed the password of" when the user did it themselves, "Reset the password of" when an admin did. */
export function passwordChangeLabel(actorId: string | null | undefined, userId: string): string {
  return actorId === userId ? 'Changed the password of' : 'Reset the password of';
}

export function auditActionLabel(operation: AuditOperationKey, recordType: AuditRecordTypeKey): string {
  const link = LINK_RECORD_TYPES.has(recordType);
  const verb = operation === 'insert' ? (link ? 'Added' : 'Created') : operation === 'delete' ? (link ? 'Removed' : 'Deleted') : 'Changed';
  return `${verb} ${AUDIT_RECORD_TYPE_LABELS[recordType].toLowerCase()}`;
}
