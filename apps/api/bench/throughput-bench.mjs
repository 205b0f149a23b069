// Throughput benchmark (not a test): `npm run bench:throughput -w @rollout/api [-- --data-dir DIR]`,
// after `npm run build` and `npm run fixture:large -w @rollout/api`.
// For the programs list, the pilot page and the portfolio, autocannon (10 connections × 10 s after a
// 3 s warm-up) against the built app in production mode, sending the web app's own operations; then,
// in the same run, against a bare `node:http` server answering the same data with hand-written SQL
// over `pg` (no framework, no GraphQL, no computation beyond SQL: the physical limit of this machine).
// Prints req/s, p50 and p99 of each and the app's share of the bare server's throughput.
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';
import { boot, client, webOperations } from './bench-app.mjs';

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: path.join(tmpdir(), 'rollout-large') },
    duration: { type: 'string', default: '10' },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = 10;

/** The hand-written SQL behind each page, as a bare server would send it. */
const BARE_SQL = {
  programs: [
    `SELECT p.id, p.name, p.phase, p.status, p.target_model, p.target_date, p.updated_at, u.id AS owner_id, u.name AS owner_name
       FROM program p JOIN app_user u ON u.id = p.owner_id WHERE p.org_id = $1 AND p.archived_at IS NULL ORDER BY p.updated_at DESC, p.id LIMIT 25`,
    `SELECT count(*)::int FROM program WHERE org_id = $1 AND archived_at IS NULL`,
  ],
  pilot: [
    `SELECT * FROM pilot WHERE id = $1`,
    `SELECT * FROM success_metric WHERE pilot_id = $1 ORDER BY created_at, id`,
    `SELECT m.metric_id, m.unit_id, date_trunc('week', m.date)::date AS week, avg(m.value) AS value FROM measurement m WHERE m.pilot_id = $1 GROUP BY 1, 2, 3`,
    `SELECT c.*, u.name AS unit_name FROM pilot p CROSS JOIN LATERAL unnest(p.unit_ids) AS pu(unit_id)
       CROSS JOIN LATERAL (SELECT * FROM check_in x WHERE x.pilot_id = p.id AND x.unit_id = pu.unit_id ORDER BY x.week_start DESC LIMIT 1) c
       JOIN unit u ON u.id = c.unit_id WHERE p.id = $1`,
    `SELECT c.*, u.name AS unit_name, s.name AS submitted_by FROM check_in c JOIN unit u ON u.id = c.unit_id JOIN app_user s ON s.id = c.submitted_by_id
      WHERE c.pilot_id = $1 ORDER BY c.week_start DESC, c.unit_id LIMIT 30`,
    `SELECT count(*)::int FROM check_in WHERE pilot_id = $1`,
  ],
  portfolio: [
    `SELECT p.id, p.name, p.phase, p.status, u.name AS owner FROM program p JOIN app_user u ON u.id = p.owner_id WHERE p.org_id = $1 AND p.archived_at IS NULL ORDER BY p.name`,
    `SELECT pu.program_id, pu.unit_id, pu.blocked FROM program_unit pu JOIN program p ON p.id = pu.program_id AND p.archived_at IS NULL WHERE pu.org_id = $1`,
    `SELECT pl.id, pl.program_id, pl.name, pl.status, pl.unit_ids, (SELECT d.decision FROM decision d WHERE d.pilot_id = pl.id ORDER BY d.decided_at DESC LIMIT 1) AS decision
       FROM pilot pl WHERE pl.org_id = $1`,
    `SELECT DISTINCT ON (program_id, unit_id) program_id, unit_id, pilot_id, status FROM check_in WHERE org_id = $1 AND week_start >= date_trunc('week', now())::date - 21
      ORDER BY program_id, unit_id, week_start DESC`,
    `SELECT week_start, status, count(*)::int FROM check_in WHERE org_id = $1 AND week_start >= date_trunc('week', now())::date - 77 GROUP BY 1, 2`,
    `SELECT wu.program_id, wu.unit_id, wu.stage, w.name FROM wave_unit wu JOIN rollout_wave w ON w.id = wu.wave_id WHERE wu.org_id = $1`,
    `SELECT id, name, kind, parent_id FROM unit WHERE org_id = $1`,
  ],
};

/** The bare server: one route per page, its statements in parallel on a pool as large as the app's. */
async function bareServer(databaseUrl, ids) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const params = { programs: [ids.orgId], pilot: [ids.pilotId], portfolio: [ids.orgId] };
  const server = http.createServer(async (req, res) => {
    const page = req.url.slice(1);
    try {
      const results = await Promise.all(BARE_SQL[page].map((sql) => pool.query(sql, params[page])));
      const body = JSON.stringify(results.map((result) => result.rows));
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: async () => (server.close(), await pool.end()) };
}

const run = (options) => new Promise((resolve, reject) => autocannon({ connections: CONNECTIONS, ...options }, (error, result) => (error ? reject(error) : resolve(result))));

/** Warm-up, then the measured run; fails loudly if any answer was not a 200. */
async function measure(options) {
  await run({ ...options, duration: 3 });
  const result = await run({ ...options, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${options.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const dataDir = path.resolve(args['data-dir']);
const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), database: 'rollout' });
const documents = webOperations();
try {
  const app = await boot(database.url, true);
  const [ids] = await app.running.dataSource.query(
    `SELECT u.org_id AS "orgId", (SELECT id FROM pilot WHERE status = 'running' ORDER BY name LIMIT 1) AS "pilotId" FROM app_user u WHERE u.email = 'exec1@large.example'`,
  );
  const cookie = await client(app.baseUrl, documents).signIn('exec1@large.example');
  const everywhere = { regionId: null, businessUnitId: null, ownerId: null, phase: null };
  const operations = { programs: ['Programs', { first: 25 }], pilot: ['Pilot', { id: ids.pilotId }], portfolio: ['Portfolio', { filter: everywhere }] };
  const bare = await bareServer(database.url, ids);
  console.log(`autocannon, ${CONNECTIONS} connections × ${DURATION} s after a 3 s warm-up; app in production mode; large fixture (${dataDir})\n`);
  console.log(`  ${'page'.padEnd(12)} ${'app req/s'.padStart(10)} ${'p50'.padStart(7)} ${'p99'.padStart(7)}   ${'SQL req/s'.padStart(10)} ${'p50'.padStart(7)} ${'p99'.padStart(7)}   ${'app / SQL'.padStart(9)}`);
  try {
    for (const [page, [operationName, variables]] of Object.entries(operations)) {
      const body = JSON.stringify({ operationName, query: documents.get(operationName), variables });
      const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-proto': 'https', cookie };
      const ours = await measure({ url: `${app.baseUrl}/graphql`, method: 'POST', headers, body });
      const theirs = await measure({ url: `${bare.url}/${page}` });
      const ms = (v) => `${v} ms`.padStart(7);
      console.log(
        `  ${page.padEnd(12)} ${ours.rps.toFixed(1).padStart(10)} ${ms(ours.p50)} ${ms(ours.p99)}   ${theirs.rps.toFixed(1).padStart(10)} ${ms(theirs.p50)} ${ms(theirs.p99)}   ${`${Math.round((ours.rps / theirs.rps) * 100)} %`.padStart(9)}`,
      );
    }
  } finally {
    await bare.close();
    await app.running.close();
  }
} finally {
  await database.stop();
}
