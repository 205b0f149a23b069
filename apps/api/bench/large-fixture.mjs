// Large-organisation fixture (not a test): `npm run fixture:large -w @rollout/api`, after `npm run build`.
// Creates, in a fresh embedded PostgreSQL under DATA_DIR (default <tmp>/rollout-large; --data-dir to choose), a company
// the size the executive-view issue names: 500 units in a region tree, 20 programs of ~100 units,
// 60 pilots (10 pilot + 5 comparison units, 8 success metrics each), about 1.1M measurements over
// 52 weeks, weekly check-ins, decisions, roll-out waves for the programs in Scale and Govern
// (large-fixture-rollout.mjs), phase history and an audit trail dated as the data is.
// `-- --scale 0.1` builds 10 % of it (statement counts must not grow between the two).
// Open it afterwards with `DATA_DIR=<dir> npm start` (sign in as admin@large.example / rollout-large).
//
// Everything is set-based SQL in one transaction; triggers are off while rows go in
// (session_replication_role = replica), and the audit trail is then written in bulk from the rows
// themselves, in the shape audit_row() writes, but dated when each record was made.
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { METRIC_CATALOG } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { AUDITED_TABLES } from '../dist/database/audited-tables.js';
import { dataSourceOptions } from '../dist/database/data-source.js';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';
import { hashPassword } from '../dist/modules/auth/passwords.js';
import { generateRollout } from './large-fixture-rollout.mjs';
import { generateGovernance } from './large-fixture-governance.mjs';
import { generateBacklog } from './large-fixture-backlog.mjs';

export const LARGE_PASSWORD = 'rollout-large';

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: path.join(tmpdir(), 'rollout-large') },
    scale: { type: 'string', default: '1' },
  },
});
const scale = Number(args.scale);
if (!(scale > 0 && scale <= 1)) throw new Error('--scale is a fraction in (0, 1].');

// The sizes at scale 1; the region tree keeps its shape and fills breadth first.
const SIZE = {
  units: Math.round(500 * scale),
  programs: Math.max(1, Math.round(20 * scale)),
  pilotsPerProgram: 3,
  pilotUnits: 10,
  comparisonUnits: 5,
  metricsPerPilot: 8,
  weeks: 52,
};
const REGIONS = ['North America', 'EMEA', 'APAC', 'Latin America', 'Middle East & Africa'];
const QUARTERS = ['North', 'South', 'East', 'West'];
const SEGMENTS = ['Enterprise', 'Mid-Market', 'SMB', 'Public Sector'];
const PHASES = ['assess', 'align', 'design', 'pilot', 'scale', 'govern'];

/** Regions → 4 sub-regions each → 5 countries each → segments per country, cut at `count` units. */
function regionTree(count) {
  const units = [];
  REGIONS.forEach((name, r) => units.push({ code: `R${r + 1}`, name, kind: 'region', parent: null }));
  for (const region of units.slice(0, REGIONS.length)) {
    QUARTERS.forEach((quarter) => units.push({ code: `${region.code}-${quarter[0]}`, name: `${region.name} ${quarter}`, kind: 'sub_region', parent: region.code }));
  }
  for (const sub of units.filter((u) => u.kind === 'sub_region')) {
    for (let c = 1; c <= 5; c++) units.push({ code: `${sub.code}${c}`, name: `${sub.name} Territory ${c}`, kind: 'country', parent: sub.code });
  }
  for (let s = 0; units.length < count; s++) {
    const countries = units.filter((u) => u.kind === 'country');
    for (const country of countries) {
      if (units.length >= count) break;
      const segment = SEGMENTS[s % SEGMENTS.length];
      units.push({ code: `${country.code}-${segment.slice(0, 3).toUpperCase()}${s >= SEGMENTS.length ? s : ''}`, name: `${country.name} ${segment}`, kind: 'segment', parent: country.code });
    }
  }
  return units.slice(0, count);
}

