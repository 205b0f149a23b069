// The governance part of the large fixture: every program has the default forums (set up eight
// weeks ago, London time), its weekly pipeline review was held the last four Mondays with an agenda,
// minutes, a decision and five action items each (the older ones mostly done, some overdue).
import { DEFAULT_FORUMS } from '@rollout/domain';

const HELD_WEEKS = 4;
const ACTIONS_PER_MEETING = 5;

export async function generateGovernance(client, step) {
  await step(
    client,
    `forums (${DEFAULT_FORUMS.length} per program)`,
    `INSERT INTO forum (org_id, program_id, name, purpose, cadence, weekday, week_of_month, starts_on, start_time, time_zone, duration_minutes, attendee_ids, created_at, updated_at)
     SELECT p.org_id, p.id, f.name, f.purpose, f.cadence::forum_cadence, f.weekday::weekday, f.week_of_month, a.monday - 56, f.start_time, 'Europe/London', f.duration_minutes,
            ARRAY(SELECT DISTINCT x FROM unnest(array_append(ARRAY(SELECT m.user_id FROM program_member m WHERE m.program_id = p.id), p.owner_id)) x), a.monday - 56, a.monday - 56
       FROM program p, anchor a, jsonb_to_recordset($1::jsonb) AS f(name text, purpose text, cadence text, weekday text, week_of_month int, start_time text, duration_minutes int)`,
    [JSON.stringify(DEFAULT_FORUMS.map((forum) => ({ name: forum.name, purpose: forum.purpose, cadence: forum.cadence, weekday: forum.weekday, week_of_month: forum.weekOfMonth, start_time: forum.startTime, duration_minutes: forum.durationMinutes })))],
  );
  await step(
    client,
    `held pipeline reviews (${HELD_WEEKS} per program)`,
    `INSERT INTO meeting (org_id, forum_id, program_id, occurs_on, starts_at, agenda, agenda_generated_at, started_at, ended_at, attendee_ids, notes, created_at, updated_at)
     SELECT f.org_id, f.id, f.program_id, a.monday - 7 * w, ((a.monday - 7 * w) + time '09:00') AT TIME ZONE 'Europe/London',
            jsonb_build_object('items', jsonb_build_array(jsonb_build_object('key', 'added:q', 'section', 'other', 'text', 'Pipeline coverage by region', 'link', null, 'source', 'added')), 'dismissedKeys', '[]'::jsonb),
            ((a.monday - 7 * w) + time '08:00') AT TIME ZONE 'Europe/London', ((a.monday - 7 * w) + time '09:00') AT TIME ZONE 'Europe/London',
            ((a.monday - 7 * w) + time '09:45') AT TIME ZONE 'Europe/London', f.attendee_ids, 'Coverage reviewed region by region.', a.monday - 7 * w, a.monday - 7 * w
       FROM forum f, anchor a, generate_series(1, $1::int) w WHERE f.name = 'Pipeline review'`,
    [HELD_WEEKS],
  );
  await step(
    client,
    'decisions of those meetings (one each)',
    `INSERT INTO meeting_decision (org_id, meeting_id, program_id, title, rationale, decided_by_id, decided_at)
     SELECT m.org_id, m.id, m.program_id, 'Hold territory changes until the gate review', 'Changing territories mid-pilot blurs its results.', p.owner_id, m.started_at
       FROM meeting m JOIN program p ON p.id = m.program_id`,
  );
  await step(
    client,
    `action items (${ACTIONS_PER_MEETING} per meeting)`,
    `INSERT INTO action_item (org_id, program_id, meeting_id, title, owner_id, due_on, status, created_at, updated_at)
     SELECT m.org_id, m.program_id, m.id, 'Follow-up ' || k || ' of ' || m.occurs_on, m.attendee_ids[1 + (k % cardinality(m.attendee_ids))], m.occurs_on + 3 + k,
            CASE WHEN m.occurs_on < a.monday - 14 AND k % 4 <> 0 THEN 'done' ELSE 'open' END::action_item_status, m.started_at, m.started_at
       FROM meeting m, anchor a, generate_series(1, $1::int) k`,
    [ACTIONS_PER_MEETING],
  );
}
