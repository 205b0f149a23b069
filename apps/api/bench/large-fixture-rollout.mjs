// The roll-out part of the large fixture: every program in Scale or Govern rolls its decided pilot
// out to its other units in four waves (about 90 units a plan). Wave 1 started two weeks ago (most
// units live, some ready, blocked or already adopted), wave 2 is preparing, waves 3 and 4 have not
// started; every stage a unit reached is a move, and wave 1 and 2 units have ten weeks of values on
// the pilot's metrics (eight before their wave), so readiness, metrics and the comparison with the
// units not yet in a wave all have data to read.
import { DEFAULT_READINESS_CHECKLIST, DEFAULT_READINESS_WEIGHTS } from '@rollout/domain';

const WAVES = 4;

export async function generateRollout(client, step) {
  await step(
    client,
    'roll-out plans (programs in scale or govern)',
    `INSERT INTO rollout_plan (org_id, program_id, pilot_id, readiness_weights, created_at, updated_at)
     SELECT p.org_id, p.program_id, p.id, $1::jsonb, d.decided_at, d.decided_at
       FROM pilot p JOIN program pg ON pg.id = p.program_id JOIN decision d ON d.pilot_id = p.id
      WHERE p.status = 'decided' AND pg.phase IN ('scale', 'govern')`,
    [JSON.stringify(DEFAULT_READINESS_WEIGHTS)],
  );
  await step(
    client,
    `waves (${WAVES} per plan, four weeks apart)`,
    `INSERT INTO rollout_wave (org_id, plan_id, program_id, name, planned_start, planned_end, created_at, updated_at)
     SELECT rp.org_id, rp.id, rp.program_id, 'Wave ' || n, a.monday - 14 + 28 * (n - 1), a.monday + 27 + 28 * (n - 1), rp.created_at, rp.created_at
       FROM rollout_plan rp, anchor a, generate_series(1, $1::int) n`,
    [WAVES],
  );
  await step(
    client,
    'wave units (the program’s other units, dealt round the waves)',
    `INSERT INTO wave_unit (org_id, wave_id, plan_id, program_id, unit_id, stage, blocked_from, checklist, people_in_scope, people_trained, sponsor_name, baselines, created_at, updated_at)
     SELECT rp.org_id, w.id, rp.id, rp.program_id, pu.unit_id, s.stage::wave_unit_stage, CASE s.stage WHEN 'blocked' THEN 'ready'::wave_unit_stage END,
            (SELECT jsonb_agg(jsonb_build_object('label', c.label, 'done', s.stage <> 'not_started' AND (s.stage <> 'preparing' OR c.i <= 1 + h.h % 4)) ORDER BY c.i)
               FROM unnest($2::text[]) WITH ORDINALITY c(label, i)),
            20 + h.h % 60, CASE s.stage WHEN 'not_started' THEN 0 ELSE (20 + h.h % 60) * (h.h % 11) / 10 END,
            CASE WHEN h.h % 3 > 0 THEN 'Sponsor ' || (h.h % 97) ELSE '' END, '{}'::jsonb, rp.created_at, rp.created_at
       FROM rollout_plan rp
       JOIN pilot p ON p.id = rp.pilot_id
       CROSS JOIN LATERAL (SELECT unit_id, row_number() OVER (ORDER BY unit_id) AS r FROM program_unit
                            WHERE program_id = rp.program_id AND NOT unit_id = ANY (p.unit_ids)) pu
       JOIN rollout_wave w ON w.plan_id = rp.id AND w.name = 'Wave ' || (1 + (pu.r - 1) % $1::int)
       CROSS JOIN LATERAL (SELECT abs(hashtext(pu.unit_id::text)) AS h) h
       CROSS JOIN LATERAL (SELECT CASE w.name WHEN 'Wave 1' THEN (ARRAY['live', 'live', 'live', 'ready', 'blocked', 'adopted'])[1 + h.h % 6]
                                              WHEN 'Wave 2' THEN (ARRAY['preparing', 'not_started'])[1 + h.h % 2] ELSE 'not_started' END AS stage) s`,
    [WAVES, DEFAULT_READINESS_CHECKLIST],
  );
  await step(
    client,
    'wave unit moves (one per stage reached)',
    `INSERT INTO wave_unit_move (org_id, wave_unit_id, program_id, from_stage, to_stage, reason, override, moved_by_id, moved_at)
     SELECT wu.org_id, wu.id, wu.program_id, coalesce(path.stages[i - 1], 'not_started')::wave_unit_stage, path.stages[i]::wave_unit_stage,
            CASE path.stages[i] WHEN 'blocked' THEN 'Waiting for the CRM sandbox with the new routing rules.' ELSE '' END, false, pg.owner_id,
            (w.planned_start + 7 * (i - 3))::timestamptz + interval '10 hours'
       FROM wave_unit wu
       JOIN rollout_wave w ON w.id = wu.wave_id
       JOIN program pg ON pg.id = wu.program_id
       CROSS JOIN LATERAL (SELECT CASE wu.stage WHEN 'preparing' THEN ARRAY['preparing'] WHEN 'ready' THEN ARRAY['preparing', 'ready']
                                                WHEN 'live' THEN ARRAY['preparing', 'ready', 'live'] WHEN 'adopted' THEN ARRAY['preparing', 'ready', 'live', 'adopted']
                                                WHEN 'blocked' THEN ARRAY['preparing', 'ready', 'blocked'] ELSE ARRAY[]::text[] END AS stages) path
       CROSS JOIN LATERAL generate_series(1, cardinality(path.stages)) i`,
  );
  // The scaled pilot's comparison units already have values on its metrics (up to its end): left out here.
  await step(
    client,
    'measurements of wave 1 and 2 units (Mon/Wed/Fri, 10 weeks)',
    `INSERT INTO measurement (org_id, metric_id, pilot_id, program_id, unit_id, date, value, source, entered_by_id, created_at, updated_at)
     SELECT m.org_id, m.id, m.pilot_id, m.program_id, wu.unit_id, d.day,
            round((base.level * (1 + 0.04 * sin(d.n / 9.0 + hashtext(wu.unit_id::text) % 7) + 0.03 * (random() - 0.5))
              + CASE WHEN wu.stage IN ('live', 'adopted') AND d.day >= w.planned_start THEN base.level * 0.1 * (CASE m.direction WHEN 'lower_is_better' THEN -1 ELSE 1 END) ELSE 0 END)::numeric, 2),
            'import', pg.owner_id, d.day + 1, d.day + 1
       FROM wave_unit wu
       JOIN rollout_wave w ON w.id = wu.wave_id AND w.name IN ('Wave 1', 'Wave 2')
       JOIN rollout_plan rp ON rp.id = wu.plan_id
       JOIN pilot p ON p.id = rp.pilot_id AND NOT wu.unit_id = ANY (p.comparison_unit_ids)
       JOIN success_metric m ON m.pilot_id = rp.pilot_id
       JOIN program pg ON pg.id = wu.program_id
       CROSS JOIN LATERAL (SELECT CASE m.unit WHEN 'percent' THEN 60 WHEN 'hours' THEN 24 WHEN 'days' THEN 45 WHEN 'count' THEN 100 WHEN 'currency_per_day' THEN 5000 ELSE 100000 END::float8 AS level) base
       CROSS JOIN anchor a
       CROSS JOIN LATERAL (SELECT a.monday - 70 + 7 * wk + dow AS day, 3 * wk + dow / 2 AS n FROM generate_series(0, 9) wk, unnest(ARRAY[0, 2, 4]) dow) d
      WHERE d.day < current_date`,
  );
}
