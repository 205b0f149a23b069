// Pilot benchmark (not a test): `npm run bench -w @rollout/api`, after `npm run build`.
// Boots the built app on its own throwaway embedded PostgreSQL, seeds one organization with a
// program and pilots (20 success metrics, 10 pilot units + 2 comparison units), then prints:
//   (a) a 100,000-row CSV through the measurement import: upload, preview, commit (rows/s), and
//       the same file again (nothing changes), with the event loop's worst delay meanwhile;
//   (b) evaluating a pilot with 20 metrics × 10 units × 52 weeks: loading the values from the
//       database, the domain's evaluatePilotMetrics + recommendGate, and the service end to end.
// `-- --without-audit` disables the measurement audit trigger, to see its cost. Stops by itself;
// about 40 s on 2 cores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { evaluatePilotMetrics, METRIC_CATALOG, recommendGate, shiftDays } from '@rollout/domain';
import { createApp } from '../dist/bootstrap.js';
import { loadConfig } from '../dist/config/config.js';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';
import { MeasurementImportService } from '../dist/modules/measurements/measurement-import.service.js';
import { PilotEvaluationService } from '../dist/modules/decisions/pilot-evaluation.service.js';

const IMPORT_ROWS = 100_000;
const METRICS = 20;
const PILOT_UNITS = 10;
const COMPARISON_UNITS = 2;
const WEEKS = 52;
const EVALUATION_RUNS = 5;

const ms = (start) => performance.now() - start;
const fmt = (value) => `${value.toFixed(0).padStart(7)} ms`;
const count = (n) => n.toLocaleString('en-US');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(label, work) {
  const start = performance.now();
  const result = await work();
  const elapsed = ms(start);
  console.log(`  ${label.padEnd(46)} ${fmt(elapsed)}`);
  return { result, elapsed };
}

/** Worst and p99 event-loop delay while `work` runs: shows whether long work yields in chunks. */
async function withLoopDelay(work) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    return await work();
  } finally {
    histogram.disable();
    console.log(`  ${'event loop delay meanwhile (p99 / max)'.padEnd(46)} ${(histogram.percentile(99) / 1e6).toFixed(0)} / ${(histogram.max / 1e6).toFixed(0)} ms`);
  }
}

async function seed(dataSource) {
  const one = async (sql, params) => (await dataSource.query(sql, params))[0];
  const org = await one(`INSERT INTO organization (name) VALUES ('Bench Co') RETURNING id`);
  const manager = await one(
    `INSERT INTO app_user (org_id, email, name, role, password_hash) VALUES ($1, 'pm@bench.example', 'Bench PM', 'program_manager', 'x') RETURNING id, org_id, role`,
    [org.id],
  );
  const units = [];
  for (let i = 0; i < PILOT_UNITS + COMPARISON_UNITS; i++) {
    units.push(await one(`INSERT INTO unit (org_id, name, code, kind) VALUES ($1, $2, $3, 'region') RETURNING id, name, code`, [org.id, `Region ${i + 1}`, `R-${i + 1}`]));
  }
  const program = await one(
    `INSERT INTO program (org_id, owner_id, name, objective, target_model, sponsor, start_date, target_date, phase, status)
     VALUES ($1, $2, 'Bench program', '', 'hybrid', 'CRO', '2024-09-02', '2026-12-18', 'pilot', 'on_track') RETURNING id`,
    [org.id, manager.id],
  );
  const pilot = async (name, startDate, endDate) => {
    const row = await one(
      `INSERT INTO pilot (org_id, program_id, name, hypothesis, unit_ids, comparison_unit_ids, start_date, end_date, status)
       VALUES ($1, $2, $3, 'Benchmark', $4::uuid[], $5::uuid[], $6, $7, 'running') RETURNING *`,
      [org.id, program.id, name, units.slice(0, PILOT_UNITS).map((u) => u.id), units.slice(PILOT_UNITS).map((u) => u.id), startDate, endDate],
    );
    const metrics = [];
    for (let i = 0; i < METRICS; i++) {
      const entry = METRIC_CATALOG[i % METRIC_CATALOG.length];
      const lower = entry.direction === 'lower_is_better';
      metrics.push(
        await one(
          `INSERT INTO success_metric (org_id, pilot_id, program_id, catalog_key, name, unit, direction, kind, baseline, target)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'primary', NULL, $8) RETURNING id, name, catalog_key, unit, direction, kind, baseline, target, tolerance, weight`,
          [org.id, row.id, program.id, i < METRIC_CATALOG.length ? entry.key : null, i < METRIC_CATALOG.length ? entry.name : `Custom metric ${i}`, entry.unit, entry.direction, lower ? 40 : 60],
        ),
      );
    }
    return { ...row, metrics };
  };
  const actor = { id: manager.id, orgId: org.id, role: 'program_manager', unitIds: [], scopeUnitIds: [] };
  return { org, actor, units, pilot };
}

