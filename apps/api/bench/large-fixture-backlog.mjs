// The backlog part of the large fixture: every program has the default request types and 300
// requests filed over the last four months by its units' partners for its units (a spread of
// statuses: new, triaged with RICE parts, committed to this month and the next five, in progress,
// delivered, declined, merged), each with its requester.
import { DEFAULT_REQUEST_TYPES } from '@rollout/domain';

const REQUESTS_PER_PROGRAM = 300;

export async function generateBacklog(client, step) {
  await step(
    client,
    `request types (${DEFAULT_REQUEST_TYPES.length} per program)`,
    `INSERT INTO request_type (org_id, program_id, name, triage_days, deliver_days, position, created_at, updated_at)
     SELECT p.org_id, p.id, t.name, t.triage_days, t.deliver_days, t.position, p.created_at, p.created_at
       FROM program p, jsonb_to_recordset($1::jsonb) AS t(name text, triage_days int, deliver_days int, position int)`,
    [JSON.stringify(DEFAULT_REQUEST_TYPES.map((type, position) => ({ name: type.name, triage_days: type.triageDays, deliver_days: type.deliverDays, position })))],
  );
  await step(
    client,
    `requests (${REQUESTS_PER_PROGRAM} per program)`,
    `WITH units AS (SELECT pu.program_id, pu.unit_id, row_number() OVER (PARTITION BY pu.program_id ORDER BY pu.unit_id) - 1 AS n, count(*) OVER (PARTITION BY pu.program_id) AS total FROM program_unit pu),
          types AS (SELECT program_id, id, position FROM request_type)
     INSERT INTO revops_request (org_id, program_id, number, type_id, unit_id, problem, impact, status, filed_by_id, effort_days, reach, impact_score, confidence, triaged_at, planned_month, delivered_at, decline_reason, created_at, updated_at)
     SELECT p.org_id, p.id, k, t.id, u.unit_id, 'Request ' || k || ': report or process change for the unit', 'Saves the team time every week.',
            s.status::request_status, p.owner_id,
            CASE WHEN s.status <> 'new' THEN 1 + k % 15 END, CASE WHEN s.status <> 'new' THEN 50 * (1 + k % 40) END,
            CASE WHEN s.status <> 'new' THEN (ARRAY[0.25, 0.5, 1, 2, 3])[1 + k % 5] END, CASE WHEN s.status <> 'new' THEN (ARRAY[50, 80, 100])[1 + k % 3] END,
            CASE WHEN s.status <> 'new' THEN a.monday - 120 + k % 120 + 2 END,
            CASE WHEN s.status IN ('committed', 'in_progress', 'delivered') THEN (date_trunc('month', a.monday) + ((k % 6) || ' months')::interval)::date END,
            CASE WHEN s.status = 'delivered' THEN a.monday - 1 END,
            CASE WHEN s.status = 'declined' THEN 'Covered by the global standard.' ELSE '' END,
            a.monday - 120 + k % 120, a.monday - 120 + k % 120
       FROM program p CROSS JOIN anchor a CROSS JOIN generate_series(1, $1::int) k
       JOIN units u ON u.program_id = p.id AND u.n = k % u.total
       JOIN types t ON t.program_id = p.id AND t.position = k % 6
       CROSS JOIN LATERAL (SELECT (ARRAY['new', 'triaged', 'triaged', 'committed', 'committed', 'in_progress', 'delivered', 'declined', 'triaged', 'committed'])[1 + k % 10] AS status) s`,
    [REQUESTS_PER_PROGRAM],
  );
  await step(
    client,
    'requesters (the filer of each)',
    `INSERT INTO request_requester (request_id, user_id, org_id, unit_id, added_at) SELECT id, filed_by_id, org_id, unit_id, created_at FROM revops_request`,
  );
}
