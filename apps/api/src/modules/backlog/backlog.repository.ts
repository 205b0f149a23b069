import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_REQUEST_TYPES, type ApprovalStatus, type Framework, type Placement, type RequestStatus } from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { BacklogSettingsEntity } from './backlog-settings.entity.js';
import { RequestRequesterEntity } from './request-requester.entity.js';
import { RequestTypeEntity } from './request-type.entity.js';

/** A request as the backlog reads it: its row with the names it shows and what decides its team and approval. */
export interface RequestRow {
  id: string;
  version: number;
  program_id: string;
  number: number;
  type_id: string;
  type_name: string;
  triage_days: number;
  deliver_days: number;
  unit_id: string;
  unit_name: string;
  activity_id: string | null;
  activity_name: string | null;
  capability_name: string | null;
  placement: Placement | null;
  problem: string;
  impact: string;
  wished_on: string | null;
  status: RequestStatus;
  filed_by_id: string;
  filed_by_name: string;
  created_at: Date;
  effort_days: string | null;
  reach: number | null;
  impact_score: string | null;
  confidence: number | null;
  business_value: number | null;
  time_criticality: number | null;
  risk_reduction: number | null;
  triaged_at: Date | null;
  planned_month: string | null;
  delivered_at: Date | null;
  decline_reason: string;
  merged_into_id: string | null;
  merged_into_number: number | null;
  approval: ApprovalStatus | null;
  approved_by_name: string | null;
  approval_note: string;
  standard_domain: string | null;
  standard_role: string | null;
  raised_title: string | null;
  raised_at: Date | null;
  raised_forum: string | null;
  requester_count: number;
  /** Who asked for it (the filer, and the filers of duplicates merged into it). */
  requester_ids: string[];
}

/** A roadmap item across programs, for what the RevOps function is delivering. */
export interface DeliveringRow {
  id: string;
  program_id: string;
  program_name: string;
  number: number;
  problem: string;
  type_name: string;
  unit_id: string;
  unit_name: string;
  placement: Placement | null;
  planned_month: string;
  status: 'committed' | 'in_progress' | 'delivered';
  effort_days: string | null;
  requester_count: number;
}

// Open requests of an organization's active programs ($1) past a service level on a day ($2).
const BREACHED_REQUESTS = `revops_request r JOIN program p ON p.id = r.program_id AND p.archived_at IS NULL JOIN request_type t ON t.id = r.type_id
  WHERE r.org_id = $1 AND r.status IN ('new', 'triaged', 'committed', 'in_progress')
    AND ((r.triaged_at IS NULL AND r.created_at::date + t.triage_days < $2::date) OR (r.delivered_at IS NULL AND r.created_at::date + t.deliver_days < $2::date))`;

/**
 * An open request past a service level, with what the domain's rule reads to word its breach: its
 * steps' calendar days (as the SQL that found it counts them) and targets. Its problem and type name
 * are read for the few listed.
 */
export interface BreachCandidateRow {
  id: string;
  program_id: string;
  program_name: string;
  number: number;
  status: RequestStatus;
  triage_days: number;
  deliver_days: number;
  filed_on: string;
  triaged_on: string | null;
  delivered_on: string | null;
}

export interface RequesterRow {
  request_id: string;
  user_id: string;
  user_name: string;
  unit_id: string;
  unit_name: string;
}

export interface BacklogRecords {
  programId: string;
  settings: { version: number; framework: Framework; focusDaysPerPersonMonth: number; inboundConfigured: boolean };
  types: RequestTypeEntity[];
  requests: RequestRow[];
  /** Program units by name: the spokes a request can be for. */
  units: { id: string; name: string }[];
  /** Planned heads per team (`hub` or a unit id), from the design's headcount. */
  heads: Map<string, number>;
}

const DEFAULT_SETTINGS = { version: 0, framework: 'rice' as const, focusDaysPerPersonMonth: 12, inboundConfigured: false };

