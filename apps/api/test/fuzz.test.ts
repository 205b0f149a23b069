import { GraphQLSchemaHost } from '@nestjs/graphql';
import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anActivity } from './factories/assessment.factory.js';
import { aProgram, aProgramUnit, aTeam, aUnit, aUser, signedIn } from './factories/organization.factory.js';
import { aCheckIn, aPilot, aSuccessMetric, weeklyMeasurements } from './factories/pilot.factory.js';
import { EDGE_DATES, EXTREME_FLOATS, NASTY_STRINGS, seededRandom, ValueFuzzer } from './support/fuzz.js';
import { changedTables, settledSnapshotter, type Snapshot } from './support/snapshot.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Per root field, so each query and mutation keeps its share of tries as the schema grows (2,000 when it had 100 roots).
const OPERATIONS_PER_ROOT = 20;
// Besides the GraphQL operations, one REST call (upload or export) in this many.
const REST_SHARE = 0.1;
// Operations whose values could pass validation (known ids in any spelling, sane values), to reach real writes.
const PLAUSIBLE_SHARE = 0.3;
const SEED = 20261206;
// signOut would only end the fuzzing sessions; everything else is fair game.
const EXCLUDED = new Set(['signOut']);
const TYPED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
}

describe('fuzzing the GraphQL API and the file routes', () => {
  let app: TestApp;
  let agents: TestAgent[];
  let orgId: string;
  let knownIds: Record<string, string[]>;
  let metricNames: string[];
  let unitNames: string[];
  /** Imports commit in the background: snapshots wait for them, so their rows are not blamed on the next call. */
  let settled: () => Promise<Snapshot>;
  beforeAll(async () => {
    app = await createTestApp();
    const team = await aTeam(app);
    orgId = team.org.id;
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const child = await aUnit(app.dataSource, team.org.id, { parentId: team.region.id });
    const comparison = await aUnit(app.dataSource, team.org.id);
    const programUnit = await aProgramUnit(app.dataSource, team.org.id, program.id, child.id);
    agents = Object.values(team.agents);
    // Two pilots with metrics, values, check-ins and an uploaded file, so pilot mutations get past NOT_FOUND.
    const pilots: string[] = [];
    const metrics: string[] = [];
    const checkIns: string[] = [];
    const imports: string[] = [];
    for (const status of ['running', 'planned'] as const) {
      const pilot = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [child.id], comparisonUnitIds: [comparison.id], status });
      const metric = await aSuccessMetric(app.dataSource, pilot);
      await weeklyMeasurements(app.dataSource, metric, child.id, team.users.manager.id, '2026-03-02', [16, 14, 12]);
      const checkIn = await aCheckIn(app.dataSource, pilot, child.id, team.users.partner.id, { weekStart: '2026-03-02' });
      const upload = await team.agents.manager
        .post(`/api/pilots/${pilot.id}/measurement-imports`)
        .set('x-file-name', 'values.csv')
        .set('content-type', 'application/octet-stream')
        .send(Buffer.from(`metric,unit,date,value\n${metric.name},${child.name},2026-03-09,11\n`));
      pilots.push(pilot.id);
      metrics.push(metric.id);
      checkIns.push(checkIn.id);
      imports.push((upload.body as { importId: string }).importId);
    }
    const users = Object.values(team.users).map((u) => u.id);
    // Catalog activities of the program, so pilots and lessons can be tagged.
    const activities = [(await anActivity(app.dataSource, team.org.id, program.id, 'Lead routing')).id, (await anActivity(app.dataSource, team.org.id, program.id, 'Dashboards')).id];
    knownIds = { program: [program.id], activity: activities, unit: [team.region.id, child.id, comparison.id], programUnit: [programUnit.id], user: users, pilot: pilots, metric: metrics, checkIn: checkIns, import: imports };
    metricNames = ['Lead response time', 'lead_response_time', 'Unknown metric'];
    unitNames = [child.name, team.region.name, comparison.name, 'Nowhere'];
    settled = await settledSnapshotter(app);
  });
  afterAll(async () => {
    await app.close();
  });

  /** A hostile or plausible measurement file: CSV rows with edge dates and extreme values, junk bytes, or nothing. */
  function aFile(fuzzer: ValueFuzzer): Buffer {
    const rows = Array.from({ length: fuzzer.pick([1, 2, 5, 20]) }, () =>
      [fuzzer.pick(metricNames), fuzzer.pick([...unitNames, ...NASTY_STRINGS.slice(0, 8)]), fuzzer.pick(EDGE_DATES), fuzzer.pick([...EXTREME_FLOATS.map(String), 'NaN', 'Infinity', '1e999', '=1+1', '＝SUM(A1)', ''])]
        .map((cell) => `"${cell.replace(/"/g, '""')}"`)
        .join(','),
    );
    return fuzzer.pick([
      Buffer.from(['metric,unit,date,value', ...rows].join('\n')),
      Buffer.from(['date;value', ...rows].join('\r\n')),
      Buffer.from('PK\u0003\u0004 not really a zip'),
      Buffer.from([0xff, 0xfe, 0x00, 0x41]),
      Buffer.alloc(0),
    ]);
  }

  /** One REST call: upload a file to a pilot, or download its values; answers `{ status, code }`. */
  async function restCall(fuzzer: ValueFuzzer, agent: TestAgent): Promise<{ label: string; status: number; code: string | undefined; body: unknown }> {
    const pilotId = fuzzer.pick([fuzzer.idFor('pilotId'), fuzzer.idFor('pilotId'), fuzzer.knownId(), encodeURIComponent(fuzzer.pick(NASTY_STRINGS.slice(0, 14)))]);
    const route = fuzzer.pick(['upload', 'upload', 'measurements.csv', 'measurements.xlsx'] as const);
    if (route === 'upload') {
      const fileName = fuzzer.pick(['values.csv', 'values.xlsx', 'noextension', '../../etc/passwd.csv', '=cmd.csv', 'ünïcödé 中文.csv', 'x'.repeat(300)]);
      const res = await agent
        .post(`/api/pilots/${pilotId}/measurement-imports`)
        .set('x-file-name', encodeURIComponent(fileName))
        .set('content-type', 'application/octet-stream')
        .send(aFile(fuzzer));
      return { label: `POST upload`, status: res.status, code: (res.body as { code?: string }).code, body: res.body };
    }
    const res = await agent.get(`/api/pilots/${pilotId}/${route}`);
    return { label: `GET ${route}`, status: res.status, code: res.status >= 400 ? (res.body as { code?: string }).code : undefined, body: res.status >= 400 ? res.body : null };
  }

  // 2,000 HTTP round trips take about 45 s on this 2-core machine even when idle: the suite's 60 s ceiling failed it under load.
  it(`sends ${OPERATIONS_PER_ROOT} random and hostile GraphQL operations per query and mutation, and file uploads and downloads as every role: no 500, every error typed, nothing written by a refused call`, async () => {
    const random = seededRandom(SEED);
    const fuzzer = new ValueFuzzer(random, knownIds);
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const roots = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ['query', field] as const),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ['mutation', field] as const),
    ].filter(([, field]) => !EXCLUDED.has(field.name));
    const problems: string[] = [];
    const codes = new Map<string, number>();
    const wrote = new Set<string>();
    let rest = 0;
    let before = await settled();

    for (let i = 0; i < OPERATIONS_PER_ROOT * roots.length; ) {
      const agent = agents[Math.floor(random() * agents.length)] as TestAgent;
      let label: string;
      let refused: boolean;
      if (random() < REST_SHARE) {
        const call = await restCall(fuzzer, agent);
        rest += 1;
        label = `#${i} ${call.label} → HTTP ${call.status}`;
        refused = call.status >= 400;
        if (call.status >= 500) problems.push(`${label}: ${JSON.stringify(call.body).slice(0, 300)}`);
        if (refused) codes.set(`REST ${call.code ?? 'none'}`, (codes.get(`REST ${call.code ?? 'none'}`) ?? 0) + 1);
        if (refused && call.status !== 413 && !TYPED_CODES.has(call.code ?? 'none')) problems.push(`${label}: untyped error ${call.code}`);
      } else {
        i += 1;
        const [kind, field] = roots[Math.floor(random() * roots.length)] as (typeof roots)[number];
        const { document, variables } = fuzzer.operation(kind, field, random() < PLAUSIBLE_SHARE ? 'plausible' : 'hostile');
        const res = await agent.post('/graphql').set('apollo-require-preflight', 'true').send({ query: document, variables });
        const body = res.body as Body;
        label = `#${i} ${field.name} → HTTP ${res.status}`;
        refused = (body.errors?.length ?? 0) > 0;
        if (res.status >= 500) problems.push(`${label}: ${JSON.stringify(body).slice(0, 300)}`);
        for (const error of body.errors ?? []) {
          const code = error.extensions?.code ?? 'none';
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (!TYPED_CODES.has(code)) problems.push(`${label}: untyped error ${code}: ${error.message.slice(0, 200)}`);
          if (error.extensions?.stacktrace) problems.push(`${label}: stack trace leaked`);
        }
      }
      const after = await settled();
      const changed = changedTables(before, after);
      if (refused && changed.length) problems.push(`${label}: a refused call changed ${changed.join(', ')}`);
      if (!refused) changed.forEach((table) => wrote.add(table));
      before = after;
    }

    expect(problems).toEqual([]);
    // The run must have exercised the guards and the validation, not only parse errors…
    expect(codes.get('BAD_USER_INPUT') ?? 0).toBeGreaterThan(50);
    expect(codes.get('UNAUTHENTICATED') ?? 0).toBeGreaterThan(50);
    expect(codes.get('FORBIDDEN') ?? 0).toBeGreaterThan(50);
    expect(codes.get('REST BAD_USER_INPUT') ?? 0).toBeGreaterThan(10);
    expect(rest).toBeGreaterThan(100);
    // …and got past them to real writes across the product, pilots' records among them, named by ids in any spelling.
    // (Each mutation gets about six plausible tries; most still fail validation, so a few pilot tables is what a run reaches.)
    const pilotTables = ['pilot', 'success_metric', 'measurement', 'check_in', 'decision', 'lesson', 'measurement_import'];
    expect(wrote.size).toBeGreaterThanOrEqual(10);
    expect(pilotTables.filter((table) => wrote.has(table)).length).toBeGreaterThanOrEqual(2);
    expect((await agents[0]?.get('/health/ready'))?.status).toBe(200);
  }, 600_000);

  it('rejects hostile query shapes (aliases, size, batching) with typed errors, not legitimate depth', async () => {
    // Its own user: the random run may have deactivated any of the team's (tests run in random order).
    const agent = await signedIn(app, await aUser(app.dataSource, orgId, 'program_manager'));
    const deep = `{ programs { nodes { owner { units { id } } phaseHistory { changedBy { units { id } } } units { unit { id } } } } }`;
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const huge = `{ ${Array.from({ length: 1500 }, () => 'me { id }').join(' ')} }`;
    // The deepest legitimate shape the schema allows stays within the limits.
    const legit = await agent.post('/graphql').set('apollo-require-preflight', 'true').send({ query: deep });
    expect([legit.status, (legit.body as Body).errors]).toEqual([200, undefined]);
    for (const query of [aliases, huge]) {
      const res = await agent.post('/graphql').set('apollo-require-preflight', 'true').send({ query });
      expect(`${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).not.toMatch(/^5/);
      expect((res.body as Body).errors?.[0]?.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT|GRAPHQL_PARSE_FAILED)$/);
    }
    const batch = await agent.post('/graphql').set('apollo-require-preflight', 'true').send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
    const tooBig = await agent.post('/graphql').set('apollo-require-preflight', 'true').send({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(2_000_000) } });
    expect(tooBig.status).toBe(413);
  });
});
