import { ROLE_LABELS } from '../access/roles.js';
import { WORK_PERFORMER_LABELS } from '../assessments/assessment.types.js';
import { DESIGN_DIMENSIONS, DESIGN_DIMENSION_KEYS, EMPHASIS_SCALE, PLACEMENT_LABELS, PLACEMENT_PLACES, PLACEMENTS } from '../design/placement.js';
import { TOOL_CATEGORY_LABELS } from '../assessment-inventory/tool-inventory.js';
import { GTM_COMPLEXITY_LABELS } from '../assessment-inventory/staffing.js';
import { RACI_VALUE_LABELS, ROLE_SIDE_LABELS, type RaciValue } from '../design/raci-labels.js';
import { METRIC_CATALOG, METRIC_DIRECTION_LABELS, METRIC_UNIT_NAMES } from '../metrics/metric-catalog.js';
import {
  GATE_DECISION_LABELS,
  LESSON_KIND_LABELS,
  MEASUREMENT_SOURCE_LABELS,
  PILOT_STATUS_LABELS,
  RAG_STATUS_LABELS,
  SUCCESS_METRIC_KIND_LABELS,
} from '../pilots/pilot.types.js';
import { FORMER_ROLLOUT_STATUS_LABELS, PROGRAM_MEMBER_ROLE_LABELS } from '../programs/program-unit.js';
import { OPERATING_MODEL_LABELS, PROGRAM_PHASE_LABELS, PROGRAM_STATUS_LABELS } from '../programs/program.types.js';
import { UNIT_KIND_LABELS } from '../units/unit.types.js';
import type {
  AuditChange,
  AuditEntryFacts,
  AuditNameOf,
  AuditOperation,
  AuditRecordFacts,
  AuditReferenceKind,
  DescribedAuditEntry,
} from './history.types.js';

/*
 * The one wording of the change history and the audit log: field labels, enum labels, list
 * differences and the sentence per kind of record. The API resolves the names of referenced records
 * (in batches) and words each entry with these functions; its CSV export and the web show the result.
 */

/** Shown for an empty value. */
export const EMPTY_VALUE = '—';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  active: 'active',
  activityId: 'linked activity',
  annualCostPerHead: 'cost per person a year ($)',
  count: 'people',
  isManager: 'manages people',
  reportsToId: 'reports to',
  title: 'title',
  activityIds: 'activities',
  annualCost: 'annual cost ($)',
  category: 'category',
  complexity: 'go-to-market complexity',
  dataSource: 'source',
  measuredOn: 'measured on',
  ownerName: 'owner',
  renewalDate: 'contract renewal date',
  revopsPeople: 'RevOps people',
  sellers: 'sellers',
  usingUnitIds: 'units using it',
  arrUsd: 'ARR (USD)',
  gtmHeadcount: 'GTM headcount',
  gtmMotions: 'GTM motions',
  guidanceModel: 'model the guidance suggested',
  holdingCompany: 'holding company with autonomous divisions',
  matrixWinner: 'matrix winner',
  model: 'operating model',
  position: 'position',
  regions: 'regions',
  score: 'score',
  stakeholder: 'stakeholder',
  archivedAt: 'archived date',
  assessmentThreshold: 'assessment threshold',
  asksForHelp: 'asks for help',
  baseline: 'baseline',
  blockers: 'blockers',
  capabilities: 'capabilities',
  capability: 'capability',
  catalogKey: 'catalog metric',
  code: 'code',
  commentary: 'commentary',
  comparisonUnitIds: 'comparison units',
  confidence: 'confidence',
  date: 'date',
  decision: 'decision',
  decides: 'claims the decision',
  dimension: 'design dimension',
  emphasis: 'emphasis',
  placement: 'placement',
  direction: 'direction',
  email: 'email',
  endDate: 'end date',
  failure: 'reason it failed',
  format: 'file type',
  gateOverrideReason: 'reason for overriding the gate',
  fromPhase: 'previous phase',
  highlights: 'highlights',
  hypothesis: 'hypothesis',
  kind: 'kind',
  maturity: 'maturity',
  lessonsLearned: 'lessons learned',
  name: 'name',
  note: 'note',
  objective: 'objective',
  ownerId: 'owner',
  parentId: 'parent unit',
  passwordChangedAt: 'password',
  performer: 'who does it',
  phase: 'phase',
  rationale: 'rationale',
  reason: 'reason',
  reasons: 'reasons',
  recommendation: 'recommendation',
  role: 'role',
  rowsSkipped: 'rows skipped',
  rowsTotal: 'rows in the file',
  rowsUnchanged: 'rows already up to date',
  rowsWritten: 'rows written',
  source: 'source',
  sponsor: 'sponsor',
  startDate: 'start date',
  status: 'status',
  steeringMemberIds: 'steering committee',
  target: 'target',
  targetDate: 'target date',
  targetModel: 'target model',
  text: 'text',
  tolerance: 'tolerance',
  unit: 'unit of measure',
  unitId: 'unit',
  unitIds: 'pilot units',
  userId: 'user',
  value: 'value',
  weekStart: 'week',
  weight: 'weight',
};

