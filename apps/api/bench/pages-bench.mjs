// Page benchmark (not a test): `npm run bench:pages -w @rollout/api [-- --data-dir DIR]`, after
// `npm run build` and `npm run fixture:large -w @rollout/api` (run the fixture at `-- --scale 0.1`
// into another directory to compare statement counts at 10 % of the data).
// Boots the built app on the fixture's database and sends, for each page, the exact GraphQL
// operations the web app sends when that page opens (read from the web's generated documents), in
// parallel as the browser does, from a client in a thread of its own (as a browser is a process of
// its own). Prints per page: p50/p95 server time over --requests sequential loads (production
// mode), as readers get it (the response cache), computed anew each time, and right after a
// partner's check-in (a real write, its statuses restored at the end); SQL statements per load and
// response bytes (one load outside production, its operations one after another, where the API
// reports its statement count).
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { boot, clientThread } from './bench-app.mjs';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: path.join(tmpdir(), 'rollout-large') },
    requests: { type: 'string', default: '40' },
  },
});
const REQUESTS = Number(args.requests);

async function fixtureIds(dataSource) {
  const one = async (sql) => (await dataSource.query(sql))[0];
  const program = await one(`SELECT p.id FROM program p JOIN pilot pl ON pl.program_id = p.id GROUP BY p.id ORDER BY count(*) DESC, p.name LIMIT 1`);
  const running = await one(`SELECT id FROM pilot WHERE status = 'running' ORDER BY name LIMIT 1`);
  const inReview = await one(`SELECT id FROM pilot WHERE status = 'in_review' ORDER BY name LIMIT 1`);
  const partner = await one(`SELECT email FROM app_user WHERE role = 'regional_partner' ORDER BY email LIMIT 1`);
  // The largest roll-out, its owner, and a live unit of it (the drawer most opened).
  const rollout = await one(
    `SELECT rp.program_id AS "programId", u.email, (SELECT id FROM wave_unit WHERE plan_id = rp.id AND stage = 'live' ORDER BY id LIMIT 1) AS "waveUnitId",
            (SELECT count(*) FROM wave_unit WHERE plan_id = rp.id) AS units
       FROM rollout_plan rp JOIN program p ON p.id = rp.program_id JOIN app_user u ON u.id = p.owner_id
      ORDER BY units DESC, rp.program_id LIMIT 1`,
  );
  const counts = await one(
    `SELECT (SELECT count(*) FROM unit) AS units, (SELECT count(*) FROM program) AS programs, (SELECT count(*) FROM pilot) AS pilots,
            (SELECT count(*) FROM measurement) AS measurements, (SELECT count(*) FROM check_in) AS check_ins, (SELECT count(*) FROM audit_event) AS audit_events`,
  );
  // The program whose pipeline review was held last, seen by its owner: its Govern tab (the web asks four weeks back, two ahead) and that meeting.
  const meeting = await one(`SELECT m.id, m.program_id AS "programId", u.email FROM meeting m JOIN program p ON p.id = m.program_id JOIN app_user u ON u.id = p.owner_id ORDER BY m.starts_at DESC, m.id LIMIT 1`);
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const governance = { programId: meeting.programId, email: meeting.email, meetingId: meeting.id, range: { from: `${day(-28)}T00:00:00Z`, to: `${day(14)}T00:00:00Z` } };
  // The largest backlog, read by its owner, and its top request.
  const backlog = await one(
    `SELECT r.program_id AS "programId", u.email, count(*) AS requests, (array_agg(r.id ORDER BY r.number))[1] AS "requestId"
       FROM revops_request r JOIN program p ON p.id = r.program_id JOIN app_user u ON u.id = p.owner_id GROUP BY r.program_id, u.email ORDER BY requests DESC LIMIT 1`,
  );
  // The latest check-in of each running pilot, revised in turn before each load of the "after a check-in" columns.
  const checkIns = await dataSource.query(`SELECT DISTINCT ON (c.pilot_id) c.id, c.status::text AS status FROM check_in c JOIN pilot p ON p.id = c.pilot_id AND p.status = 'running' ORDER BY c.pilot_id, c.week_start DESC`);
  // A top-level region, for the portfolio narrowed to it.
  const region = await one(`SELECT id FROM unit WHERE parent_id IS NULL AND kind = 'region' ORDER BY name LIMIT 1`);
  return { checkIns, region: region.id, program: program.id, running: running.id, inReview: inReview.id, partner: partner.email, rollout, governance, backlog, counts };
}

