import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALIGNMENT_CASES } from './access-matrix/alignment.cases.js';
import { ASSESSMENT_INVENTORY_CASES } from './access-matrix/assessment-inventory.cases.js';
import { ASSESSMENT_CASES } from './access-matrix/assessments.cases.js';
import { DESIGN_PLACEMENT_CASES } from './access-matrix/design-placement.cases.js';
import { DESIGN_VERSION_CASES, TARGET_MODEL_REST_CASES } from './access-matrix/design-versions.cases.js';
import { REST_CASES } from './access-matrix/files.cases.js';
import { HISTORY_CASES } from './access-matrix/history.cases.js';
import { MEASUREMENT_CASES } from './access-matrix/measurements.cases.js';
import { PILOT_CASES } from './access-matrix/pilots.cases.js';
import { PROGRAM_CASES } from './access-matrix/programs.cases.js';
import { RACI_CASES, RACI_REST_CASES } from './access-matrix/raci.cases.js';
import { SESSION_CASES } from './access-matrix/session.cases.js';
import { UNIT_AND_USER_CASES } from './access-matrix/units-and-users.cases.js';
import { WAVE_CASES } from './access-matrix/waves.cases.js';
import { GOVERNANCE_CASES, GOVERNANCE_REST_CASES } from './access-matrix/governance.cases.js';
import { NOTIFICATION_CASES } from './access-matrix/notifications.cases.js';
import { BACKLOG_CASES, BACKLOG_REST_CASES } from './access-matrix/backlog.cases.js';
import { buildWorld, CALLERS, type Case, type Vars, type World } from './access-matrix/world.js';
import { aUser, signedIn } from './factories/organization.factory.js';
import { changedTables, settledSnapshotter, type Snapshot } from './support/snapshot.js';
import { binary, createTestApp, gql, type TestApp } from './support/test-app.js';

/**
 * Who may call what: every query and mutation, called by every kind of caller, against records in
 * and out of the caller's scope, and the file routes (upload, export). Allowed calls must succeed
 * and change the record as asked (`effect`); denied calls must fail typed, the same with invalid
 * values (permission before validation), and write nothing to any business table. The cases live in
 * access-matrix/, one `*.cases.ts` file per feature (callers, world and shared helpers in world.ts);
 * an operation missing from CASES fails the first test.
 */
const CASES: Case[] = [
  ...SESSION_CASES,
  ...PROGRAM_CASES,
  ...UNIT_AND_USER_CASES,
  ...HISTORY_CASES,
  ...ASSESSMENT_CASES,
  ...ASSESSMENT_INVENTORY_CASES,
  ...PILOT_CASES,
  ...MEASUREMENT_CASES,
  ...ALIGNMENT_CASES,
  ...DESIGN_PLACEMENT_CASES,
  ...DESIGN_VERSION_CASES,
  ...RACI_CASES,
  ...WAVE_CASES,
  ...GOVERNANCE_CASES,
  ...NOTIFICATION_CASES,
  ...BACKLOG_CASES,
];
const FILE_CASES = [...REST_CASES, ...RACI_REST_CASES, ...TARGET_MODEL_REST_CASES, ...GOVERNANCE_REST_CASES, ...BACKLOG_REST_CASES];