/** `targetModel` → `target model`; unknown fields are split at capitals (`fooBarId` → `foo bar`). */
export function auditFieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  return field
    .replace(/Ids?$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

const capitalize = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

/** Fields holding the id(s) of other records, and what kind of record. */
export const AUDIT_REFERENCE_FIELDS: Readonly<Record<string, AuditReferenceKind>> = {
  ownerId: 'user',
  userId: 'user',
  enteredById: 'user',
  submittedById: 'user',
  decidedById: 'user',
  createdById: 'user',
  changedById: 'user',
  sentById: 'user',
  steeringMemberIds: 'user',
  unitId: 'unit',
  parentId: 'unit',
  unitIds: 'unit',
  usingUnitIds: 'unit',
  comparisonUnitIds: 'unit',
  programId: 'program',
  pilotId: 'pilot',
  metricId: 'successMetric',
  importId: 'measurementImport',
  activityId: 'activity',
  activityIds: 'activity',
  reportsToId: 'plannedRole',
};

const UNKNOWN_NAMES: Record<AuditReferenceKind, string> = {
  user: 'a former member',
  unit: 'a removed unit',
  program: 'a deleted program',
  pilot: 'a deleted pilot',
  successMetric: 'a removed success metric',
  measurementImport: 'a removed import',
  activity: 'a removed activity',
  plannedRole: 'a removed role',
};

/** Every record an entry refers to by id (fields and, for records keyed by a user, the record itself). */
export function auditReferences(entry: Pick<AuditEntryFacts, 'changes'>): { kind: AuditReferenceKind; id: string }[] {
  const refs: { kind: AuditReferenceKind; id: string }[] = [];
  for (const change of entry.changes) {
    const kind = AUDIT_REFERENCE_FIELDS[change.field];
    if (!kind) continue;
    for (const side of [change.from, change.to]) {
      for (const id of Array.isArray(side) ? side : [side]) if (typeof id === 'string' && id) refs.push({ kind, id });
    }
  }
  return refs;
}

const IMPORT_STATUS_LABELS: Record<string, string> = {
  uploaded: 'Uploaded, not imported yet',
  running: 'Running',
  committed: 'Imported',
  failed: 'Failed',
  interrupted: 'Interrupted (server stopped)',
};

// Program, rollout, pilot and check-in statuses share the field name but no key, so one merged map per field is unambiguous.
const ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  phase: PROGRAM_PHASE_LABELS,
  fromPhase: PROGRAM_PHASE_LABELS,
  toPhase: PROGRAM_PHASE_LABELS,
  status: { ...IMPORT_STATUS_LABELS, ...PROGRAM_STATUS_LABELS, ...FORMER_ROLLOUT_STATUS_LABELS, ...PILOT_STATUS_LABELS, ...RAG_STATUS_LABELS },
  format: { csv: 'CSV', xlsx: 'Excel (XLSX)' },
  targetModel: OPERATING_MODEL_LABELS,
  model: OPERATING_MODEL_LABELS,
  matrixWinner: OPERATING_MODEL_LABELS,
  guidanceModel: OPERATING_MODEL_LABELS,
  complexity: GTM_COMPLEXITY_LABELS,
  role: { ...ROLE_LABELS, ...PROGRAM_MEMBER_ROLE_LABELS },
  kind: { ...UNIT_KIND_LABELS, ...SUCCESS_METRIC_KIND_LABELS, ...LESSON_KIND_LABELS },
  decision: GATE_DECISION_LABELS,
  recommendation: GATE_DECISION_LABELS,
  source: MEASUREMENT_SOURCE_LABELS,
  performer: WORK_PERFORMER_LABELS,
  direction: METRIC_DIRECTION_LABELS,
  unit: METRIC_UNIT_NAMES,
  category: TOOL_CATEGORY_LABELS,
  placement: PLACEMENT_LABELS,
  dimension: Object.fromEntries(DESIGN_DIMENSION_KEYS.map((key) => [key, DESIGN_DIMENSIONS[key].label])),
  side: ROLE_SIDE_LABELS,
};