/** Each page: who opens it and the operations it sends on load. */
function pages(ids) {
  const everywhere = { regionId: null, businessUnitId: null, ownerId: null, phase: null };
  const inRegion = { ...everywhere, regionId: ids.region };
  return [
    { name: 'programs list', as: 'admin@large.example', ops: [['Programs', { first: 25 }]] },
    // The executive's landing page: the list, what needs attention and what RevOps is delivering, across all programs.
    {
      name: 'portfolio (executive’s home)',
      as: 'exec1@large.example',
      ops: [['Portfolio', { filter: everywhere }], ['PortfolioAttention', { first: 12 }], ['RevopsDelivery', {}]],
    },
    { name: 'portfolio: heat map, a region unfolded', as: 'exec1@large.example', ops: [['PortfolioHeatMap', { filter: everywhere, parentId: ids.region }]] },
    {
      name: 'portfolio: one region',
      as: 'exec1@large.example',
      ops: [['Portfolio', { filter: inRegion }], ['PortfolioAttention', { first: 200 }], ['RevopsDelivery', {}]],
    },
    { name: 'program page', as: 'pm1@large.example', ops: [['Program', { id: ids.program }], ['ProgramPilots', { programId: ids.program }], ['RecordHistory', { recordType: 'program', recordId: ids.program, first: 200 }]] },
    { name: 'pilot page (with evaluation)', as: 'pm1@large.example', ops: [['Pilot', { id: ids.running }]] },
    { name: 'gate review', as: 'pm1@large.example', ops: [['GateReview', { id: ids.inReview }]] },
    { name: 'this week: program manager', as: 'pm1@large.example', ops: [['ThisWeek', {}], ['MyActionItems', {}]] },
    { name: 'this week: partner', as: ids.partner, ops: [['ThisWeek', {}], ['MyActionItems', {}]] },
    { name: 'this week: executive', as: 'exec1@large.example', ops: [['ThisWeek', {}], ['MyActionItems', {}]] },
    { name: 'govern tab (8 forums, 6 weeks)', as: ids.governance.email, ops: [['Govern', { id: ids.governance.programId, ...ids.governance.range }], ['ProgramWebhooks', { programId: ids.governance.programId }]] },
    { name: 'a held meeting', as: ids.governance.email, ops: [['Meeting', { id: ids.governance.meetingId }]] },
    {
      name: `backlog tab (${ids.backlog.requests} requests)`,
      as: ids.backlog.email,
      ops: [['Backlog', { id: ids.backlog.programId, teamKey: null, state: 'open', search: null, breachedOnly: false, mine: false, sort: 'rank', after: null }], ['BacklogPlan', { id: ids.backlog.programId }]],
    },
    { name: 'backlog: a request’s drawer', as: ids.backlog.email, ops: [['RequestDetail', { id: ids.backlog.requestId }], ['RecordHistory', { recordType: 'request', recordId: ids.backlog.requestId, first: 200 }]] },
    { name: 'audit log', as: 'admin@large.example', ops: [['AuditLog', { first: 25 }], ['AuditLogLookups', {}]] },
    { name: 'units', as: 'admin@large.example', ops: [['Units', {}]] },
    { name: `scale tab (${ids.rollout.units} wave units)`, as: ids.rollout.email, ops: [['Rollout', { id: ids.rollout.programId }]] },
    { name: 'scale: a unit’s drawer', as: ids.rollout.email, ops: [['WaveUnitDetails', { id: ids.rollout.waveUnitId }]] },
  ];
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const dataDir = path.resolve(args['data-dir']);
const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), database: 'rollout' });
try {
  // Outside production: statements and bytes, one load per page.
  const dev = await boot(database.url, false);
  const ids = await fixtureIds(dev.running.dataSource);
  const shape = [];
  try {
    const api = clientThread(dev.baseUrl);
    for (const page of pages(ids)) shape.push(await api.load(page, { sequential: true }));
    await api.close();
  } finally {
    await dev.running.close();
  }
  const c = ids.counts;
  console.log(`Data: ${c.units} units, ${c.programs} programs, ${c.pilots} pilots, ${Number(c.measurements).toLocaleString('en-US')} measurements, ${Number(c.check_ins).toLocaleString('en-US')} check-ins, ${Number(c.audit_events).toLocaleString('en-US')} audit events (${dataDir})`);
  console.log(`Production mode, ${REQUESTS} sequential loads per page after 3 warm-up loads:\n`);
  // "first": the first load in production, before anything is cached; p50/p95: as readers get it (whole answers
  // kept by the organization's data version); "computed": every load computed anew (Cache-Control: no-cache),
  // from the parts kept by their own data versions (each program's portfolio facts, each pilot's evaluation);
  // "after a check-in": each load right after a partner revises a running pilot's latest check-in (a different
  // pilot each time), which moves the organization's, that program's and that pilot's check-in versions.
  const heads = ['first', 'p50', 'p95', 'computed p50', 'computed p95', 'check-in p50', 'check-in p95'];
  console.log(`  ${'page'.padEnd(32)} ${heads.map((head) => head.padStart(13)).join('')} ${'statements'.padStart(11)} ${'bytes'.padStart(10)}`);
  const prod = await boot(database.url, true);
  const revise = async (turn) => {
    const checkIn = ids.checkIns[turn % ids.checkIns.length];
    await prod.running.dataSource.query(`UPDATE check_in SET status = (CASE status WHEN 'green' THEN 'amber' ELSE 'green' END)::rag_status WHERE id = $1`, [checkIn.id]);
  };
  let turn = 0;
  const api = clientThread(prod.baseUrl);
  try {
    for (const [i, page] of pages(ids).entries()) {
      const first = (await api.load(page)).ms;
      const timesOf = async (options, before = async () => {}) => {
        for (let w = 0; w < 2; w++) await api.load(page, options);
        const times = [];
        for (let r = 0; r < REQUESTS; r++) {
          await before();
          times.push((await api.load(page, options)).ms);
        }
        return times;
      };
      const [kept, computed, checkedIn] = [await timesOf({}), await timesOf({ fresh: true }), await timesOf({}, () => revise(turn++))];
      const fmt = (v) => `${v.toFixed(0)} ms`.padStart(13);
      const columns = [first, ...[kept, computed, checkedIn].flatMap((times) => [percentile(times, 50), percentile(times, 95)])].map(fmt).join('');
      console.log(`  ${page.name.padEnd(32)} ${columns} ${String(shape[i].statements).padStart(11)} ${shape[i].bytes.toLocaleString('en-US').padStart(10)}`);
    }
  } finally {
    // The revised check-ins get their statuses back, so every run reads the same data.
    for (const checkIn of ids.checkIns) await prod.running.dataSource.query(`UPDATE check_in SET status = $2::rag_status WHERE id = $1`, [checkIn.id, checkIn.status]);
    await api.close();
    await prod.running.close();
  }
} finally {
  await database.stop();
}
