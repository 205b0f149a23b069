import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditOperation } from '@rollout/domain';
import { AUDITED_TABLES, type AuditRecordType } from '../../database/audited-tables.js';

/** One row of `audit_event`, as the trigger wrote it. */
export interface AuditRow {
  id: string;
  at: Date;
  op: AuditOperation;
  table_name: string;
  record_id: string;
  actor_id: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
  program_id: string | null;
  /** The program's name, when the row belongs to one that still exists. */
  program_name: string | null;
}

/** Kinds of record `recordFacts` can look up, each by a list of ids. */
export const FACT_KINDS = [
  'user',
  'unit',
  'program',
  'pilot',
  'successMetric',
  'measurementImport',
  'programUnit',
  'checkIn',
  'measurement',
  'decision',
  'lesson',
  'phaseChange',
  'organization',
  'capability',
  'activity',
  'assessmentCell',
  'assessmentReminder',
  'programTool',
  'assessmentBaseline',
  'unitStaffing',
  'designPrinciple',
  'stakeholderWeights',
  'modelScore',
  'companyProfile',
  'modelChoice',
  'activityPlacement',
  'designDimensionEmphasis',
  'raciMatrix',
  'raciDomain',
  'raciRole',
  'raciCell',
  'plannedRole',
  'designVersion',
  'rolloutPlan',
  'rolloutWave',
  'waveUnit',
  'waveUnitMove',
  'forum',
  'meeting',
  'meetingDecision',
  'actionItem',
  'webhook',
  'request',
  'requestType',
  'backlogSettings',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** What one record is called and what it belongs to, for wording audit entries. */
export interface FactRow {
  kind: FactKind;
  id: string;
  name: string | null;
  unit_name: string | null;
  pilot_name: string | null;
  metric_name: string | null;
  day: string | null;
  program_id: string | null;
  program_name: string | null;
}

// One SELECT per kind, joined into one statement: a page of entries is named in a single round trip.
const FACT_SELECTS: Record<FactKind, string> = {
  user: `SELECT id, name, NULL, NULL, NULL, NULL, NULL::uuid, NULL FROM app_user WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  unit: `SELECT id, name, NULL, NULL, NULL, NULL, NULL::uuid, NULL FROM unit WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  program: `SELECT id, name, NULL, NULL, NULL, NULL, id, name FROM program WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  pilot: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM pilot WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  successMetric: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM success_metric WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  measurementImport: `SELECT i.id, i.file_name, NULL, p.name, NULL, NULL, p.program_id, pr.name FROM measurement_import i
    JOIN pilot p ON p.id = i.pilot_id JOIN program pr ON pr.id = p.program_id WHERE i.org_id = $1 AND i.id = ANY($2::uuid[])`,
  programUnit: `SELECT pu.id, NULL, u.name, NULL, NULL, NULL, pu.program_id, NULL FROM program_unit pu
    JOIN unit u ON u.id = pu.unit_id WHERE pu.org_id = $1 AND pu.id = ANY($2::uuid[])`,
  checkIn: `SELECT c.id, NULL, u.name, p.name, NULL, c.week_start::text, c.program_id, NULL FROM check_in c
    JOIN unit u ON u.id = c.unit_id JOIN pilot p ON p.id = c.pilot_id WHERE c.org_id = $1 AND c.id = ANY($2::uuid[])`,
  measurement: `SELECT m.id, NULL, u.name, p.name, sm.name, m.date::text, m.program_id, NULL FROM measurement m
    JOIN unit u ON u.id = m.unit_id JOIN pilot p ON p.id = m.pilot_id JOIN success_metric sm ON sm.id = m.metric_id
    WHERE m.org_id = $1 AND m.id = ANY($2::uuid[])`,
  decision: `SELECT d.id, NULL, NULL, p.name, NULL, NULL, d.program_id, NULL FROM decision d
    JOIN pilot p ON p.id = d.pilot_id WHERE d.org_id = $1 AND d.id = ANY($2::uuid[])`,
  // A lesson is named by its activity.
  lesson: `SELECT l.id, a.name, NULL, NULL, NULL, NULL, l.program_id, NULL FROM lesson l
    JOIN activity a ON a.id = l.activity_id WHERE l.org_id = $1 AND l.id = ANY($2::uuid[])`,
  phaseChange: `SELECT pc.id, pr.name, NULL, NULL, NULL, NULL, pc.program_id, pr.name FROM program_phase_change pc
    JOIN program pr ON pr.id = pc.program_id WHERE pc.org_id = $1 AND pc.id = ANY($2::uuid[])`,
  organization: `SELECT id, name, NULL, NULL, NULL, NULL, NULL::uuid, NULL FROM organization WHERE id = $1 AND id = ANY($2::uuid[])`,
  capability: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM capability WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  activity: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM activity WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  // A cell is named by its activity; its unit (none = the central team) goes in unit_name.
  assessmentCell: `SELECT c.id, a.name, COALESCE(u.name, 'Central team'), NULL, NULL, NULL, c.program_id, NULL FROM assessment_cell c
    JOIN activity a ON a.id = c.activity_id LEFT JOIN unit u ON u.id = c.unit_id WHERE c.org_id = $1 AND c.id = ANY($2::uuid[])`,
  assessmentReminder: `SELECT r.id, NULL, u.name, NULL, NULL, NULL, r.program_id, NULL FROM assessment_reminder r
    JOIN unit u ON u.id = r.unit_id WHERE r.org_id = $1 AND r.id = ANY($2::uuid[])`,
  programTool: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM program_tool WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  // The metric column carries the catalog key: the domain's wording names it from the catalog.
  assessmentBaseline: `SELECT b.id, NULL, u.name, NULL, b.catalog_key, NULL, b.program_id, NULL FROM assessment_baseline b
    LEFT JOIN unit u ON u.id = b.unit_id WHERE b.org_id = $1 AND b.id = ANY($2::uuid[])`,
  unitStaffing: `SELECT s.id, NULL, u.name, NULL, NULL, NULL, s.program_id, NULL FROM unit_staffing s
    JOIN unit u ON u.id = s.unit_id WHERE s.org_id = $1 AND s.id = ANY($2::uuid[])`,
  designPrinciple: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM design_principle WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  stakeholderWeights: `SELECT id, stakeholder, NULL, NULL, NULL, NULL, program_id, NULL FROM stakeholder_weights WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  // The metric column carries the model's key: the domain's wording names it.
  modelScore: `SELECT s.id, dp.name, NULL, NULL, s.model::text, NULL, s.program_id, NULL FROM model_score s
    JOIN design_principle dp ON dp.id = s.principle_id WHERE s.org_id = $1 AND s.id = ANY($2::uuid[])`,
  companyProfile: `SELECT cp.id, pr.name, NULL, NULL, NULL, NULL, cp.program_id, pr.name FROM company_profile cp
    JOIN program pr ON pr.id = cp.program_id WHERE cp.org_id = $1 AND cp.id = ANY($2::uuid[])`,
  modelChoice: `SELECT c.id, pr.name, NULL, NULL, NULL, NULL, c.program_id, pr.name FROM operating_model_choice c
    JOIN program pr ON pr.id = c.program_id WHERE c.org_id = $1 AND c.id = ANY($2::uuid[])`,
  // A placement is named by its activity (which it keeps for life), read from the placement's first entry, so
  // that the entries of a placement cleared since still name it.
  activityPlacement: `SELECT e.record_id, a.name, NULL, NULL, NULL, NULL, e.program_id, NULL FROM audit_event e
    JOIN activity a ON a.id = (e.changes -> 'activity_id' ->> 'to')::uuid
    WHERE e.org_id = $1 AND e.table_name = 'activity_placement' AND e.op = 'insert' AND e.record_id = ANY($2::uuid[])`,
  // The metric column carries the dimension's key: the domain's wording names it.
  designDimensionEmphasis: `SELECT id, NULL, NULL, NULL, dimension::text, NULL, program_id, NULL FROM design_dimension_emphasis WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  raciMatrix: `SELECT m.id, pr.name, NULL, NULL, NULL, NULL, m.program_id, pr.name FROM raci_matrix m
    JOIN program pr ON pr.id = m.program_id WHERE m.org_id = $1 AND m.id = ANY($2::uuid[])`,
  raciDomain: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM raci_domain WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  raciRole: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM raci_role WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  // A cell is named by its domain and, in the metric column, its role, read from its first entry: a cleared cell has no row, its domain and role stay.
  raciCell: `SELECT e.record_id, d.name, NULL, NULL, r.name, NULL, d.program_id, NULL FROM audit_event e
    JOIN raci_domain d ON d.id = (e.changes -> 'domain_id' ->> 'to')::uuid JOIN raci_role r ON r.id = (e.changes -> 'role_id' ->> 'to')::uuid
    WHERE e.org_id = $1 AND e.table_name = 'raci_cell' AND e.op = 'insert' AND e.record_id = ANY($2::uuid[])`,
  // A planned role is named by its title; its team (none = the hub) goes in unit_name.
  plannedRole: `SELECT r.id, r.title, COALESCE(u.name, 'Hub'), NULL, NULL, NULL, r.program_id, NULL FROM planned_role r
    LEFT JOIN unit u ON u.id = r.unit_id WHERE r.org_id = $1 AND r.id = ANY($2::uuid[])`,
  // The metric column carries the version's number.
  designVersion: `SELECT v.id, pr.name, NULL, NULL, v.number::text, NULL, v.program_id, pr.name FROM design_version v
    JOIN program pr ON pr.id = v.program_id WHERE v.org_id = $1 AND v.id = ANY($2::uuid[])`,
  // A plan is named by its program; the pilot it scales goes in pilot_name.
  rolloutPlan: `SELECT rp.id, pr.name, NULL, p.name, NULL, NULL, rp.program_id, pr.name FROM rollout_plan rp
    JOIN program pr ON pr.id = rp.program_id JOIN pilot p ON p.id = rp.pilot_id WHERE rp.org_id = $1 AND rp.id = ANY($2::uuid[])`,
  rolloutWave: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM rollout_wave WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  // A unit in a wave, and each of its moves, are named by the wave, with the unit in unit_name.
  waveUnit: `SELECT wu.id, w.name, u.name, NULL, NULL, NULL, wu.program_id, NULL FROM wave_unit wu
    JOIN rollout_wave w ON w.id = wu.wave_id JOIN unit u ON u.id = wu.unit_id WHERE wu.org_id = $1 AND wu.id = ANY($2::uuid[])`,
  waveUnitMove: `SELECT m.id, w.name, u.name, NULL, NULL, NULL, m.program_id, NULL FROM wave_unit_move m JOIN wave_unit wu ON wu.id = m.wave_unit_id
    JOIN rollout_wave w ON w.id = wu.wave_id JOIN unit u ON u.id = wu.unit_id WHERE m.org_id = $1 AND m.id = ANY($2::uuid[])`,
  forum: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM forum WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  // A meeting is named by its forum and the day its schedule gives it.
  meeting: `SELECT m.id, f.name, NULL, NULL, NULL, m.occurs_on::text, m.program_id, NULL FROM meeting m JOIN forum f ON f.id = m.forum_id WHERE m.org_id = $1 AND m.id = ANY($2::uuid[])`,
  meetingDecision: `SELECT id, title, NULL, NULL, NULL, NULL, program_id, NULL FROM meeting_decision WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  actionItem: `SELECT id, title, NULL, NULL, NULL, NULL, program_id, NULL FROM action_item WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  webhook: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM webhook WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  request: `SELECT id, 'REQ-' || number || ' ' || problem, NULL, NULL, NULL, NULL, program_id, NULL FROM revops_request WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  requestType: `SELECT id, name, NULL, NULL, NULL, NULL, program_id, NULL FROM request_type WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  // The settings are named by their program.
  backlogSettings: `SELECT s.id, pr.name, NULL, NULL, NULL, NULL, s.program_id, pr.name FROM backlog_settings s JOIN program pr ON pr.id = s.program_id WHERE s.org_id = $1 AND s.id = ANY($2::uuid[])`,
};

/** What the organization-wide log may be narrowed by; `after` is the id the previous page ended with. */
export interface AuditLogFilter {
  actorId?: string;
  recordType?: AuditRecordType;
  from?: string;
  to?: string;
  after?: string;
}

const COLUMNS = 'e.id, e.at, e.op, e.table_name, e.record_id, e.actor_id, e.changes, e.program_id, p.name AS program_name';
const FROM = 'audit_event e LEFT JOIN program p ON p.id = e.program_id';
const PROGRAM_HISTORY_TABLES = Object.values(AUDITED_TABLES)
  .filter((entry) => entry.inProgramHistory)
  .map((entry) => entry.table);

/** The history feature's SQL: reading the trigger-written audit log (never writing it). */
@Injectable()
export class HistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The latest `first` changes to one record, newest first; a program's include those of its children that belong in its history. */
  async forRecord(orgId: string, recordType: AuditRecordType, recordId: string, first: number): Promise<AuditRow[]> {
    if (recordType === 'program') {
      return this.dataSource.query(
        // A phase move is told by its phase change (who, from what, why): the program row's bare phase update would repeat it.
        // The tables are bound as values, so the planner sees that measured values are left out and reads ix_audit_event_program_history.
        `SELECT ${COLUMNS} FROM ${FROM} WHERE e.org_id = $1 AND e.program_id = $2 AND e.table_name = ANY($3::text[])
           AND NOT (e.table_name = 'program' AND e.op = 'update' AND e.changes - 'phase' = '{}'::jsonb)
         ORDER BY e.id DESC LIMIT $4`,
        [orgId, recordId, PROGRAM_HISTORY_TABLES, first],
      );
    }
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE e.org_id = $1 AND e.table_name = $2 AND e.record_id = $3 ORDER BY e.id DESC LIMIT $4`,
      [orgId, AUDITED_TABLES[recordType].table, recordId, first],
    );
  }

  /** The organization's whole log, newest first, filtered, `limit` rows from before `after`. */
  async search(orgId: string, filter: AuditLogFilter, limit: number): Promise<AuditRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE e.org_id = $1
          AND ($2::uuid IS NULL OR e.actor_id = $2)
          AND ($3::text IS NULL OR e.table_name = $3)
          AND ($4::date IS NULL OR e.at >= $4::date)
          AND ($5::date IS NULL OR e.at < $5::date + 1)
          AND ($6::bigint IS NULL OR e.id < $6)
        ORDER BY e.id DESC LIMIT $7`,
      [orgId, filter.actorId ?? null, filter.recordType ? AUDITED_TABLES[filter.recordType].table : null, filter.from ?? null, filter.to ?? null, filter.after ?? null, limit],
    );
  }

  /**
   * Names and context of the records a page of entries refers to, every kind in one statement:
   * each kind's ids go in as one array parameter, so the statement count does not grow with the page.
   */
  async recordFacts(orgId: string, ids: Partial<Record<FactKind, readonly string[]>>): Promise<FactRow[]> {
    const kinds = FACT_KINDS.filter((kind) => (ids[kind]?.length ?? 0) > 0);
    if (kinds.length === 0) return [];
    const parts = kinds.map(
      (kind, index) =>
        `SELECT '${kind}' AS kind, f.* FROM (${FACT_SELECTS[kind].replace('$2', () => `$${index + 2}`)}) AS f(id, name, unit_name, pilot_name, metric_name, day, program_id, program_name)`,
    );
    return this.dataSource.query(parts.join('\nUNION ALL\n'), [orgId, ...kinds.map((kind) => [...new Set(ids[kind])])]);
  }
}