// The standard a request touches: a RACI domain of its activity whose Accountable role sits with the hub.
const REQUEST_SELECT = `
  SELECT r.id, r.version, r.program_id, r.number, r.type_id, t.name AS type_name, t.triage_days, t.deliver_days,
         r.unit_id, u.name AS unit_name, r.activity_id, a.name AS activity_name, c.name AS capability_name, ap.placement::text AS placement,
         r.problem, r.impact, r.wished_on::text AS wished_on, r.status::text AS status, r.filed_by_id, fb.name AS filed_by_name, r.created_at,
         r.effort_days, r.reach, r.impact_score, r.confidence, r.business_value, r.time_criticality, r.risk_reduction,
         r.triaged_at, r.planned_month::text AS planned_month, r.delivered_at, r.decline_reason, r.merged_into_id,
         -- Looked up for the few merged requests, not hashed from the organization's every request.
         (SELECT mi.number FROM revops_request mi WHERE mi.id = r.merged_into_id) AS merged_into_number,
         r.approval::text AS approval, ab.name AS approved_by_name, r.approval_note,
         std.domain_name AS standard_domain, std.role_name AS standard_role,
         md.title AS raised_title, md.decided_at AS raised_at, f.name AS raised_forum,
         (SELECT count(*)::int FROM request_requester rr WHERE rr.request_id = r.id) AS requester_count,
         ARRAY(SELECT rr.user_id FROM request_requester rr WHERE rr.request_id = r.id) AS requester_ids
    FROM revops_request r
    JOIN request_type t ON t.id = r.type_id
    JOIN unit u ON u.id = r.unit_id
    JOIN app_user fb ON fb.id = r.filed_by_id
    LEFT JOIN activity a ON a.id = r.activity_id
    LEFT JOIN capability c ON c.id = a.capability_id
    LEFT JOIN activity_placement ap ON ap.activity_id = r.activity_id
    LEFT JOIN app_user ab ON ab.id = r.approved_by_id
    LEFT JOIN meeting_decision md ON md.id = r.raised_by_decision_id
    LEFT JOIN meeting m ON m.id = md.meeting_id
    LEFT JOIN forum f ON f.id = m.forum_id
    LEFT JOIN LATERAL (
      SELECT d.name AS domain_name, ro.name AS role_name FROM raci_domain d
        JOIN raci_cell ce ON ce.domain_id = d.id AND ce.value = 'A'
        JOIN raci_role ro ON ro.id = ce.role_id AND ro.side = 'hub'
       WHERE d.activity_id = r.activity_id ORDER BY d.position LIMIT 1
    ) std ON true`;

