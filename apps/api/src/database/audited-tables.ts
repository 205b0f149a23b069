import type { AuditRecordType as DomainAuditRecordType } from '@rollout/domain';

/**
 * The one list of audited tables: each kind of record people can read the history of, and the
 * table whose AFTER ROW trigger (`audit_row()`) writes it to `audit_event`. The history feature
 * reads it (record types and what a program's history holds), migrations attach the triggers from
 * it (`attachAuditTriggers` in audit-triggers.ts), and a contract test checks it against the
 * triggers in the database: a table gains a trigger by an entry here and a migration that calls
 * `attachAuditTriggers` after creating it. `ignoredColumns` are left out of the recorded changes
 * (file contents, progress counters), on top of the bookkeeping columns every table ignores.
 */
export interface AuditedTable {
  readonly table: string;
  readonly inProgramHistory: boolean;
  readonly ignoredColumns?: readonly string[];
}

export const AUDITED_TABLES = {
  program: { table: 'program', inProgramHistory: true },
  program_unit: { table: 'program_unit', inProgramHistory: true },
  program_member: { table: 'program_member', inProgramHistory: true },
  unit: { table: 'unit', inProgramHistory: false },
  user: { table: 'app_user', inProgramHistory: false },
  unit_assignment: { table: 'user_unit', inProgramHistory: false },
  pilot: { table: 'pilot', inProgramHistory: true },
  success_metric: { table: 'success_metric', inProgramHistory: true },
  // An import writes thousands of values, each with its own history: a program's history leaves them out.
  measurement: { table: 'measurement', inProgramHistory: false },
  check_in: { table: 'check_in', inProgramHistory: true },
  decision: { table: 'decision', inProgramHistory: true },
  lesson: { table: 'lesson', inProgramHistory: true },
  organization: { table: 'organization', inProgramHistory: false },
  // A phase move with who moved it and why; the program's history shows it instead of the program row's bare phase update.
  phase_change: { table: 'program_phase_change', inProgramHistory: true, ignoredColumns: ['changed_at'] },
  // The file itself and the progress counter are not history: the upload, its status and its totals are.
  // Every new program gets 22 catalog rows: in its history they would bury what people did. Each keeps its own history.
  capability: { table: 'capability', inProgramHistory: false },
  activity: { table: 'activity', inProgramHistory: false },
  assessment_cell: { table: 'assessment_cell', inProgramHistory: true },
  assessment_reminder: { table: 'assessment_reminder', inProgramHistory: true, ignoredColumns: ['sent_at'] },
  measurement_import: { table: 'measurement_import', inProgramHistory: false, ignoredColumns: ['content', 'rows_processed', 'lease_owner', 'lease_expires_at', 'commit_plan'] },
  program_tool: { table: 'program_tool', inProgramHistory: true },
  assessment_baseline: { table: 'assessment_baseline', inProgramHistory: true },
  unit_staffing: { table: 'unit_staffing', inProgramHistory: true },
  design_principle: { table: 'design_principle', inProgramHistory: true },
  stakeholder_weights: { table: 'stakeholder_weights', inProgramHistory: true },
  model_score: { table: 'model_score', inProgramHistory: true },
  company_profile: { table: 'company_profile', inProgramHistory: true },
  model_choice: { table: 'operating_model_choice', inProgramHistory: true },
  activity_placement: { table: 'activity_placement', inProgramHistory: true },
  design_dimension_emphasis: { table: 'design_dimension_emphasis', inProgramHistory: true },
  // A RACI's first change stores its 19 default domains and roles: like the catalog, they keep their own history out of the program's.
  raci_matrix: { table: 'raci_matrix', inProgramHistory: true },
  raci_domain: { table: 'raci_domain', inProgramHistory: false },
  raci_role: { table: 'raci_role', inProgramHistory: false },
  raci_cell: { table: 'raci_cell', inProgramHistory: true },
  planned_role: { table: 'planned_role', inProgramHistory: true },
  // What was signed is the snapshot: the sign-off's history is who, when and the note; the versions view tells what changed.
  design_version: { table: 'design_version', inProgramHistory: true, ignoredColumns: ['snapshot'] },
  rollout_plan: { table: 'rollout_plan', inProgramHistory: true },
  rollout_wave: { table: 'rollout_wave', inProgramHistory: true },
  // A unit's stage changes are its moves (with who and why): the wave unit's own history keeps the rest.
  wave_unit: { table: 'wave_unit', inProgramHistory: true, ignoredColumns: ['stage', 'blocked_from', 'baselines'] },
  wave_unit_move: { table: 'wave_unit_move', inProgramHistory: true, ignoredColumns: ['moved_at'] },
  forum: { table: 'forum', inProgramHistory: true },
  // The agenda is regenerated from the program's state and edited freely before the meeting: the meeting's history is what happened to it.
  meeting: { table: 'meeting', inProgramHistory: true, ignoredColumns: ['agenda', 'agenda_generated_at'] },
  meeting_decision: { table: 'meeting_decision', inProgramHistory: true },
  action_item: { table: 'action_item', inProgramHistory: true },
  // Its secret signs deliveries and is never shown again, history included.
  webhook: { table: 'webhook', inProgramHistory: true, ignoredColumns: ['secret'] },
  request: { table: 'revops_request', inProgramHistory: true },
  // Like the catalog, every program starts with the default types: their creation would crowd its history.
  request_type: { table: 'request_type', inProgramHistory: false },
  backlog_settings: { table: 'backlog_settings', inProgramHistory: true, ignoredColumns: ['inbound_secret'] },
} as const satisfies Record<DomainAuditRecordType, AuditedTable>;

export type AuditRecordType = keyof typeof AUDITED_TABLES;
export const AUDIT_RECORD_TYPES = Object.keys(AUDITED_TABLES) as AuditRecordType[];

/**
 * Business tables with no audit trigger, and why; the contract test fails on any other table
 * that carries an `org_id` (or is the organization itself) without a trigger.
 */
export const NOT_AUDITED: Record<string, string> = {
  notification: 'A message to one person about a record that keeps its own history; read marks are theirs alone.',
  notification_preference: 'A person’s own choice of what to hear about, not a change to anything they work on.',
  webhook_delivery: 'Itself a log (each attempt’s status, response code and duration), kept by the job that posts it.',
  request_requester: 'Who asked for a request: set when it is filed and when a duplicate is merged into it, both of which the request’s own history records.',
  calendar_feed: 'A user’s secret calendar address, kept as a hash: its history would be hashes, and making a new one revokes the old.',
  org_data_version: 'A counter every audited change moves (the response cache’s key): its history would be the audit log again.',
  org_directory_version: 'A counter changes to units and people move (a key of views that show their names): its history would be theirs again.',
};
