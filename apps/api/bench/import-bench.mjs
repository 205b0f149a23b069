// Import benchmark (not a test): `npm run bench:import -w @rollout/api`, after `npm run build`.
// Boots the built app on its own throwaway embedded PostgreSQL, seeds a running pilot with
// 50 metrics × 50 units, writes a 1,000,000-row XLSX (every metric × unit × 400 days, shared
// strings as Excel writes them), then uploads and previews it while /health/ready is polled over
// HTTP, and prints: upload and preview time, health latency (max, p99), peak RSS of the process
// (the worker threads that parse the file included). `-- --rows 200000` for a smaller file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { shiftDays } from '@rollout/domain';
import ExcelJS from 'exceljs';
import { createApp } from '../dist/bootstrap.js';
import { loadConfig } from '../dist/config/config.js';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';
import { MeasurementImportService } from '../dist/modules/measurements/measurement-import.service.js';

const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 1_000_000;
const METRICS = 50;
const UNITS = 50;
const START = '2025-10-06';
const END = '2026-01-04';

const count = (n) => Math.round(n).toLocaleString('en-US');
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function seed(dataSource) {
  const one = async (sql, params) => (await dataSource.query(sql, params))[0];
  const org = await one(`INSERT INTO organization (name) VALUES ('Import bench') RETURNING id`);
  const manager = await one(
    `INSERT INTO app_user (org_id, email, name, role, password_hash) VALUES ($1, 'pm@import-bench.example', 'Bench PM', 'program_manager', 'x') RETURNING id`,
    [org.id],
  );
  const units = await dataSource.query(
    `INSERT INTO unit (org_id, name, code, kind) SELECT $1, 'Unit ' || n, 'U-' || n, 'region' FROM generate_series(1, ${UNITS}) AS n RETURNING id, code`,
    [org.id],
  );
  const program = await one(
    `INSERT INTO program (org_id, owner_id, name, objective, target_model, sponsor, start_date, target_date, phase, status)
     VALUES ($1, $2, 'Import bench', '', 'hybrid', 'CRO', '2024-09-02', '2026-12-18', 'pilot', 'on_track') RETURNING id`,
    [org.id, manager.id],
  );
  const pilot = await one(
    `INSERT INTO pilot (org_id, program_id, name, hypothesis, unit_ids, start_date, end_date, status)
     VALUES ($1, $2, 'Import pilot', 'Benchmark', $3::uuid[], $4, $5, 'running') RETURNING id`,
    [org.id, program.id, units.map((unit) => unit.id), START, END],
  );
  const metrics = await dataSource.query(
    `INSERT INTO success_metric (org_id, pilot_id, program_id, name, unit, direction, kind, baseline, target)
     SELECT $1, $2, $3, 'Metric ' || n, 'count', 'higher_is_better', 'primary', NULL, 100 FROM generate_series(1, ${METRICS}) AS n RETURNING name`,
    [org.id, pilot.id, program.id],
  );
  return { actor: { id: manager.id, orgId: org.id, role: 'program_manager', unitIds: [], scopeUnitIds: [] }, pilotId: pilot.id, metrics, units };
}

/** A ROWS-row workbook written with exceljs's streaming writer. */
async function writeWorkbook(file, metrics, units) {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, zip: { zlib: { level: 9 } } });
  const sheet = book.addWorksheet('Values');
  sheet.addRow(['metric', 'unit', 'date', 'value']).commit();
  const first = shiftDays(START, -365);
  const perDay = metrics.length * units.length;
  for (let i = 0; i < ROWS; i++) {
    const metric = metrics[i % metrics.length];
    const unit = units[Math.floor(i / metrics.length) % units.length];
    sheet.addRow([metric.name, unit.code, shiftDays(first, Math.floor(i / perDay)), 50 + (i % 97)]).commit();
  }
  sheet.commit();
  await book.commit();
  return readFileSync(file);
}

/** Polls /health/ready one request after another until stopped; returns the latencies. */
function pollHealth(url) {
  const latencies = [];
  let stop = false;
  const done = (async () => {
    while (!stop) {
      const start = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      latencies.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return latencies;
  })();
  return () => {
    stop = true;
    return done;
  };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'rollout-import-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'bench', persistent: false });
  try {
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: pg.url, NODE_ENV: 'test' }), demoData: false };
    const running = await createApp(config, pg.url);
    await running.app.listen(0, '127.0.0.1');
    const url = `${await running.app.getUrl()}/health/ready`.replace('[::1]', '127.0.0.1');
    const world = await seed(running.dataSource);
    const imports = running.app.get(MeasurementImportService);

    let start = performance.now();
    const bytes = await writeWorkbook(path.join(dir, 'bench.xlsx'), world.metrics, world.units);
    console.log(`${count(ROWS)}-row XLSX: ${mb(bytes.length)} (written in ${count(performance.now() - start)} ms)`);

    let peakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
    const stopHealth = pollHealth(url);
    start = performance.now();
    const uploaded = await imports.upload(world.actor, world.pilotId, 'bench.xlsx', bytes);
    const uploadMs = performance.now() - start;
    start = performance.now();
    const preview = await imports.preview(world.actor, { importId: uploaded.importId });
    const previewMs = performance.now() - start;
    const latencies = (await stopHealth()).sort((a, b) => a - b);
    clearInterval(sampler);

    console.log(`upload (read + count + store):     ${count(uploadMs)} ms, ${count(uploaded.rowsTotal)} rows`);
    console.log(`preview (read + validate):         ${count(previewMs)} ms, ${count(preview.validRows)} valid, ${count(preview.invalidRows)} invalid`);
    console.log(`/health/ready during both:         ${latencies.length} answers, max ${count(latencies.at(-1) ?? 0)} ms, p99 ${count(latencies[Math.floor(latencies.length * 0.99)] ?? 0)} ms`);
    console.log(`peak RSS (API + parsing workers):  ${mb(peakRss)}`);
    await running.close();
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
