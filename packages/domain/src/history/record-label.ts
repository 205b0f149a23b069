import { DESIGN_DIMENSION_KEYS } from '../design/placement.js';
import { METRIC_CATALOG } from '../metrics/metric-catalog.js';
import type { AuditChange, AuditEntryFacts, AuditNameOf, AuditRecordFacts } from './history.types.js';
import { rolloutRecordLabel } from './rollout-wording.js';
import { governanceRecordLabel } from './governance-wording.js';
import { engagementRecordLabel } from './engagement-wording.js';
import { AUDIT_REFERENCE_FIELDS, formatAuditDay, formatAuditValue, isEmpty, UNKNOWN_NAMES } from './audit-values.js';

// What each kind of audited record is called in the history and the audit log, and the helpers
// that read an entry's own changes (history-wording.ts builds the sentences with them).

const AUDIT_RECORD_NOUNS = {
  program: 'program',
  unit: 'unit',
  pilot: 'pilot',
  success_metric: 'success metric',
  organization: 'organization',
} as const;

export function changed(entry: AuditEntryFacts, field: string): AuditChange | undefined {
  return entry.changes.find((change) => change.field === field);
}

export function textOf(entry: AuditEntryFacts, field: string): string | null {
  const change = changed(entry, field);
  const value = change ? (isEmpty(change.to) ? change.from : change.to) : null;
  return typeof value === 'string' && value ? value : null;
}

export function nameFromField(entry: AuditEntryFacts, field: string, nameOf: AuditNameOf): string | null {
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
    case 'rollout_plan':
    case 'rollout_wave':
    case 'wave_unit':
    case 'wave_unit_move':
      return rolloutRecordLabel(entry.recordType, facts);
    case 'forum':
    case 'meeting':
    case 'meeting_decision':
    case 'action_item':
    case 'webhook':
      return governanceRecordLabel(entry.recordType, facts, (field) => textOf(entry, field));
    case 'request':
    case 'request_type':
    case 'backlog_settings':
      return engagementRecordLabel(entry.recordType, facts, (field) => textOf(entry, field));
    case 'design_version': {
      // The server carries the version's number in the metric column; the entry itself has it when it was created.
      const recorded = changed(entry, 'number');
      const number = facts.metricName ?? recorded?.to ?? recorded?.from;
      return `version ${typeof number === 'string' || typeof number === 'number' ? number : '?'} of the design of ${facts.name ?? nameFromField(entry, 'programId', nameOf) ?? UNKNOWN_NAMES.program}`;
    }
  }
}
