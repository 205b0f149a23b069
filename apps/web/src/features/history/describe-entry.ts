import {
  formatChange,
  formatChangeValue,
  formatFieldName,
  isPasswordChange,
  type AuditOperationKey,
  type AuditRecordTypeKey,
  type NameLookup,
} from './format-change';

/**
 * Turns one audit entry into a sentence and change lines for a record's history panel:
 * "added DACH to the rollout", "updated US West" + "Status: Preparing → Blocked".
 */

export interface HistoryChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface HistoryEntryLike {
  operation: AuditOperationKey;
  recordType: AuditRecordTypeKey;
  recordId: string;
  changes: readonly HistoryChange[];
}

/** Names for the records an entry refers to; undefined when the page does not know them. */
export interface HistoryNames {
  /** Unit name by unit id. */
  unit: NameLookup;
  /** User name by user id. */
  user: NameLookup;
  /** Unit name by ProgramUnit id (a unit's row in a program's rollout). */
  programUnit: NameLookup;
}

export interface HistoryLine {
  field: string;
  text: string;
}

export interface DescribedEntry {
  /** What the actor did, e.g. `updated`, `added`. */
  action: string;
  /** What it was done to, shown in bold, e.g. `DACH`; null for the record itself (`the program`). */
  subject: string | null;
  /** Words after the subject, e.g. `to the rollout`. */
  suffix: string | null;
  lines: HistoryLine[];
  /** A partner reported the unit blocked (or, in entries from before stages were derived, set it to "blocked"): coloured red. */
  blocked: boolean;
}

// Free text is shown as the new value only: "from → to" of two paragraphs does not read.
const LONG_TEXT_FIELDS = new Set(['note', 'objective', 'hypothesis', 'highlights', 'blockers', 'asksForHelp', 'commentary', 'rationale', 'lessonsLearned', 'text', 'reason', 'failure']);
// Which record an entry belongs to is said in the sentence, not repeated as a line.
const HIDDEN_FIELDS = new Set(['programId', 'unitId', 'userId', 'pilotId', 'metricId', 'importId', 'enteredById', 'submittedById', 'decidedById', 'createdById', 'changedById', 'submittedOn', 'reasons', 'toPhase', 'sha256', 'fileName']);

export const UNKNOWN_UNIT = 'a unit';
export const UNKNOWN_USER = 'a former member';

function change(entry: HistoryEntryLike, field: string): HistoryChange | undefined {
  return entry.changes.find((item) => item.field === field);
}

function line(item: HistoryChange, operation: AuditOperationKey, names: HistoryNames): HistoryLine {
  const label = formatFieldName(item.field);
  if (LONG_TEXT_FIELDS.has(item.field)) {
    const text = operation === 'delete' ? item.from : item.to;
    return { field: item.field, text: text ? `${label}: “${text}”` : `${label} cleared` };
  }
  const lookup: NameLookup = (id) => (item.field === 'parentId' || item.field === 'unitId' ? names.unit(id) : names.user(id));
  return { field: item.field, text: formatChange(item, operation, lookup) };
}

// Status and phase first (what an executive scans for), free text last.
function linePriority(field: string): number {
  if (field === 'status' || field === 'phase') return 0;
  return LONG_TEXT_FIELDS.has(field) ? 2 : 1;
}

function visibleLines(entry: HistoryEntryLike, names: HistoryNames): HistoryLine[] {
  return entry.changes
    .filter((item) => !HIDDEN_FIELDS.has(item.field))
    .filter((item) => entry.operation === 'update' || (item.field !== 'note' && item.to !== null && item.to !== ''))
    .sort((a, b) => linePriority(a.field) - linePriority(b.field))
    .map((item) => line(item, entry.operation, names));
}

/** The unit a ProgramUnit entry is about: by its row id, else by the unitId it recorded. */
function programUnitName(entry: HistoryEntryLike, names: HistoryNames): string {
  const byRow = names.programUnit(entry.recordId);
  if (byRow) return byRow;
  const unitId = change(entry, 'unitId');
  const id = unitId?.to ?? unitId?.from;
  return (id ? names.unit(id) : undefined) ?? UNKNOWN_UNIT;
}