describe('access matrix', () => {
  let app: TestApp;
  let world: World;
  let schema: GraphQLSchema;
  let snapshot: () => Promise<Snapshot>;
  beforeAll(async () => {
    app = await createTestApp();
    world = await buildWorld(app);
    schema = app.app.get(GraphQLSchemaHost).schema;
    snapshot = await settledSnapshotter(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('has a case for every query and mutation in the schema', () => {
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const operations = [...Object.keys(schema.getQueryType()?.getFields() ?? {}), ...Object.keys(schema.getMutationType()?.getFields() ?? {})];
    const covered = new Set(CASES.map((c) => c.operation));
    expect(operations.filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const testCase of CASES) {
    it(`${testCase.operation}${testCase.scope ? ` (${testCase.scope})` : ''}: allowed for ${testCase.allowed.join(', ')} only`, async () => {
      for (const caller of CALLERS) {
        let agent = world.agents[caller];
        if (testCase.freshSession && caller !== 'anonymous') {
          const role = caller === 'otherManager' || caller === 'manager' ? 'program_manager' : caller === 'partner' ? 'regional_partner' : caller;
          agent = await signedIn(app, await aUser(app.dataSource, world.org.id, role, role === 'regional_partner' ? [world.region.id] : []));
        } else if (testCase.freshSession) {
          agent = app.agent();
        }
        const variables = await testCase.variables(world, caller);
        const allowed = testCase.allowed.includes(caller);
        // Only a refused call is checked for writes (an allowed one's are its effect).
        const before = allowed ? {} : await snapshot();
        // The admin names every record by its id in upper case: the same record, spelled differently.
        const res = await gql(agent, testCase.document, caller === 'admin' ? upperCaseIds(variables) : variables);
        const outcome = `${caller}: ${JSON.stringify(res.errors?.[0]?.extensions.code ?? 'ok')}`;
        if (allowed) {
          expect(outcome).toBe(`${caller}: "ok"`);
          if (testCase.effect) {
            const { sql, params, rows } = testCase.effect;
            expect(await app.dataSource.query(sql, params(variables)), `${caller}: what ${testCase.operation} did`).toEqual(typeof rows === 'function' ? rows(world) : rows);
          }
        } else {
          const denied = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          expect(outcome).toBe(`${caller}: "${denied}"`);
          // Permission comes before validation: invalid values do not change the answer or reveal the rules.
          const invalid = await gql(agent, testCase.document, invalidValues(schema, testCase.document, variables));
          expect(`${caller} with invalid values: ${JSON.stringify(invalid.errors?.[0]?.extensions.code ?? 'ok')}`).toBe(`${caller} with invalid values: "${denied}"`);
          expect(changedTables(before, await snapshot()), `${caller}: tables written by a refused ${testCase.operation}`).toEqual([]);
        }
      }
    });
  }

  it('has a case for every file route', () => {
    // Express lists the routes Nest mounted; a case names one by method and the path after its record's id.
    const router = (app.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router;
    const routes = router.stack
      .flatMap((layer) => (layer.route && layer.route.path.startsWith('/api/') ? Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${layer.route?.path ?? ''}`) : []))
      .map((route) => route.replace(/\/api\/(?:\w+\/:\w+\/)?/, ' ').replace(/\s+/, ' '));
    const covered = new Set(FILE_CASES.map((restCase) => restCase.route.replace(/\/(preview|commit)$/, '/:step')));
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
  });

  // The file routes (GraphQL carries no files): each case sets up its record, calls the route as each
  // caller (the admin names the record by its id in upper case) and says what an allowed call returns.
  for (const restCase of FILE_CASES) {
    it(`${restCase.route}: allowed for ${restCase.allowed.join(', ')} only`, async () => {
      for (const caller of CALLERS) {
        const { path, send, verify } = await restCase.prepare(world);
        const allowed = restCase.allowed.includes(caller);
        // A refused call and a download are checked for writes (an allowed upload's are what it is for).
        const before = allowed && send ? {} : await snapshot();
        const url = caller === 'admin' ? path.replace(UUID_ANYWHERE, (id) => id.toUpperCase()) : path;
        const agent = world.agents[caller];
        const res = send ? await send(agent.post(url)) : await agent.get(url).buffer(true).parse(binary);
        if (allowed) {
          expect(`${caller}: ${res.status}`).toBe(`${caller}: ${restCase.status ?? 200}`);
          await verify(res, caller);
          // A download writes nothing.
          if (!send) expect(changedTables(before, await snapshot())).toEqual([]);
        } else {
          const denied = caller === 'anonymous' ? 401 : 403;
          // Downloads collect their body as bytes: the error is JSON all the same.
          const body: unknown = Buffer.isBuffer(res.body) ? JSON.parse(res.body.toString('utf8')) : res.body;
          expect(`${caller}: ${res.status} ${(body as { code?: string }).code}`).toBe(`${caller}: ${denied} ${denied === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN'}`);
          expect(changedTables(before, await snapshot()), `${caller}: tables written by a refused ${restCase.route}`).toEqual([]);
        }
      }
    });
  }
});

const UUID_ANYWHERE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The variables with every id in upper case. */
function upperCaseIds(value: unknown): Vars {
  const spell = (item: unknown): unknown => {
    if (typeof item === 'string') return UUID.test(item) ? item.toUpperCase() : item;
    if (Array.isArray(item)) return item.map(spell);
    if (item !== null && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, spell(inner)]));
    return item;
  };
  return spell(value) as Vars;
}

/**
 * The variables with every text and number made invalid for any rule (`'x'`, `-1`) while still
 * of the right GraphQL type; ids, enums and booleans stay, so the call names the same records.
 */
function invalidValues(schema: GraphQLSchema, document: string, variables: Vars): Vars {
  const spoil = (type: GraphQLInputType, value: unknown): unknown => {
    const nullable = getNullableType(type);
    if (value === null || value === undefined) return value;
    if (isListType(nullable)) return Array.isArray(value) ? value.map((item) => spoil(nullable.ofType, item)) : value;
    if (isInputObjectType(nullable)) {
      const fields = nullable.getFields();
      return Object.fromEntries(Object.entries(value as Vars).map(([key, item]) => [key, fields[key] ? spoil(fields[key].type, item) : item]));
    }
    if (isScalarType(nullable) && nullable.name === 'String') return 'x';
    if (isScalarType(nullable) && (nullable.name === 'Int' || nullable.name === 'Float')) return -1;
    return value;
  };
  const operation = parse(document).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const spoiled: Vars = { ...variables };
  for (const definition of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    if (type && name in spoiled) spoiled[name] = spoil(type, spoiled[name]);
  }
  return spoiled;
}