/** Daily values, every metric × unit, from the earliest allowed day: `rows` CSV lines. */
function importCsv(metrics, units, firstDay, rows) {
  const lines = ['metric,unit,date,value'];
  const perDay = metrics.length * units.length;
  for (let i = 0; i < rows; i++) {
    const day = shiftDays(firstDay, Math.floor(i / perDay));
    const metric = metrics[i % metrics.length];
    const unit = units[Math.floor(i / metrics.length) % units.length];
    lines.push(`${metric.catalog_key ?? metric.name},${unit.code},${day},${(50 + (i % 97) / 4).toFixed(2)}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function benchImport(app, world) {
  const imports = app.app.get(MeasurementImportService);
  // Daily values from a year before the start (the earliest an import accepts) to the end.
  const pilot = await world.pilot('Import pilot', '2025-10-06', '2026-01-04');
  const csv = importCsv(pilot.metrics, world.units, shiftDays(pilot.start_date, -365), IMPORT_ROWS);
  const mapping = { metric: 'metric', unit: 'unit', date: 'date', value: 'value' };
  console.log(`\n(a) import: ${count(IMPORT_ROWS)} rows (${METRICS} metrics × ${PILOT_UNITS + COMPARISON_UNITS} units × ${Math.ceil(IMPORT_ROWS / (METRICS * (PILOT_UNITS + COMPARISON_UNITS)))} days), ${(csv.length / 1024 / 1024).toFixed(1)} MB CSV`);
  const auditBefore = Number((await app.dataSource.query('SELECT count(*) FROM audit_event'))[0].count);

  const run = async (label) => {
    const { result: uploaded, elapsed: uploadMs } = await timed(`${label}: upload (read, count, store)`, () => imports.upload(world.actor, pilot.id, 'bench.csv', csv));
    const { result: preview, elapsed: previewMs } = await timed(`${label}: preview (parse + validate all rows)`, () => imports.preview(world.actor, { importId: uploaded.importId }));
    if (preview.invalidRows > 0) throw new Error(`bench file has invalid rows: ${JSON.stringify(preview.errors.slice(0, 3))}`);
    const { elapsed: commitMs } = await withLoopDelay(async () => {
      const start = performance.now();
      const { elapsed: answerMs } = await timed(`${label}: commit answered (validate, status running)`, () => imports.commit(world.actor, { importId: uploaded.importId, mapping, onlyValidRows: false }));
      await imports.settled(uploaded.importId);
      const elapsed = ms(start);
      console.log(`  ${`${label}: commit until committed`.padEnd(46)} ${fmt(elapsed)}  (${count(Math.round(IMPORT_ROWS / (elapsed / 1000)))} rows/s; background ${fmt(elapsed - answerMs).trim()})`);
      return { elapsed };
    });
    const [status] = await app.dataSource.query('SELECT status, rows_written, rows_unchanged, failure FROM measurement_import WHERE id = $1', [uploaded.importId]);
    if (status.status !== 'committed') throw new Error(`import ${status.status}: ${status.failure}`);
    console.log(`  ${`${label}: result`.padEnd(46)} written ${count(status.rows_written)}, unchanged ${count(status.rows_unchanged)}; upload+preview+commit ${fmt(uploadMs + previewMs + commitMs).trim()}`);
  };
  await run('first import');
  const auditAfterFirst = Number((await app.dataSource.query('SELECT count(*) FROM audit_event'))[0].count);
  console.log(`  ${'audit events written by the first import'.padEnd(46)} ${count(auditAfterFirst - auditBefore)}`);
  await run('same file again');
  const auditAfterSecond = Number((await app.dataSource.query('SELECT count(*) FROM audit_event'))[0].count);
  console.log(`  ${'audit events written by the re-import'.padEnd(46)} ${count(auditAfterSecond - auditAfterFirst)}`);
}

async function benchEvaluation(app, world) {
  // 52 weekly values per metric and unit; the pilot's last 13 weeks, a 39-week baseline before.
  const pilot = await world.pilot('Evaluation pilot', '2025-10-06', '2026-01-04');
  const firstMonday = '2025-01-06';
  await app.dataSource.query(
    `INSERT INTO measurement (org_id, metric_id, pilot_id, program_id, unit_id, date, value, source, entered_by_id)
     SELECT $1, m, $2, $3, u, $4::date + 7 * w, 40 + (w % 13) + random() * 5 - (CASE WHEN u = ANY($7::uuid[]) AND w >= 39 THEN w - 38 ELSE 0 END), 'import', $5
       FROM unnest($6::uuid[]) AS m, unnest($8::uuid[]) AS u, generate_series(0, ${WEEKS - 1}) AS w`,
    [
      world.org.id,
      pilot.id,
      pilot.program_id,
      firstMonday,
      world.actor.id,
      pilot.metrics.map((m) => m.id),
      pilot.unit_ids,
      [...pilot.unit_ids, ...pilot.comparison_unit_ids],
    ],
  );
  const pilotValues = METRICS * PILOT_UNITS * WEEKS;
  const comparisonValues = METRICS * COMPARISON_UNITS * WEEKS;
  console.log(
    `\n(b) evaluation: ${METRICS} metrics × ${PILOT_UNITS} pilot units × ${WEEKS} weeks = ${count(pilotValues)} values (+ ${count(comparisonValues)} for ${COMPARISON_UNITS} comparison units), median of ${EVALUATION_RUNS} runs`,
  );
  const metrics = pilot.metrics.map((m) => ({ id: m.id, name: m.name, unit: m.unit, direction: m.direction, kind: m.kind, baseline: m.baseline, target: m.target, tolerance: m.tolerance, weight: m.weight }));
  const asOf = '2026-01-04';
  const load = [];
  const domain = [];
  const service = [];
  let recommendation;
  let loaded = 0;
  const evaluation = app.app.get(PilotEvaluationService);
  for (let run = 0; run < EVALUATION_RUNS; run++) {
    let start = performance.now();
    const measurements = await app.dataSource.query(
      `SELECT metric_id AS "metricId", unit_id AS "unitId", to_char(date, 'YYYY-MM-DD') AS date, value FROM measurement WHERE pilot_id = $1`,
      [pilot.id],
    );
    load.push(ms(start));
    loaded = measurements.length;
    start = performance.now();
    const evaluations = evaluatePilotMetrics({
      metrics,
      measurements,
      pilotUnitIds: pilot.unit_ids,
      comparisonUnitIds: pilot.comparison_unit_ids,
      startDate: pilot.start_date,
      endDate: pilot.end_date,
      today: asOf,
    });
    recommendation = recommendGate(evaluations, []);
    domain.push(ms(start));
    start = performance.now();
    await evaluation.evaluate([{ id: pilot.id, unitIds: pilot.unit_ids, comparisonUnitIds: pilot.comparison_unit_ids, startDate: pilot.start_date, endDate: pilot.end_date }], asOf);
    service.push(ms(start));
  }
  console.log(`  ${`load ${count(loaded)} values from PostgreSQL`.padEnd(46)} ${fmt(median(load))}`);
  console.log(`  ${'evaluatePilotMetrics + recommendGate'.padEnd(46)} ${fmt(median(domain))}`);
  console.log(`  ${'PilotEvaluationService.evaluate (3 queries + all)'.padEnd(46)} ${fmt(median(service))}`);
  console.log(`  ${'recommendation'.padEnd(46)} ${recommendation.decision}`);
}

const root = mkdtempSync(path.join(tmpdir(), 'rollout-bench-'));
const database = await startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), database: 'bench', persistent: false });
let app;
try {
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url }), demoData: false };
  const boot = performance.now();
  app = await createApp(config, database.url);
  console.log(`Rollout pilot bench — Node ${process.version}, PostgreSQL (embedded), app booted and migrated in ${ms(boot).toFixed(0)} ms`);
  const world = await seed(app.dataSource);
  if (process.argv.includes('--without-audit')) {
    // For comparison only: what the per-row audit trigger costs the import.
    await app.dataSource.query('ALTER TABLE measurement DISABLE TRIGGER USER');
    console.log('audit trigger on measurement DISABLED for this run (--without-audit)');
  }
  await benchImport(app, world);
  await benchEvaluation(app, world);
} finally {
  await app?.close();
  await database.stop();
  rmSync(root, { recursive: true, force: true });
}