// A placement inside a sentence ("placed Lead routing in the hub"); an emphasis by its label.
const placePhrase = (value: unknown) => {
  const placement = PLACEMENTS.find((candidate) => candidate === value);
  return placement ? PLACEMENT_PLACES[placement] : 'an unknown place';
};
const emphasisLabel = (value: unknown) => EMPHASIS_SCALE.find((step) => step.value === Number(value))?.label ?? EMPTY_VALUE;

const DATE_FIELDS = new Set(['startDate', 'targetDate', 'endDate', 'weekStart', 'date', 'submittedOn', 'measuredOn', 'renewalDate']);
// Free text reads as the new value only: "from … to …" of two paragraphs does not read.
const LONG_TEXT_FIELDS = new Set(['note', 'objective', 'hypothesis', 'highlights', 'blockers', 'asksForHelp', 'commentary', 'rationale', 'lessonsLearned', 'text', 'reason', 'failure', 'gateOverrideReason']);

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** `2026-11-23` (or an ISO instant) → `Nov 23, 2026`; calendar days have no time zone, so UTC. */
export function formatAuditDay(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dayFormat.format(date);
}

/** `A`, `A and B`, `A, B and C`. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** One value as words: enum labels, readable dates, names for ids, Yes/No; `—` when empty. Never an id or a key. */
export function formatAuditValue(field: string, value: unknown, nameOf: AuditNameOf): string {
  if (isEmpty(value)) return EMPTY_VALUE;
  if (Array.isArray(value)) return joinNames(value.map((item) => formatAuditValue(field, item, nameOf)));
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const outOf = SCORE_SCALES[field];
  // A score reads with its scale ("4/5"), as the check-in and the grid show it.
  if (outOf !== undefined && (typeof value === 'number' || /^\d+$/.test(String(value)))) return `${String(value)}/${outOf}`;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  const reference = AUDIT_REFERENCE_FIELDS[field];
  if (reference) return nameOf(reference, value) ?? UNKNOWN_NAMES[reference];
  const labels = ENUM_LABELS[field];
  if (labels) return labels[value] ?? capitalize(value.replace(/_/g, ' '));
  if (DATE_FIELDS.has(field) || field.endsWith('At')) return formatAuditDay(value);
  return value;
}

/** Fields that hold a score out of a fixed maximum: a check-in's confidence, an assessment cell's maturity. */
const SCORE_SCALES: Readonly<Record<string, number>> = { confidence: 5, maturity: 5 };

const LIST_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  comparisonUnitIds: ['comparison unit', 'comparison units'],
  unitIds: ['pilot unit', 'pilot units'],
  usingUnitIds: ['unit using it', 'units using it'],
  steeringMemberIds: ['steering committee member', 'steering committee members'],
  capabilities: ['capability', 'capabilities'],
  reasons: ['reason', 'reasons'],
};

function listClause(change: AuditChange, nameOf: AuditNameOf): string {
  const before = Array.isArray(change.from) ? change.from : [];
  const after = Array.isArray(change.to) ? change.to : [];
  const added = after.filter((item) => !before.includes(item));
  const removed = before.filter((item) => !after.includes(item));
  if (change.field === 'activityIds') return tagClause(added, removed, change.field, nameOf);
  const [one, many] = LIST_NOUNS[change.field] ?? [auditFieldLabel(change.field), auditFieldLabel(change.field)];
  const names = (items: unknown[]) => joinNames(items.map((item) => formatAuditValue(change.field, item, nameOf)));
  const parts: string[] = [];
  if (added.length > 0) parts.push(`added ${names(added)} as ${added.length === 1 ? `a ${one}` : many}`);
  if (removed.length > 0) parts.push(`removed ${names(removed)} from the ${many}`);
  return parts.length > 0 ? parts.join(' and ') : `reordered the ${many}`;
}

