import { Injectable } from '@nestjs/common';
import {
  auditRecordLabel,
  auditReferences,
  auditSentence,
  can,
  describeAuditEntry,
  id,
  localDate,
  parseInput,
  type Actor,
  type AuditChange,
  type AuditNameOf,
  type AuditRecordFacts,
  AUDIT_RECORD_TYPE_LABELS,
  escapeSpreadsheetCell,
} from '@rollout/domain';
import Papa from 'papaparse';
import { z } from 'zod';
import { ForbiddenError } from '../../common/errors/app-error.js';
import { AUDIT_RECORD_TYPES, AUDITED_TABLES, type AuditRecordType } from '../../database/audited-tables.js';
import type { AuditEntryConnectionModel, AuditEntryModel } from './audit-entry.model.js';
import { HistoryRepository, type AuditRow, type FactKind, type FactRow } from './history.repository.js';

const RECORD_TYPE_BY_TABLE = Object.fromEntries(Object.entries(AUDITED_TABLES).map(([type, entry]) => [entry.table, type])) as Record<string, AuditRecordType>;

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const asText = (value: unknown): string | null => (value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));

// The record an entry is about, as `recordFacts` looks it up (members and assignments are keyed by their user).
const FACT_KIND_BY_RECORD: Record<AuditRecordType, FactKind> = {
  program: 'program',
  program_unit: 'programUnit',
  program_member: 'user',
  unit: 'unit',
  user: 'user',
  unit_assignment: 'user',
  pilot: 'pilot',
  success_metric: 'successMetric',
  measurement: 'measurement',
  check_in: 'checkIn',
  decision: 'decision',
  lesson: 'lesson',
  organization: 'organization',
  phase_change: 'phaseChange',
  measurement_import: 'measurementImport',
  capability: 'capability',
  activity: 'activity',
  assessment_cell: 'assessmentCell',
  assessment_reminder: 'assessmentReminder',
  program_tool: 'programTool',
  assessment_baseline: 'assessmentBaseline',
  unit_staffing: 'unitStaffing',
  design_principle: 'designPrinciple',
  stakeholder_weights: 'stakeholderWeights',
  model_score: 'modelScore',
  company_profile: 'companyProfile',
  model_choice: 'modelChoice',
  activity_placement: 'activityPlacement',
  design_dimension_emphasis: 'designDimensionEmphasis',
  raci_matrix: 'raciMatrix',
  raci_domain: 'raciDomain',
  raci_role: 'raciRole',
  raci_cell: 'raciCell',
  planned_role: 'plannedRole',
  design_version: 'designVersion',
  rollout_plan: 'rolloutPlan',
  rollout_wave: 'rolloutWave',
  wave_unit: 'waveUnit',
  wave_unit_move: 'waveUnitMove',
  forum: 'forum',
  meeting: 'meeting',
  meeting_decision: 'meetingDecision',
  action_item: 'actionItem',
  webhook: 'webhook',
  request: 'request',
  request_type: 'requestType',
  backlog_settings: 'backlogSettings',
};

interface ReadRow {
  row: AuditRow;
  recordType: AuditRecordType;
  changes: AuditChange[];
}

function readRow(row: AuditRow): ReadRow {
  const changes = Object.entries(row.changes)
    .map(([column, change]) => ({ field: camel(column), from: change.from, to: change.to }))
    .sort((a, b) => a.field.localeCompare(b.field));
  return { row, recordType: RECORD_TYPE_BY_TABLE[row.table_name] ?? 'program', changes };
}

function recordFacts(fact: FactRow | undefined): AuditRecordFacts {
  if (!fact) return {};
  return { name: fact.name, unitName: fact.unit_name, pilotName: fact.pilot_name, metricName: fact.metric_name, day: fact.day };
}

/** Largest pages of a record's history and of the audit log. */
export const MAX_RECORD_HISTORY_PAGE = 200;
export const MAX_AUDIT_LOG_PAGE = 100;