const ms = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const count = (n) => Number(n).toLocaleString('en-US');

async function step(client, label, sql, params = []) {
  const start = performance.now();
  const result = await client.query(sql, params);
  console.log(`  ${label.padEnd(44)} ${count(result.rowCount ?? 0).padStart(10)} rows  ${ms(start)}`);
  return result;
}

async function migrate(url) {
  const dataSource = new DataSource({ ...dataSourceOptions(url, []), logging: false, logger: undefined });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function generate(client) {
  const units = regionTree(SIZE.units);
  const passwordHash = await hashPassword(LARGE_PASSWORD);
  // This week's Monday anchors every date: the story is "now", whenever the fixture is made.
  await client.query(`CREATE TEMP TABLE anchor AS SELECT date_trunc('week', now())::date AS monday`);

  await step(client, 'organization', `INSERT INTO organization (name, created_at) SELECT 'Globex Large', monday - 400 FROM anchor`);
  await step(
    client,
    'units (region tree)',
    `INSERT INTO unit (org_id, code, name, kind, created_at, updated_at)
     SELECT o.id, u.code, u.name, u.kind::unit_kind, a.monday - 400, a.monday - 400
       FROM organization o, anchor a, unnest($1::text[], $2::text[], $3::text[]) AS u(code, name, kind)`,
    [units.map((u) => u.code), units.map((u) => u.name), units.map((u) => u.kind)],
  );
  await client.query(
    `UPDATE unit c SET parent_id = p.id FROM unnest($1::text[], $2::text[]) AS t(code, parent), unit p WHERE c.code = t.code AND p.code = t.parent`,
    [units.map((u) => u.code), units.map((u) => u.parent)],
  );

  // People: an admin, a program manager per program, five executives, a partner per sub-region.
  await step(
    client,
    'users',
    `INSERT INTO app_user (org_id, email, name, role, password_hash, created_at, updated_at)
     SELECT o.id, p.email, p.name, p.role::user_role, $1, a.monday - 400, a.monday - 400
       FROM organization o, anchor a,
            (SELECT 'admin@large.example', 'Alex Admin', 'admin'
             UNION ALL SELECT format('pm%s@large.example', i), format('Program Manager %s', i), 'program_manager' FROM generate_series(1, $2::int) i
             UNION ALL SELECT format('exec%s@large.example', i), format('Executive %s', i), 'executive' FROM generate_series(1, 5) i
             UNION ALL SELECT format('partner.%s@large.example', lower(u.code)), format('%s Partner', u.name), 'regional_partner' FROM unit u WHERE u.kind = 'sub_region'
            ) AS p(email, name, role)`,
    [passwordHash, SIZE.programs],
  );
  await step(
    client,
    'partner unit assignments',
    `INSERT INTO user_unit (user_id, unit_id, org_id)
     SELECT au.id, u.id, u.org_id FROM unit u JOIN app_user au ON au.email = format('partner.%s@large.example', lower(u.code))`,
  );

  // Programs: staggered starts, spread over the phases (most in pilot or later, as the issue's story).
  await step(
    client,
    'programs',
    `INSERT INTO program (org_id, name, objective, target_model, sponsor, owner_id, start_date, target_date, phase, status, created_at, updated_at)
     SELECT o.id, format('Program %s: %s', i, (ARRAY['Lead routing','Forecasting','Deal desk','Territory design','Renewals','Data hygiene','Enablement','Pricing'])[1 + i % 8]),
            'Move the regions to one RevOps operating model.', (ARRAY['centralized','hub_and_spoke','hybrid','pod'])[1 + i % 4]::operating_model,
            'Chief Revenue Officer', pm.id, a.monday - 7 * (60 + i), a.monday + 7 * (20 + i),
            (ARRAY['pilot','pilot','scale','govern','pilot'])[1 + i % 5]::program_phase,
            (ARRAY['on_track','at_risk','on_track','off_track','on_track'])[1 + i % 5]::program_status,
            a.monday - 7 * (60 + i), a.monday - 7 * 2
       FROM organization o, anchor a, generate_series(1, $1::int) i
       JOIN app_user pm ON pm.email = format('pm%s@large.example', i)`,
    [SIZE.programs],
  );
  await step(
    client,
    'phase changes (assess → current phase)',
    `INSERT INTO program_phase_change (org_id, program_id, from_phase, to_phase, reason, changed_by_id, changed_at)
     SELECT p.org_id, p.id, CASE WHEN n > 1 THEN ($1::program_phase[])[n - 1] END, ($1::program_phase[])[n],
            CASE WHEN n > 1 THEN 'Exit criteria met at the steering committee.' END, p.owner_id, p.start_date + 56 * (n - 1)
       FROM program p, generate_series(1, 6) n
      WHERE n <= array_position($1::program_phase[], p.phase)`,
    [PHASES],
  );
  await step(
    client,
    'program members (lead, steering, contributors)',
    `INSERT INTO program_member (program_id, user_id, org_id, role, created_at)
     SELECT p.id, p.owner_id, p.org_id, 'lead'::program_member_role, p.created_at FROM program p
     UNION ALL
     SELECT p.id, e.id, p.org_id, 'steering', p.created_at FROM program p JOIN app_user e ON e.role = 'executive'
      WHERE (hashtext(p.id::text || e.id::text) & 3) < 2`,
  );

  // Each program covers ~100 leaf units (a fifth of the tree, rotated per program; never fewer than a pilot needs).
  await step(
    client,
    'program units',
    `WITH leaves AS (SELECT id, org_id, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS total FROM unit WHERE kind IN ('country', 'segment')),
          programs AS (SELECT id, created_at, row_number() OVER (ORDER BY name) - 1 AS n FROM program)
     INSERT INTO program_unit (org_id, program_id, unit_id, note, created_at, updated_at)
     SELECT l.org_id, p.id, l.id, '', p.created_at, p.created_at
       FROM programs p JOIN leaves l ON (l.n - p.n * 23 + l.total * 100) % l.total < greatest(ceil(l.total / 5.0), $1::int)`,
    [SIZE.pilotUnits + SIZE.comparisonUnits],
  );

  // Three pilots per program, over consecutive slices of its units: one running, one in review, one decided.
  await step(
    client,
    'pilots',
    `WITH pu AS (SELECT program_id, array_agg(unit_id ORDER BY unit_id) AS units FROM program_unit GROUP BY program_id)
     INSERT INTO pilot (org_id, program_id, name, hypothesis, unit_ids, comparison_unit_ids, start_date, end_date, steering_member_ids, status, created_at, updated_at)
     SELECT p.org_id, p.id, format('%s pilot %s', split_part(p.name, ': ', 2), k),
            'Routing leads centrally cuts response time without hurting conversion.',
            ARRAY(SELECT pu.units[1 + (k * $1::int + j) % cardinality(pu.units)] FROM generate_series(0, $2::int - 1) j),
            ARRAY(SELECT pu.units[1 + (k * $1::int + $2::int + j) % cardinality(pu.units)] FROM generate_series(0, $3::int - 1) j),
            a.monday - 7 * (CASE k WHEN 0 THEN 39 WHEN 1 THEN 40 ELSE 44 END),
            a.monday + CASE k WHEN 0 THEN 27 WHEN 1 THEN -1 ELSE -29 END,
            ARRAY(SELECT m.user_id FROM program_member m WHERE m.program_id = p.id AND m.role = 'steering'),
            (ARRAY['running', 'in_review', 'decided'])[k + 1]::pilot_status,
            a.monday - 7 * (CASE k WHEN 0 THEN 41 WHEN 1 THEN 42 ELSE 46 END), a.monday - 7
       FROM program p JOIN pu ON pu.program_id = p.id, anchor a, generate_series(0, $4::int - 1) k`,
    [SIZE.pilotUnits + SIZE.comparisonUnits, SIZE.pilotUnits, SIZE.comparisonUnits, SIZE.pilotsPerProgram],
  );
  // No unit status to set: a unit's stage follows from its pilots.

  await step(
    client,
    'success metrics (6 primary, 2 guardrails)',
    `WITH catalog AS (SELECT n - 1 AS n, key, name, unit, direction
                        FROM unnest($1::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS c(key, name, unit, direction, n))
     INSERT INTO success_metric (org_id, pilot_id, program_id, catalog_key, name, unit, direction, kind, baseline, target, tolerance, created_at, updated_at)
     SELECT p.org_id, p.id, p.program_id, c.key, c.name, c.unit::metric_unit, c.direction::metric_direction,
            CASE WHEN j < $2::int - 2 THEN 'primary' ELSE 'guardrail' END::success_metric_kind, NULL,
            round((CASE c.unit WHEN 'percent' THEN 60 WHEN 'hours' THEN 24 WHEN 'days' THEN 45 WHEN 'count' THEN 100 WHEN 'currency_per_day' THEN 5000 ELSE 100000 END)
                  * (CASE c.direction WHEN 'lower_is_better' THEN 0.85 ELSE 1.15 END)::numeric, 1),
            CASE WHEN j >= $2::int - 2 THEN (CASE c.unit WHEN 'percent' THEN 3 WHEN 'hours' THEN 2 WHEN 'days' THEN 4 WHEN 'count' THEN 10 WHEN 'currency_per_day' THEN 300 ELSE 5000 END) END,
            p.created_at, p.created_at
       FROM (SELECT p.*, row_number() OVER (ORDER BY p.program_id, p.start_date) AS n FROM pilot p) p,
            generate_series(0, $2::int - 1) j
       JOIN catalog c ON true
      WHERE c.n = (p.n * 3 + j) % $3::int`,
    [METRIC_CATALOG.map((m) => m.key), SIZE.metricsPerPilot, METRIC_CATALOG.length, METRIC_CATALOG.map((m) => m.name), METRIC_CATALOG.map((m) => m.unit), METRIC_CATALOG.map((m) => m.direction)],
  );

  // Values on Mondays, Wednesdays and Fridays for 52 weeks, up to yesterday or the pilot's end;
  // pilot units improve once their pilot starts, by an effect that differs per pilot (some pilots work, some do not).
  await step(
    client,
    'measurements (Mon/Wed/Fri, 52 weeks, 15 units × 8 metrics per pilot)',
    `INSERT INTO measurement (org_id, metric_id, pilot_id, program_id, unit_id, date, value, source, entered_by_id, created_at, updated_at)
     SELECT m.org_id, m.id, p.id, p.program_id, u.unit_id, d.day,
            round((base.level * (1 + 0.04 * sin(d.n / 9.0 + hashtext(u.unit_id::text) % 7) + 0.03 * (random() - 0.5))
              + CASE WHEN u.is_pilot AND d.day >= p.start_date THEN base.level * effect.size * least(1, (d.day - p.start_date) / 56.0) ELSE 0 END)::numeric, 2),
            'import', pg.owner_id, d.day + 1, d.day + 1
       FROM success_metric m
       JOIN pilot p ON p.id = m.pilot_id
       JOIN program pg ON pg.id = p.program_id
       CROSS JOIN LATERAL (SELECT CASE m.unit WHEN 'percent' THEN 60 WHEN 'hours' THEN 24 WHEN 'days' THEN 45 WHEN 'count' THEN 100 WHEN 'currency_per_day' THEN 5000 ELSE 100000 END::float8 AS level) base
       CROSS JOIN LATERAL (SELECT (CASE m.direction WHEN 'lower_is_better' THEN -1 ELSE 1 END) * ((abs(hashtext(p.id::text)) % 5) - 1) * 0.05 AS size) effect
       CROSS JOIN LATERAL (SELECT unnest(p.unit_ids) AS unit_id, true AS is_pilot UNION ALL SELECT unnest(p.comparison_unit_ids), false) u
       CROSS JOIN anchor a
       CROSS JOIN LATERAL (SELECT a.monday - 7 * $1::int + 7 * w + dow AS day, 3 * w + dow / 2 AS n FROM generate_series(0, $1::int - 1) w, unnest(ARRAY[0, 2, 4]) dow) d
      WHERE d.day < least(a.monday + extract(isodow FROM now())::int - 1, p.end_date + 1)`,
    [SIZE.weeks],
  );

  // Every pilot unit checks in each week of its pilot up to last week; this week, two thirds have.
  await step(
    client,
    'check-ins (weekly per pilot unit)',
    `INSERT INTO check_in (org_id, pilot_id, program_id, unit_id, week_start, status, confidence, highlights, blockers, asks_for_help, commentary, submitted_by_id, submitted_on, created_at, updated_at)
     SELECT p.org_id, p.id, p.program_id, u.unit_id, w.week, r.status::rag_status, r.confidence,
            'Routing rules live for inbound leads.', CASE r.status WHEN 'green' THEN '' ELSE 'Waiting on territory data from finance.' END, '',
            CASE r.status WHEN 'green' THEN '' ELSE 'Response times slipped while the queue was rebuilt.' END,
            coalesce(partner.id, pg.owner_id), least(w.week + 4, current_date), least(w.week + 4, current_date), least(w.week + 4, current_date)
       FROM pilot p
       JOIN program pg ON pg.id = p.program_id
       CROSS JOIN anchor a
       CROSS JOIN LATERAL unnest(p.unit_ids) AS u(unit_id)
       CROSS JOIN LATERAL generate_series(p.start_date, least(p.end_date, a.monday + 6) - 6, interval '7 days') AS g(week_ts)
       CROSS JOIN LATERAL (SELECT g.week_ts::date AS week) w
       CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext(u.unit_id::text || w.week)) % 10 < 7 THEN 'green' WHEN abs(hashtext(u.unit_id::text || w.week)) % 10 < 9 THEN 'amber' ELSE 'red' END AS status,
                                  1 + abs(hashtext(w.week || u.unit_id::text)) % 5 AS confidence) r
       LEFT JOIN LATERAL (SELECT uu.user_id AS id FROM unit leaf JOIN user_unit uu ON uu.unit_id IN (leaf.parent_id, (SELECT parent_id FROM unit WHERE id = leaf.parent_id))
                           WHERE leaf.id = u.unit_id LIMIT 1) partner ON true
      WHERE w.week < a.monday OR abs(hashtext(u.unit_id::text)) % 3 > 0`,
  );

  await step(
    client,
    'decisions (decided pilots)',
    `INSERT INTO decision (org_id, pilot_id, program_id, recommendation, reasons, decision, rationale, lessons_learned, decided_by_id, decided_at)
     SELECT p.org_id, p.id, p.program_id, 'scale', ARRAY['Every primary metric met its target.'], 'scale',
            '', 'Start the routing rules a week before the switch.', pg.owner_id, p.end_date + 8
       FROM pilot p JOIN program pg ON pg.id = p.program_id WHERE p.status = 'decided'`,
  );

  await generateRollout(client, step);
  await generateGovernance(client, step);
  await generateBacklog(client, step);
}

/**
 * One insert entry per row of each audited table, as audit_row() writes it (every recorded field,
 * from nothing to its value), dated when the row was made. The changes object is spelled out per
 * column: a generic jsonb_each per row is several times slower on a million measurements.
 */
async function writeAuditTrail(client) {
  const dates = { user_unit: '(SELECT created_at FROM organization)', program_phase_change: 'r.changed_at', decision: 'r.decided_at' };
  const actors = { check_in: 'r.submitted_by_id', measurement: 'r.entered_by_id' };
  for (const { table, ignoredColumns = [] } of Object.values(AUDITED_TABLES)) {
    const ignored = ['password_hash', 'version', 'updated_at', 'created_at', 'org_id', 'id', ...ignoredColumns];
    const { rows: columns } = await client.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND NOT column_name = ANY ($2::text[]) ORDER BY ordinal_position`,
      [table, ignored],
    );
    const changes = `jsonb_build_object(${columns.map(({ column_name: c }) => `'${c}', jsonb_build_object('from', NULL, 'to', r."${c}")`).join(', ')})`;
    const { rowCount: hasId } = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'id'`, [table]);
    const recordId = hasId ? 'r.id' : 'r.user_id';
    const { rowCount: hasCreatedAt } = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'created_at'`, [table]);
    // A table without its own timestamp (none of its rows exist in the fixture yet) is dated now.
    const createdAt = hasCreatedAt ? 'r.created_at' : 'now()';
    const programId = table === 'program' ? 'r.id' : columns.some((c) => c.column_name === 'program_id') ? 'r.program_id' : 'NULL::uuid';
    await step(
      client,
      `audit trail: ${table}`,
      `INSERT INTO audit_event (org_id, table_name, record_id, program_id, op, changes, actor_id, at)
       SELECT ${table === 'organization' ? 'r.id' : 'r.org_id'}, $1, ${recordId}, ${programId}, 'insert', ${changes},
              ${actors[table] ?? "(SELECT id FROM app_user WHERE role = 'admin')"}, ${dates[table] ?? createdAt}
         FROM "${table}" r`,
      [table],
    );
  }
}

/** Drops the secondary indexes of `tables` while `work` bulk-loads them, then builds them once. */
async function withoutIndexes(client, tables, work) {
  const { rows: indexes } = await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY ($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const { indexname } of indexes) await client.query(`DROP INDEX "${indexname}"`);
  await work();
  const start = performance.now();
  for (const { indexdef } of indexes) await client.query(indexdef);
  console.log(`  ${`indexes rebuilt (${indexes.length})`.padEnd(44)} ${''.padStart(15)} ${ms(start)}`);
}

const started = performance.now();
const dataDir = path.resolve(args['data-dir']);
if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
console.log(`Large fixture at scale ${scale} in ${dataDir}`);
const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), database: 'rollout' });
try {
  await migrate(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await withoutIndexes(client, ['measurement', 'check_in', 'audit_event'], async () => {
      await generate(client);
      await writeAuditTrail(client);
    });
    await client.query('COMMIT');
    const analyzeStart = performance.now();
    await client.query('VACUUM ANALYZE');
    console.log(`  ${'vacuum analyze'.padEnd(44)} ${''.padStart(15)} ${ms(analyzeStart)}`);
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM unit) AS units, (SELECT count(*) FROM program) AS programs, (SELECT count(*) FROM program_unit) AS program_units,
              (SELECT count(*) FROM pilot) AS pilots, (SELECT count(*) FROM success_metric) AS metrics, (SELECT count(*) FROM measurement) AS measurements,
              (SELECT count(*) FROM check_in) AS check_ins, (SELECT count(*) FROM wave_unit) AS wave_units, (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM audit_event) AS audit_events,
              pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    console.log(`\nBuilt in ${ms(started)}: ${Object.entries(rows[0]).map(([k, v]) => `${k.replace('_', ' ')} ${typeof v === 'string' && /^\d+$/.test(v) ? count(v) : v}`).join(', ')}`);
    console.log(`Open it: DATA_DIR=${dataDir} npm start   (admin@large.example / ${LARGE_PASSWORD})`);
  } finally {
    await client.end();
  }
} finally {
  await database.stop();
}