// A pilot's catalog activities read as tags: "tagged the pilot with Lead routing and untagged Dashboards".
function tagClause(added: unknown[], removed: unknown[], field: string, nameOf: AuditNameOf): string {
  const names = (items: unknown[]) => joinNames(items.map((item) => formatAuditValue(field, item, nameOf)));
  const parts: string[] = [];
  if (added.length > 0) parts.push(`tagged the pilot with ${names(added)}`);
  if (removed.length > 0) parts.push(`untagged ${names(removed)}`);
  return parts.length > 0 ? parts.join(' and ') : 'reordered the activities';
}

/** One changed field as a clause: "changed the direction from Lower is better to Higher is better". */
export function describeAuditChange(change: AuditChange, operation: AuditOperation, nameOf: AuditNameOf): string {
  const label = auditFieldLabel(change.field);
  const value = (side: unknown) => formatAuditValue(change.field, side, nameOf);
  if (operation === 'insert') return `${capitalize(label)}: ${LONG_TEXT_FIELDS.has(change.field) ? `“${value(change.to)}”` : value(change.to)}`;
  if (operation === 'delete') return `${capitalize(label)}: ${value(change.from)}`;
  if (Array.isArray(change.from) || Array.isArray(change.to)) return listClause(change, nameOf);
  if (change.field === 'blocked' && typeof change.to === 'boolean') return change.to ? 'marked it blocked' : 'marked it no longer blocked';
  if (change.field === 'decides' && typeof change.to === 'boolean') return change.to ? 'claimed the decision' : 'gave up the decision';
  if (change.field === 'performer') return `changed who does it from ${value(change.from)} to ${value(change.to)}`;
  if (isEmpty(change.to)) return `cleared the ${label}`;
  if (LONG_TEXT_FIELDS.has(change.field)) return `changed the ${label} to “${value(change.to)}”`;
  if (isEmpty(change.from)) return `set the ${label} to ${value(change.to)}`;
  return `changed the ${label} from ${value(change.from)} to ${value(change.to)}`;
}

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

function changed(entry: AuditEntryFacts, field: string): AuditChange | undefined {
  return entry.changes.find((change) => change.field === field);
}

function textOf(entry: AuditEntryFacts, field: string): string | null {
  const change = changed(entry, field);
  const value = change ? (isEmpty(change.to) ? change.from : change.to) : null;
  return typeof value === 'string' && value ? value : null;
}

function nameFromField(entry: AuditEntryFacts, field: string, nameOf: AuditNameOf): string | null {
  const id = textOf(entry, field);
  const kind = AUDIT_REFERENCE_FIELDS[field];
  return id && kind ? (nameOf(kind, id) ?? null) : null;
}

/**
 * What the record is called, for the entry's subject and the audit log's "record" column: the
 * server's facts about it first, then what the entry itself recorded (a deleted record's last
 * values), then a generic phrase. Never an id.
 */
