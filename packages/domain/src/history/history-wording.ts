import { RACI_VALUE_LABELS, type RaciValue } from '../design/raci-labels.js';
import type { AuditEntryFacts, AuditNameOf, AuditOperation, DescribedAuditEntry } from './history.types.js';
import { describeRolloutEntry, ROLLOUT_HIDDEN_FIELDS } from './rollout-wording.js';
import { describeGovernanceEntry, GOVERNANCE_HIDDEN_FIELDS } from './governance-wording.js';
import { describeEngagementEntry } from './engagement-wording.js';
import { changed, nameFromField } from './record-label.js';
import { describeAuditChange, emphasisLabel, EMPTY_VALUE, formatAuditValue, isEmpty, LONG_TEXT_FIELDS, placePhrase, UNKNOWN_NAMES } from './audit-values.js';

export { auditRecordLabel } from './record-label.js';

/*
 * The one wording of the change history and the audit log: the sentence per kind of record, built
 * from the value words of `audit-values.ts`. The API resolves the names of referenced records (in
 * batches) and words each entry with these functions; its CSV export and the web show the result.
 */

// Which record an entry belongs to is said in the sentence, not repeated as a detail.
const HIDDEN_FIELDS = new Set([
  'programId',
  'pilotId',
  'metricId',
  'importId',
  'unitId',
  'userId',
  'enteredById',
  'submittedById',
  'decidedById',
  'createdById',
  'changedById',
  'sentById',
  // The catalog's links and order: the record's label names the activity; order is not history.
  'activityId',
  'capabilityId',
  'position',
  'submittedOn',
  'decidedAt',
  // The check-in's week and the value's day are in the record's label.
  'weekStart',
  'date',
  // The recommendation's reasoning is long and shown with the decision itself.
  'reasons',
  'toPhase',
  'sha256',
  'fileName',
  'catalogKey',
  'capability',
  'passwordChangedAt',
  // The matrix cell's principle is its label; a weight set's points are keyed by principle and read in the Align tab.
  'principleId',
  'weights',
  // A principle's order is not news.
  'position',
  // A RACI cell's domain and role are its label; the matrix's acknowledgements are keys (the sentence counts them), its sign-off is who and when.
  'domainId',
  'roleId',
  'acknowledgedWarningKeys',
  'markedFinalById',
  'markedFinalAt',
  // A design version's number is its label; who signed it off and when are the entry's own.
  'number',
  'signedOffById',
  'signedOffAt',
  ...ROLLOUT_HIDDEN_FIELDS,
  ...GOVERNANCE_HIDDEN_FIELDS,
]);

// Fields hidden in general that one kind of record shows: a RACI domain's linked activity is what the side warning compares.
const SHOWN_FIELDS: Partial<Record<AuditEntryFacts['recordType'], ReadonlySet<string>>> = { raci_domain: new Set(['activityId']) };
const isHidden = (entry: AuditEntryFacts, field: string) => HIDDEN_FIELDS.has(field) && !SHOWN_FIELDS[entry.recordType]?.has(field);

// Status and phase first (what an executive scans for), free text last.
const priority = (field: string) => (field === 'status' || field === 'phase' ? 0 : LONG_TEXT_FIELDS.has(field) ? 2 : 1);

function details(entry: AuditEntryFacts, nameOf: AuditNameOf): string[] {
  if (entry.operation === 'delete') return [];
  return entry.changes
    .filter((change) => !isHidden(entry, change.field))
    // A created record's name (or title) is its label already.
    .filter((change) => entry.operation === 'update' || (change.field !== 'name' && change.field !== 'title' && change.field !== 'note' && !isEmpty(change.to)))
    // A unit joining the rollout starts unblocked (formerly: not started); saying so adds nothing.
    .filter((change) => !(entry.recordType === 'program_unit' && entry.operation === 'insert' && (change.to === 'not_started' || (change.field === 'blocked' && change.to === false))))
    .sort((a, b) => priority(a.field) - priority(b.field) || a.field.localeCompare(b.field))
    .map((change) => describeAuditChange(change, entry.operation, nameOf));
}

const raciValueLabel = (value: unknown) => (typeof value === 'string' && value in RACI_VALUE_LABELS ? RACI_VALUE_LABELS[value as RaciValue] : EMPTY_VALUE);

function isPasswordChange(entry: AuditEntryFacts): boolean {
  return entry.recordType === 'user' && entry.operation === 'update' && entry.changes.length > 0 && entry.changes.every((change) => change.field === 'passwordChangedAt');
}

const verb = (operation: AuditOperation, created = 'created', deleted = 'deleted') =>
  operation === 'insert' ? created : operation === 'delete' ? deleted : 'updated';