/** The backlog's SQL: settings, types, requests with everything their view derives from, requesters. */
@Injectable()
export class BacklogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each program's backlog, in key order: six statements however many programs. */
  async recordsFor(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<BacklogRecords[]> {
    const ids = [...programIds];
    const [settings, types, requests, units, heads] = await Promise.all([
      em.query<{ program_id: string; version: number; framework: Framework; focus_days_per_person_month: string; inbound: boolean }[]>(
        `SELECT program_id, version, framework::text AS framework, focus_days_per_person_month, inbound_secret IS NOT NULL AS inbound FROM backlog_settings WHERE program_id = ANY($1::uuid[])`,
        [ids],
      ),
      em.query<RequestTypeEntity[]>(
        `SELECT id, org_id AS "orgId", version, program_id AS "programId", name, triage_days AS "triageDays", deliver_days AS "deliverDays", position FROM request_type WHERE program_id = ANY($1::uuid[]) ORDER BY position, name`,
        [ids],
      ),
      em.query<RequestRow[]>(`${REQUEST_SELECT} WHERE r.program_id = ANY($1::uuid[]) ORDER BY r.number`, [ids]),
      em.query<{ program_id: string; id: string; name: string }[]>(`SELECT pu.program_id, u.id, u.name FROM program_unit pu JOIN unit u ON u.id = pu.unit_id WHERE pu.program_id = ANY($1::uuid[]) ORDER BY u.name, u.id`, [ids]),
      em.query<{ program_id: string; team: string; heads: number }[]>(
        `SELECT program_id, COALESCE(unit_id::text, 'hub') AS team, sum(count)::int AS heads FROM planned_role WHERE program_id = ANY($1::uuid[]) GROUP BY program_id, unit_id`,
        [ids],
      ),
    ]);
    return ids.map((programId) => {
      const own = settings.find((row) => row.program_id === programId);
      return {
        programId,
        settings: own ? { version: own.version, framework: own.framework, focusDaysPerPersonMonth: Number(own.focus_days_per_person_month), inboundConfigured: own.inbound } : DEFAULT_SETTINGS,
        types: types.filter((type) => type.programId === programId),
        requests: requests.filter((request) => request.program_id === programId),
        units: units.filter((unit) => unit.program_id === programId).map(({ id, name }) => ({ id, name })),
        heads: new Map(heads.filter((row) => row.program_id === programId).map((row) => [row.team, row.heads])),
      };
    });
  }

  async recordsOf(em: EntityManager, programId: string): Promise<BacklogRecords> {
    const [records] = await this.recordsFor([programId], em);
    if (!records) throw new Error(`No backlog records for ${programId}`);
    return records;
  }

  /** What names one request and its backlog, or null: its view is built with its program's (the rank needs every request). */
  async requestHead(em: EntityManager, orgId: string, id: string): Promise<Pick<RequestRow, 'program_id' | 'number' | 'problem' | 'version'> | null> {
    const [row] = await em.query<Pick<RequestRow, 'program_id' | 'number' | 'problem' | 'version'>[]>(
      `SELECT program_id, number, problem, version FROM revops_request WHERE id = $1 AND org_id = $2`,
      [id, orgId],
    );
    return row ?? null;
  }

  async requestersOf(requestIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<RequesterRow[]> {
    return em.query<RequesterRow[]>(
      `SELECT rr.request_id, rr.user_id, us.name AS user_name, rr.unit_id, un.name AS unit_name FROM request_requester rr
         JOIN app_user us ON us.id = rr.user_id JOIN unit un ON un.id = rr.unit_id
        WHERE rr.request_id = ANY($1::uuid[]) ORDER BY rr.added_at, us.name`,
      [[...requestIds]],
    );
  }

  /** Gives a new program the default request types and their service levels. */
  async insertDefaultTypes(em: EntityManager, orgId: string, programId: string): Promise<void> {
    await em.insert(
      RequestTypeEntity,
      DEFAULT_REQUEST_TYPES.map((type, position) => ({ ...type, orgId, programId, position })),
    );
  }

  /** The program's settings row, made with the defaults when it has none. */
  async ensureSettings(em: EntityManager, orgId: string, programId: string): Promise<BacklogSettingsEntity> {
    await em.query(`INSERT INTO backlog_settings (org_id, program_id) VALUES ($1, $2) ON CONFLICT (program_id) DO NOTHING`, [orgId, programId]);
    return em.findOneByOrFail(BacklogSettingsEntity, { programId });
  }

  async nextNumber(em: EntityManager, programId: string): Promise<number> {
    const [row] = await em.query<{ next: number }[]>(`SELECT COALESCE(max(number), 0) + 1 AS next FROM revops_request WHERE program_id = $1`, [programId]);
    return row?.next ?? 1;
  }

  async addRequesters(em: EntityManager, rows: readonly { requestId: string; userId: string; unitId: string; orgId: string }[]): Promise<void> {
    if (rows.length === 0) return;
    await em.createQueryBuilder().insert().into(RequestRequesterEntity).values([...rows]).orIgnore().execute();
  }

  /** The people to tell about a request: its requesters (the duplicates merged into it included). */
  async requesterIds(em: EntityManager, requestId: string): Promise<string[]> {
    const rows = await em.query<{ user_id: string }[]>(`SELECT user_id FROM request_requester WHERE request_id = $1`, [requestId]);
    return rows.map((row) => row.user_id);
  }

  /** A forum decision raises an open request to the top of its team's queue; false when it is not open. */
  async raiseToTop(em: EntityManager, requestId: string, decisionId: string): Promise<boolean> {
    // An UPDATE answers [rows, affected] through TypeORM's query().
    const [, affected] = await em.query<[unknown[], number]>(
      `UPDATE revops_request SET raised_by_decision_id = $2, version = version + 1, updated_at = now() WHERE id = $1 AND status IN ('triaged', 'committed', 'in_progress')`,
      [requestId, decisionId],
    );
    return affected > 0;
  }

  /**
   * Roadmap items (committed, in progress, delivered) planned from `from` to before `to`, across the
   * organization's active programs: the first `perProgram` of each program by month, and every
   * program's counts by status (two statements however many items).
   */
  async delivering(orgId: string, from: string, to: string, perProgram: number): Promise<{ items: DeliveringRow[]; counts: { program_id: string; program_name: string; status: DeliveringRow['status']; count: number }[] }> {
    const scope = `FROM revops_request r JOIN program p ON p.id = r.program_id AND p.archived_at IS NULL
        WHERE r.org_id = $1 AND r.status IN ('committed', 'in_progress', 'delivered') AND r.planned_month >= $2 AND r.planned_month < $3`;
    const [items, counts] = await Promise.all([
      this.dataSource.query<DeliveringRow[]>(
        `SELECT d.* FROM (
           SELECT r.id, r.program_id, p.name AS program_name, r.number, r.problem, t.name AS type_name, r.unit_id, u.name AS unit_name, ap.placement::text AS placement,
                  r.planned_month::text AS planned_month, r.status::text AS status, r.effort_days,
                  (SELECT count(*)::int FROM request_requester rr WHERE rr.request_id = r.id) AS requester_count,
                  row_number() OVER (PARTITION BY r.program_id ORDER BY r.planned_month, r.number) AS position
             FROM revops_request r
             JOIN program p ON p.id = r.program_id AND p.archived_at IS NULL
             JOIN request_type t ON t.id = r.type_id
             JOIN unit u ON u.id = r.unit_id
             LEFT JOIN activity_placement ap ON ap.activity_id = r.activity_id
            WHERE r.org_id = $1 AND r.status IN ('committed', 'in_progress', 'delivered') AND r.planned_month >= $2 AND r.planned_month < $3
         ) d WHERE d.position <= $4 ORDER BY d.program_name, d.program_id, d.position`,
        [orgId, from, to, perProgram],
      ),
      this.dataSource.query<{ program_id: string; program_name: string; status: DeliveringRow['status']; count: number }[]>(
        `SELECT r.program_id, p.name AS program_name, r.status::text AS status, count(*)::int AS count ${scope} GROUP BY r.program_id, p.name, r.status ORDER BY p.name, r.program_id`,
        [orgId, from, to],
      ),
    ]);
    return { items, counts };
  }

  /**
   * Per program, the open requests past a service level on `today`: filed longer ago than a target
   * of their type and that step not done (the domain's `requestSla` rule for open requests, counted
   * where the requests are).
   */
  async breachCountsByProgram(orgId: string, today: string): Promise<{ programId: string; programName: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT r.program_id AS "programId", p.name AS "programName", count(*)::int AS count FROM ${BREACHED_REQUESTS} GROUP BY r.program_id, p.name`,
      [orgId, today],
    );
  }

  /** Those requests of some programs, with what the domain's rule reads to word them. */
  async breachCandidates(orgId: string, today: string, programIds: readonly string[]): Promise<BreachCandidateRow[]> {
    return this.dataSource.query<BreachCandidateRow[]>(
      `SELECT r.id, r.program_id, p.name AS program_name, r.number, r.status::text AS status, t.triage_days, t.deliver_days,
              r.created_at::date AS filed_on, r.triaged_at::date AS triaged_on, r.delivered_at::date AS delivered_on
         FROM ${BREACHED_REQUESTS} AND r.program_id = ANY ($3::uuid[])`,
      [orgId, today, programIds],
    );
  }

  /** Requests' problem statements and type names by id (the attention list words only the requests it shows). */
  async wordingOf(ids: readonly string[]): Promise<Map<string, { problem: string; typeName: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; problem: string; typeName: string }[]>(
      `SELECT r.id, r.problem, t.name AS "typeName" FROM revops_request r JOIN request_type t ON t.id = r.type_id WHERE r.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return new Map(rows.map((row) => [row.id, { problem: row.problem, typeName: row.typeName }]));
  }

  /** Whether an activity belongs to the program's catalog. */
  async activityInProgram(em: EntityManager, programId: string, activityId: string): Promise<boolean> {
    return (await em.query<unknown[]>(`SELECT 1 FROM activity WHERE id = $1 AND program_id = $2`, [activityId, programId])).length > 0;
  }

  async unitInProgram(em: EntityManager, programId: string, unitId: string): Promise<boolean> {
    return (await em.query<unknown[]>(`SELECT 1 FROM program_unit WHERE unit_id = $1 AND program_id = $2`, [unitId, programId])).length > 0;
  }
}