export function auditRecordLabel(entry: AuditEntryFacts, facts: AuditRecordFacts, nameOf: AuditNameOf): string {
  const unit = facts.unitName ?? nameFromField(entry, 'unitId', nameOf);
  const day = facts.day ?? textOf(entry, entry.recordType === 'check_in' ? 'weekStart' : 'date');
  switch (entry.recordType) {
    case 'program':
    case 'unit':
    case 'pilot':
    case 'success_metric':
    case 'organization':
      return facts.name ?? textOf(entry, 'name') ?? `a deleted ${AUDIT_RECORD_NOUNS[entry.recordType]}`;
    case 'user':
    case 'program_member':
    case 'unit_assignment':
      return nameOf('user', entry.recordId) ?? UNKNOWN_NAMES.user;
    case 'program_unit':
      return unit ?? UNKNOWN_NAMES.unit;
    case 'check_in':
      return `${unit ?? UNKNOWN_NAMES.unit}${day ? `, week of ${formatAuditDay(day)}` : ''}`;
    case 'measurement': {
      const metric = facts.metricName ?? nameFromField(entry, 'metricId', nameOf) ?? 'a success metric';
      return `${metric} in ${unit ?? UNKNOWN_NAMES.unit}${day ? ` on ${formatAuditDay(day)}` : ''}`;
    }
    case 'decision':
      return facts.pilotName ?? nameFromField(entry, 'pilotId', nameOf) ?? UNKNOWN_NAMES.pilot;
    case 'lesson':
      // Named by its activity (also once the lesson is deleted); entries from before lessons referred to the catalog keep the free-text capability.
      return facts.name ?? nameFromField(entry, 'activityId', nameOf) ?? textOf(entry, 'capability') ?? UNKNOWN_NAMES.activity;
    case 'phase_change':
      return facts.name ?? nameFromField(entry, 'programId', nameOf) ?? UNKNOWN_NAMES.program;
    case 'measurement_import':
      return facts.name ?? textOf(entry, 'fileName') ?? 'a file';
    case 'capability':
      return facts.name ?? textOf(entry, 'name') ?? 'a removed capability';
    case 'activity':
      return facts.name ?? textOf(entry, 'name') ?? 'a removed activity';
    case 'assessment_cell':
      // The cell's unit: a unit's name, "Central team" for the central column (the server says so), or a removed unit.
      return `${facts.name ?? 'a removed activity'} for ${facts.unitName ?? (textOf(entry, 'unitId') ? UNKNOWN_NAMES.unit : 'the central team')}`;
    case 'assessment_reminder':
      return unit ?? UNKNOWN_NAMES.unit;
    case 'program_tool':
      return facts.name ?? textOf(entry, 'name') ?? 'a tool';
    case 'assessment_baseline': {
      const key = facts.metricName ?? textOf(entry, 'catalogKey');
      const metric = METRIC_CATALOG.find((m) => m.key === key)?.name ?? 'a KPI';
      return `${metric} in ${unit ?? 'the whole program'}`;
    }
    case 'unit_staffing':
      return unit ?? UNKNOWN_NAMES.unit;
    case 'design_principle':
      return facts.name ?? textOf(entry, 'name') ?? 'a removed principle';
    case 'stakeholder_weights':
      return facts.name ?? textOf(entry, 'stakeholder') ?? 'a removed stakeholder';
    case 'model_score': {
      // The server carries the model's key in the metric column; a removed score still names it in its changes.
      const model = facts.metricName ?? textOf(entry, 'model');
      return `${model ? formatAuditValue('model', model, nameOf) : 'a model'} on ${facts.name ?? 'a removed principle'}`;
    }
    case 'company_profile':
    case 'model_choice':
    case 'raci_matrix':
      return facts.name ?? nameFromField(entry, 'programId', nameOf) ?? UNKNOWN_NAMES.program;
    case 'activity_placement':
      return facts.name ?? nameFromField(entry, 'activityId', nameOf) ?? UNKNOWN_NAMES.activity;
    case 'design_dimension_emphasis': {
      // The server carries the dimension's key in the metric column; the entry itself names it when it was created or removed.
      const key = facts.metricName ?? textOf(entry, 'dimension');
      return DESIGN_DIMENSION_KEYS.find((candidate) => candidate === key) ? formatAuditValue('dimension', key, nameOf) : 'a design dimension';
    }
    case 'raci_domain':
      return facts.name ?? textOf(entry, 'name') ?? 'a removed domain';
    case 'raci_role':
      return facts.name ?? textOf(entry, 'name') ?? 'a removed role';
    case 'raci_cell':
      // The server carries the cell's domain as its name and its role in the metric column, also once it is cleared.
      return `${facts.name ?? 'a removed domain'} × ${facts.metricName ?? 'a removed role'}`;
    case 'planned_role': {
      // No unit is the hub; a unit since removed is said so.
      const team = facts.unitName ?? (textOf(entry, 'unitId') ? (unit ?? UNKNOWN_NAMES.unit) : 'the hub');
      return `${facts.name ?? textOf(entry, 'title') ?? 'a removed role'} in ${team === 'Hub' ? 'the hub' : team}`;
    }
    case 'design_version': {
      // The server carries the version's number in the metric column; the entry itself has it when it was created.
      const recorded = changed(entry, 'number');
      const number = facts.metricName ?? recorded?.to ?? recorded?.from;
      return `version ${typeof number === 'string' || typeof number === 'number' ? number : '?'} of the design of ${facts.name ?? nameFromField(entry, 'programId', nameOf) ?? UNKNOWN_NAMES.program}`;
    }
  }
}

const raciValueLabel = (value: unknown) => (typeof value === 'string' && value in RACI_VALUE_LABELS ? RACI_VALUE_LABELS[value as RaciValue] : EMPTY_VALUE);

const AUDIT_RECORD_NOUNS = {
  program: 'program',
  unit: 'unit',
  pilot: 'pilot',
  success_metric: 'success metric',
  organization: 'organization',
} as const;

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