export function describeEntry(entry: HistoryEntryLike, names: HistoryNames): DescribedEntry {
  const status = change(entry, 'status');
  const blocked = entry.recordType === 'program_unit' && (change(entry, 'blocked')?.to === 'true' || status?.to === 'blocked');
  const base = { blocked };

  switch (entry.recordType) {
    case 'program': {
      if (entry.operation === 'insert') return { ...base, action: 'created the program', subject: null, suffix: null, lines: [] };
      if (entry.operation === 'delete') return { ...base, action: 'deleted the program', subject: null, suffix: null, lines: [] };
      const archived = change(entry, 'archivedAt');
      const rest = visibleLines({ ...entry, changes: entry.changes.filter((item) => item.field !== 'archivedAt') }, names);
      if (archived && rest.length === 0) {
        return { ...base, action: archived.to ? 'archived the program' : 'restored the program', subject: null, suffix: null, lines: [] };
      }
      return { ...base, action: 'updated the program', subject: null, suffix: null, lines: visibleLines(entry, names) };
    }
    case 'program_unit': {
      const unit = programUnitName(entry, names);
      if (entry.operation === 'insert') {
        const lines = blocked ? [line(change(entry, 'blocked') ?? status ?? { field: 'blocked', from: null, to: 'true' }, 'insert', names)] : [];
        return { ...base, action: 'added', subject: unit, suffix: 'to the rollout', lines };
      }
      if (entry.operation === 'delete') return { ...base, action: 'removed', subject: unit, suffix: 'from the rollout', lines: [] };
      return { ...base, action: 'updated', subject: unit, suffix: null, lines: visibleLines(entry, names) };
    }
    case 'program_member': {
      // A member row has no id of its own: the record id is the member's user id.
      const user = names.user(entry.recordId) ?? UNKNOWN_USER;
      const role = change(entry, 'role');
      if (entry.operation === 'insert') {
        return { ...base, action: 'added', subject: user, suffix: role?.to ? `as ${formatChangeValue('role', role.to)}` : null, lines: [] };
      }
      if (entry.operation === 'delete') return { ...base, action: 'removed', subject: user, suffix: 'from the program', lines: [] };
      return { ...base, action: 'changed the role of', subject: user, suffix: null, lines: visibleLines(entry, names) };
    }
    case 'pilot':
    case 'success_metric':
    case 'lesson': {
      const noun = { pilot: 'the pilot', success_metric: 'the success metric', lesson: 'a lesson on' }[entry.recordType];
      const subject = change(entry, entry.recordType === 'lesson' ? 'capability' : 'name');
      const verb = entry.operation === 'insert' ? 'added' : entry.operation === 'delete' ? 'removed' : 'updated';
      const lines = entry.operation === 'delete' ? [] : visibleLines(entry, names);
      return { ...base, action: `${verb} ${noun}`, subject: subject?.to ?? subject?.from ?? null, suffix: null, lines };
    }
    case 'check_in':
    case 'measurement': {
      const unitId = change(entry, 'unitId');
      const unit = (unitId && names.unit(unitId.to ?? unitId.from ?? '')) ?? UNKNOWN_UNIT;
      const insert = entry.operation === 'insert';
      const action =
        entry.recordType === 'check_in' ? (insert ? 'submitted the check-in of' : 'updated the check-in of') : insert ? 'recorded a value for' : 'corrected a value for';
      return { ...base, action, subject: unit, suffix: null, lines: visibleLines(entry, names) };
    }
    case 'decision':
      return { ...base, action: 'recorded a gate decision', subject: null, suffix: null, lines: visibleLines(entry, names) };
    case 'phase_change': {
      // The sentence names the new phase; the old one and the reason follow as lines.
      const toPhase = change(entry, 'toPhase');
      return { ...base, action: 'moved the program to', subject: formatChangeValue('toPhase', toPhase?.to ?? null), suffix: null, lines: visibleLines(entry, names) };
    }
    case 'measurement_import': {
      const fileName = change(entry, 'fileName');
      if (entry.operation === 'insert') return { ...base, action: 'uploaded', subject: fileName?.to ?? null, suffix: 'to import measured values', lines: visibleLines(entry, names) };
      if (entry.operation === 'delete') return { ...base, action: 'removed the uploaded file', subject: fileName?.from ?? null, suffix: null, lines: [] };
      return { ...base, action: 'updated a measurement import', subject: null, suffix: null, lines: visibleLines(entry, names) };
    }
    case 'organization':
    case 'unit':
    case 'user':
      if (isPasswordChange(entry)) return { ...base, action: 'set a new password for the account', subject: null, suffix: null, lines: [] };
    // falls through
    case 'unit_assignment': {
      const noun = { organization: 'the organization', unit: 'the unit', user: 'the account', unit_assignment: 'a unit assignment' }[entry.recordType];
      const verb = entry.operation === 'insert' ? 'created' : entry.operation === 'delete' ? 'deleted' : 'updated';
      return { ...base, action: `${verb} ${noun}`, subject: null, suffix: null, lines: visibleLines(entry, names) };
    }
  }
}