/**
 * One audit entry as words: "added **France & Benelux** to the rollout", "updated the pilot
 * **UK lead routing**" + "changed the status from Running to Decided". `label` is the record's
 * name from `auditRecordLabel`; `nameOf` names every id a change refers to.
 */
export function describeAuditEntry(entry: AuditEntryFacts, label: string, nameOf: AuditNameOf): DescribedAuditEntry {
  const lines = details(entry, nameOf);
  const said = (action: string, subject: string | null, suffix: string | null = null, withDetails = lines): DescribedAuditEntry => ({
    action,
    subject,
    suffix,
    details: withDetails,
  });
  switch (entry.recordType) {
    case 'rollout_plan':
    case 'rollout_wave':
    case 'wave_unit':
    case 'wave_unit_move':
      return describeRolloutEntry(entry.recordType, entry, label, lines, nameOf, said);
    case 'forum':
    case 'meeting':
    case 'meeting_decision':
    case 'action_item':
    case 'webhook':
      return describeGovernanceEntry(entry.recordType, entry, label, lines, said);
    case 'request':
    case 'request_type':
    case 'backlog_settings':
      return describeEngagementEntry(entry.recordType, entry, label, lines, nameOf, said);
    case 'program': {
      const archived = changed(entry, 'archivedAt');
      if (entry.operation === 'update' && archived && entry.changes.length === 1) {
        return said(archived.to ? 'archived the program' : 'restored the program', label, null, []);
      }
      return said(`${verb(entry.operation)} the program`, label);
    }
    case 'program_unit':
      if (entry.operation === 'insert') return said('added', label, 'to the rollout');
      if (entry.operation === 'delete') return said('removed', label, 'from the rollout');
      return said('updated', label);
    case 'program_member': {
      const role = changed(entry, 'role');
      if (entry.operation === 'insert') return said('added', label, role?.to ? `as ${formatAuditValue('role', role.to, nameOf)}` : 'to the program', []);
      if (entry.operation === 'delete') return said('removed', label, 'from the program');
      return said('changed the role of', label);
    }
    case 'unit_assignment': {
      const unit = nameFromField(entry, 'unitId', nameOf) ?? UNKNOWN_NAMES.unit;
      if (entry.operation === 'delete') return said('unassigned', label, `from ${unit}`);
      return said(entry.operation === 'insert' ? 'assigned' : 'updated the assignment of', label, `to ${unit}`);
    }
    case 'pilot':
      return said(`${verb(entry.operation, 'added', 'removed')} the pilot`, label);
    case 'success_metric':
      return said(`${verb(entry.operation, 'added', 'removed')} the success metric`, label);
    case 'lesson':
      return said(`${verb(entry.operation, 'added', 'removed')} a lesson on`, label);
    case 'check_in':
      return said(entry.operation === 'insert' ? 'submitted the check-in of' : `${verb(entry.operation)} the check-in of`, label);
    case 'measurement': {
      const imported = changed(entry, 'source')?.to === 'import';
      const action = entry.operation === 'insert' ? (imported ? 'imported a value for' : 'recorded a value for') : entry.operation === 'delete' ? 'removed the value for' : 'corrected the value for';
      return said(action, label);
    }
    case 'decision':
      return said(entry.operation === 'delete' ? 'removed the gate decision on' : 'recorded a gate decision on', label);
    case 'phase_change': {
      // The sentence names the new phase; the previous one and the reason follow as details.
      const toPhase = changed(entry, 'toPhase');
      return said('moved', label, toPhase ? `to the ${formatAuditValue('toPhase', toPhase.to, nameOf)} phase` : null);
    }
    case 'measurement_import':
      if (entry.operation === 'insert') return said('uploaded', label, 'to import measured values');
      if (entry.operation === 'delete') return said('removed the uploaded file', label);
      return said('updated the import of', label);
    case 'capability':
      return said(`${verb(entry.operation, 'added', 'removed')} the capability`, label);
    case 'activity':
      return said(`${verb(entry.operation, 'added', 'removed')} the activity`, label);
    case 'assessment_cell':
      if (entry.operation === 'insert') return said('assessed', label);
      return said(entry.operation === 'delete' ? 'cleared the assessment of' : 'updated the assessment of', label);
    case 'assessment_reminder':
      return said('reminded', label, 'to fill its rows of the assessment', []);
    case 'program_tool':
      return said(`${verb(entry.operation, 'added', 'removed')} the tool`, label, entry.operation === 'delete' ? 'from the inventory' : null);
    case 'assessment_baseline':
      return said(entry.operation === 'insert' ? 'recorded the baseline of' : `${verb(entry.operation)} the baseline of`, label);
    case 'unit_staffing':
      return said(entry.operation === 'insert' ? 'recorded the staffing of' : `${verb(entry.operation)} the staffing of`, label);
    case 'user':
      if (isPasswordChange(entry)) return said(entry.actorId === entry.recordId ? 'changed the password of' : 'reset the password of', label, null, []);
      return said(`${verb(entry.operation)} the account of`, label);
    case 'unit':
      return said(`${verb(entry.operation)} the unit`, label);
    case 'organization':
      return said(`${verb(entry.operation)} the organization`, label);
    case 'design_principle':
      return said(`${verb(entry.operation, 'added', 'removed')} the design principle`, label);
    case 'stakeholder_weights':
      return said(`${verb(entry.operation, 'entered', 'removed')} the principle weights of`, label, null, lines);
    case 'model_score':
      // The label names the model and the principle ("Hybrid on Cost"): the details need not repeat the model.
      if (entry.operation === 'insert') return said('scored', label, null, lines.filter((line) => !line.startsWith('Operating model')));
      return said(entry.operation === 'delete' ? 'removed the score of' : 'rescored', label);
    case 'company_profile':
      return said(`${verb(entry.operation, 'entered', 'removed')} the company profile of`, label);
    case 'model_choice': {
      const model = changed(entry, 'model');
      return said('chose', model ? formatAuditValue('model', model.to, nameOf) : 'an operating model', `as the target model of ${label}`);
    }
    case 'activity_placement': {
      // Where it sits is said in the sentence ("placed Lead routing in the hub"); the reason and dimension follow.
      const placement = changed(entry, 'placement');
      const rest = details({ ...entry, changes: entry.changes.filter((change) => change.field !== 'placement') }, nameOf);
      if (entry.operation === 'insert') return said('placed', label, `in ${placePhrase(placement?.to)}`, rest);
      if (entry.operation === 'delete') return said('cleared the placement of', label, placement ? `in ${placePhrase(placement.from)}` : null);
      if (placement) return said('moved', label, `from ${placePhrase(placement.from)} to ${placePhrase(placement.to)}`, rest);
      return said('updated the placement of', label, null, rest);
    }
    case 'design_dimension_emphasis': {
      const emphasis = changed(entry, 'emphasis');
      if (entry.operation === 'insert') return said('set the emphasis of', label, `to ${emphasisLabel(emphasis?.to)}`, []);
      if (entry.operation === 'delete') return said('removed the emphasis of', label, null, []);
      return said('changed the emphasis of', label, emphasis ? `from ${emphasisLabel(emphasis.from)} to ${emphasisLabel(emphasis.to)}` : null, []);
    }
    case 'raci_matrix': {
      const final = changed(entry, 'final');
      if (entry.operation === 'insert') return said('started the RACI of', label, null, []);
      if (entry.operation === 'delete') return said('removed the RACI of', label, null, []);
      if (final?.to === true) {
        const acknowledged = changed(entry, 'acknowledgedWarningKeys')?.to;
        const count = Array.isArray(acknowledged) ? acknowledged.length : 0;
        return said('marked the RACI of', label, 'final', count > 0 ? [`acknowledged ${count} ${count === 1 ? 'warning' : 'warnings'}`] : []);
      }
      return said(final?.to === false ? 'reopened the RACI of' : 'updated the RACI of', label, null, []);
    }
    case 'raci_domain':
      return said(`${verb(entry.operation, 'added', 'removed')} the RACI domain`, label);
    case 'raci_role':
      return said(`${verb(entry.operation, 'added', 'removed')} the RACI role`, label);
    case 'raci_cell': {
      // "set Forecasting × Finance to Accountable": the letter is the news, told in the sentence.
      const value = changed(entry, 'value');
      if (entry.operation === 'insert') return said('set', label, `to ${raciValueLabel(value?.to)}`, []);
      if (entry.operation === 'delete') return said('cleared', label, `(was ${raciValueLabel(value?.from)})`, []);
      return said('changed', label, `from ${raciValueLabel(value?.from)} to ${raciValueLabel(value?.to)}`, []);
    }
    case 'planned_role':
      return said(`${verb(entry.operation, 'planned', 'removed')} the role`, label, null, lines);
    case 'design_version': {
      // A version starts as a draft or is signed off at once (the first); signing a draft off is an update.
      const signedOff = !isEmpty(changed(entry, 'signedOffAt')?.to);
      if (entry.operation === 'delete') return said('removed', label, null, []);
      if (signedOff) return said('signed off', label, null, lines);
      return said('started', label, 'as a draft', []);
    }
  }
}

/** The entry as one sentence, without who did it: "updated the pilot UK lead routing: changed the status from Running to Decided". */
export function auditSentence(described: DescribedAuditEntry): string {
  const head = [described.action, described.subject, described.suffix].filter((part): part is string => Boolean(part)).join(' ');
  return described.details.length > 0 ? `${head}: ${described.details.join('; ')}` : head;
}
