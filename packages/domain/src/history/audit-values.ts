import { ROLE_LABELS } from '../access/roles.js';
import { joinNames } from '../common/words.js';
import { WORK_PERFORMER_LABELS } from '../assessments/assessment.types.js';
import { DESIGN_DIMENSIONS, DESIGN_DIMENSION_KEYS, EMPHASIS_SCALE, PLACEMENT_LABELS, PLACEMENT_PLACES, PLACEMENTS } from '../design/placement.js';
import { TOOL_CATEGORY_LABELS } from '../assessment-inventory/tool-inventory.js';
import { GTM_COMPLEXITY_LABELS } from '../assessment-inventory/staffing.js';
import { ROLE_SIDE_LABELS } from '../design/raci-labels.js';
import { METRIC_DIRECTION_LABELS, METRIC_UNIT_NAMES } from '../metrics/metric-catalog.js';
import { GATE_DECISION_LABELS, LESSON_KIND_LABELS, MEASUREMENT_SOURCE_LABELS, PILOT_STATUS_LABELS, RAG_STATUS_LABELS, SUCCESS_METRIC_KIND_LABELS } from '../pilots/pilot.types.js';
import { FORMER_ROLLOUT_STATUS_LABELS, PROGRAM_MEMBER_ROLE_LABELS } from '../programs/program-unit.js';
import { OPERATING_MODEL_LABELS, PROGRAM_PHASE_LABELS, PROGRAM_STATUS_LABELS } from '../programs/program.types.js';
import { UNIT_KIND_LABELS } from '../units/unit.types.js';
import { READINESS_PART_LABELS, READINESS_PARTS } from '../rollout/readiness.js';
import { WAVE_UNIT_STAGE_LABELS } from '../rollout/wave-stage.js';
import { FORUM_CADENCE_LABELS, WEEKDAY_LABELS } from '../governance/recurrence.js';
import { ACTION_ITEM_STATUS_LABELS } from '../governance/minutes.js';
import { WEBHOOK_FORMAT_LABELS } from '../governance/reminders.js';
import { GOVERNANCE_FIELD_LABELS } from './governance-fields.js';
import { ENGAGEMENT_ENUM_LABELS, ENGAGEMENT_FIELD_LABELS } from './engagement-fields.js';
import type { AuditChange, AuditEntryFacts, AuditNameOf, AuditOperation, AuditReferenceKind } from './history.types.js';

/*
 * The words for values in the change history and the audit log: field labels, enum labels, dates,
 * names for ids, and one clause per changed field. `history-wording.ts` builds the sentence per kind
 * of record from these.
 */

/** Shown for an empty value. */
export const EMPTY_VALUE = '—';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  ...GOVERNANCE_FIELD_LABELS,
  ...ENGAGEMENT_FIELD_LABELS,
  active: 'active',
  activityId: 'linked activity',
  annualCostPerHead: 'cost per person a year ($)',
  count: 'people',
  isManager: 'manages people',
  reportsToId: 'reports to',
  title: 'title',
  adoptionWeeks: 'weeks to adoption',
  readinessWeights: 'readiness weights',
  checklist: 'readiness checklist',
  peopleInScope: 'people in scope',
  peopleTrained: 'people trained',
  sponsorName: 'local sponsor',
  plannedStart: 'planned start',
  plannedEnd: 'planned end',
  waveId: 'wave',
  override: 'went live before ready',
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
  format: 'format',
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
  attendeeIds: 'user',
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
  waveId: 'rolloutWave',
  typeId: 'requestType',
  mergedIntoId: 'request',
};

export const UNKNOWN_NAMES: Record<AuditReferenceKind, string> = {
  user: 'a former member',
  unit: 'a removed unit',
  program: 'a deleted program',
  pilot: 'a deleted pilot',
  successMetric: 'a removed success metric',
  measurementImport: 'a removed import',
  activity: 'a removed activity',
  plannedRole: 'a removed role',
  rolloutWave: 'a removed wave',
  requestType: 'a removed request type',
  request: 'a removed request',
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
  status: { ...IMPORT_STATUS_LABELS, ...PROGRAM_STATUS_LABELS, ...FORMER_ROLLOUT_STATUS_LABELS, ...PILOT_STATUS_LABELS, ...RAG_STATUS_LABELS, ...ACTION_ITEM_STATUS_LABELS },
  cadence: FORUM_CADENCE_LABELS,
  weekday: WEEKDAY_LABELS,
  format: { csv: 'CSV', xlsx: 'Excel (XLSX)', ...WEBHOOK_FORMAT_LABELS },
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
  fromStage: WAVE_UNIT_STAGE_LABELS,
  toStage: WAVE_UNIT_STAGE_LABELS,
  ...ENGAGEMENT_ENUM_LABELS,
};