const historySchema = z.object({ recordId: id, first: z.number().int().min(1).max(MAX_RECORD_HISTORY_PAGE).default(100) });
const logSchema = z
  .object({
    actorId: id.optional(),
    recordType: z.enum(AUDIT_RECORD_TYPES as [AuditRecordType, ...AuditRecordType[]]).optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    first: z.number().int().min(1).max(MAX_AUDIT_LOG_PAGE).default(50),
    after: z.string().regex(/^\d{1,18}$/, 'This page cursor is not valid; reload the list.').optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The end date must be on or after the start date.', path: ['to'] });

/** Columns of the audit-log CSV, in order. */
export const AUDIT_LOG_CSV_COLUMNS = ['time', 'user', 'change', 'record_type', 'record', 'program'] as const;
// The most rows one export holds, read in pages of EXPORT_PAGE (two statements each).
const EXPORT_MAX_ROWS = 50_000;
const EXPORT_PAGE = 500;

/** Reads the trigger-written audit log: per record (history panels) and org-wide (admin search). */
@Injectable()
export class HistoryService {
  constructor(private readonly history: HistoryRepository) {}

  /**
   * The latest changes to one record, oldest first. A program's include its rollout units, members
   * and pilots, but not single measurements: an import writes thousands, each has its own history.
   */
  async forRecord(actor: Actor, recordType: AuditRecordType, input: { recordId: string; first?: number | null }): Promise<AuditEntryModel[]> {
    // Account records carry personal data: only admins read their history (checked before the input).
    if (!can(actor, 'history.read', { recordType })) throw new ForbiddenError();
    const { recordId, first } = parseInput(historySchema, input);
    const rows = (await this.history.forRecord(actor.orgId, recordType, recordId, first)).reverse();
    return this.describe(actor.orgId, rows);
  }

  /** The organization's whole log, newest first, filtered and keyset-paged by id. */
  async search(actor: Actor, input: unknown): Promise<AuditEntryConnectionModel> {
    const filter = parseInput(logSchema, input);
    const { first, ...narrowed } = filter;
    const rows = await this.history.search(actor.orgId, narrowed, first + 1);
    const page = await this.describe(actor.orgId, rows.slice(0, first));
    return { nodes: page, endCursor: rows.length > first ? (page.at(-1)?.id ?? null) : null };
  }

  /**
   * The filtered log as CSV, newest first (at most EXPORT_MAX_ROWS rows), worded like the log page;
   * every text cell escaped against formula injection.
   */
  async exportCsv(actor: Actor, input: unknown): Promise<Buffer> {
    const { first: _pageSize, ...filter } = parseInput(logSchema, input);
    const data: string[][] = [];
    let after: string | undefined;
    while (data.length < EXPORT_MAX_ROWS) {
      const rows = await this.history.search(actor.orgId, { ...filter, after }, Math.min(EXPORT_PAGE, EXPORT_MAX_ROWS - data.length));
      for (const entry of await this.describe(actor.orgId, rows)) {
        const who = entry.actorName ?? 'System';
        data.push(
          [entry.at.toISOString(), who, `${who} ${entry.summary}`, AUDIT_RECORD_TYPE_LABELS[entry.recordType], entry.recordLabel, entry.program?.name ?? null].map(
            escapeSpreadsheetCell,
          ),
        );
      }
      if (rows.length < EXPORT_PAGE) break;
      after = rows.at(-1)?.id;
    }
    return Buffer.from(Papa.unparse({ fields: [...AUDIT_LOG_CSV_COLUMNS], data }, { newline: '\r\n' }), 'utf8');
  }

  /**
   * Words a page of entries: the records they are about and every id their changes refer to are
   * named in one batch (one statement per page, whatever its size), then the domain's wording runs.
   */
  private async describe(orgId: string, rows: readonly AuditRow[]): Promise<AuditEntryModel[]> {
    const read = rows.map(readRow);
    const ids: Partial<Record<FactKind, string[]>> = {};
    const want = (kind: FactKind, recordId: string) => (ids[kind] ??= []).push(recordId);
    for (const entry of read) {
      want(FACT_KIND_BY_RECORD[entry.recordType], entry.row.record_id);
      if (entry.row.actor_id) want('user', entry.row.actor_id);
      for (const ref of auditReferences(entry)) want(ref.kind, ref.id);
    }
    const facts = new Map((await this.history.recordFacts(orgId, ids)).map((fact) => [`${fact.kind}:${fact.id}`, fact]));
    const nameOf: AuditNameOf = (kind, refId) => {
      const fact = facts.get(`${kind}:${refId}`);
      return fact?.name ?? fact?.unit_name ?? undefined;
    };
    return read.map(({ row, recordType, changes }) => {
      const fact = facts.get(`${FACT_KIND_BY_RECORD[recordType]}:${row.record_id}`);
      const entry = { operation: row.op, recordType, recordId: row.record_id, actorId: row.actor_id, changes };
      const recordLabel = auditRecordLabel(entry, recordFacts(fact), nameOf);
      const described = describeAuditEntry(entry, recordLabel, nameOf);
      const programId = row.program_id ?? fact?.program_id ?? null;
      const programName = row.program_name ?? fact?.program_name ?? null;
      return {
        id: row.id,
        at: row.at,
        operation: row.op,
        recordType,
        recordId: row.record_id,
        actorId: row.actor_id,
        actorName: row.actor_id ? (nameOf('user', row.actor_id) ?? null) : null,
        changes: changes.map((change) => ({ field: change.field, from: asText(change.from), to: asText(change.to) })),
        recordLabel,
        program: programId && programName ? { id: programId, name: programName } : null,
        ...described,
        summary: auditSentence(described),
      };
    });
  }
}