// A placement inside a sentence ("placed Lead routing in the hub"); an emphasis by its label.
export const placePhrase = (value: unknown) => {
  const placement = PLACEMENTS.find((candidate) => candidate === value);
  return placement ? PLACEMENT_PLACES[placement] : 'an unknown place';
};
export const emphasisLabel = (value: unknown) => EMPHASIS_SCALE.find((step) => step.value === Number(value))?.label ?? EMPTY_VALUE;

const DATE_FIELDS = new Set(['dueOn', 'startsOn', 'plannedStart', 'plannedEnd', 'startDate', 'targetDate', 'endDate', 'weekStart', 'date', 'submittedOn', 'measuredOn', 'renewalDate', 'wishedOn', 'plannedMonth']);
// Free text reads as the new value only: "from … to …" of two paragraphs does not read.
export const LONG_TEXT_FIELDS = new Set(['notes', 'purpose', 'cancelledReason', 'note', 'objective', 'hypothesis', 'highlights', 'blockers', 'asksForHelp', 'commentary', 'rationale', 'lessonsLearned', 'text', 'reason', 'failure', 'gateOverrideReason', 'impact', 'declineReason', 'approvalNote']);

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** `2026-11-23` (or an ISO instant) → `Nov 23, 2026`; calendar days have no time zone, so UTC. */
export function formatAuditDay(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dayFormat.format(date);
}

export const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** One value as words: enum labels, readable dates, names for ids, Yes/No; `—` when empty. Never an id or a key. */
export function formatAuditValue(field: string, value: unknown, nameOf: AuditNameOf): string {
  if (field === 'checklist' && Array.isArray(value)) return checklistWords(value);
  if (field === 'readinessWeights' && typeof value === 'object' && value !== null) return weightWords(value as Record<string, unknown>);
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

// A unit's readiness checklist reads as how far it is; the items themselves are on the unit's card.
function checklistWords(items: readonly unknown[]): string {
  const done = items.filter((item) => typeof item === 'object' && item !== null && (item as { done?: unknown }).done === true).length;
  return `${done} of ${items.length} items done`;
}

const weightWords = (weights: Record<string, unknown>) => READINESS_PARTS.map((part) => `${READINESS_PART_LABELS[part]} ${Number(weights[part] ?? 0)}`).join(', ');

/** Fields that hold a score out of a fixed maximum: a check-in's confidence, an assessment cell's maturity. */
const SCORE_SCALES: Readonly<Record<string, number>> = { confidence: 5, maturity: 5 };

const LIST_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  comparisonUnitIds: ['comparison unit', 'comparison units'],
  unitIds: ['pilot unit', 'pilot units'],
  usingUnitIds: ['unit using it', 'units using it'],
  steeringMemberIds: ['steering committee member', 'steering committee members'],
  attendeeIds: ['attendee', 'attendees'],
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
  // "an attendee", but "a unit": the nouns here starting with u sound like "you".
  const article = /^[aeio]/i.test(one) ? 'an' : 'a';
  if (added.length > 0) parts.push(`added ${names(added)} as ${added.length === 1 ? `${article} ${one}` : many}`);
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
  if (change.field === 'checklist') return `changed the readiness checklist from ${value(change.from)} to ${value(change.to)}`;
  if (Array.isArray(change.from) || Array.isArray(change.to)) return listClause(change, nameOf);
  if (change.field === 'blocked' && typeof change.to === 'boolean') return change.to ? 'marked it blocked' : 'marked it no longer blocked';
  if (change.field === 'decides' && typeof change.to === 'boolean') return change.to ? 'claimed the decision' : 'gave up the decision';
  if (change.field === 'performer') return `changed who does it from ${value(change.from)} to ${value(change.to)}`;
  if (isEmpty(change.to)) return `cleared the ${label}`;
  if (LONG_TEXT_FIELDS.has(change.field)) return `changed the ${label} to “${value(change.to)}”`;
  if (isEmpty(change.from)) return `set the ${label} to ${value(change.to)}`;
  return `changed the ${label} from ${value(change.from)} to ${value(change.to)}`;
}
