import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Kind, parse, type DefinitionNode, type DocumentNode, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_COST, operationCost } from '../src/common/graphql/query-cost.js';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { aPilot, aSuccessMetric } from './factories/pilot.factory.js';
import { createTestApp, gql, type TestApp } from './support/test-app.js';

const webSource = fileURLToPath(new URL('../../web/src', import.meta.url));

/** Every GraphQL document the web app sends: the `graphql(`…`)` templates in its source (generated code excluded). */
function webDocuments(): DefinitionNode[] {
  const files = readdirSync(webSource, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith(`gql${path.sep}`),
  );
  return files.flatMap((file) =>
    [...readFileSync(path.join(webSource, file), 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)].flatMap((match) => parse(match[1] ?? '').definitions),
  );
}

const namedType = (type: TypeNode): string | undefined => (type.kind === Kind.NON_NULL_TYPE ? namedType(type.type) : type.kind === Kind.NAMED_TYPE ? type.name.value : undefined);

/** Each Int variable as large as anyone could send: every `first` then counts its field's whole page limit. */
function largestPages(operation: OperationDefinitionNode): Record<string, number> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).filter((variable) => namedType(variable.type) === 'Int').map((variable) => [variable.variable.name.value, 1_000_000]),
  );
}

describe('query cost: a documented QUERY_TOO_COMPLEX, sized so the web app fits with room', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('costs every operation the web app sends, at its largest page size, at most half the limit', () => {
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const definitions = webDocuments();
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions };
    const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(40);
    const costs = operations.map((operation) => [operation.name?.value, operationCost(schema, document, operation, largestPages(operation))] as const);
    const tooCostly = costs.filter(([, cost]) => cost > MAX_QUERY_COST / 2);
    expect(tooCostly).toEqual([]);
  });

  it('serves 100 programs with their pilots (refused before as costing 2,525)', async () => {
    await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const res = await team.agents.executive
      .post('/graphql')
      .set('apollo-require-preflight', 'true')
      .send({ query: '{ programs(first: 100) { nodes { name pilots { id name status version } } } }' });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('errors');
  });

  it('refuses a query above the limit with QUERY_TOO_COMPLEX, its cost and the limit, HTTP 400, no "Syntax Error"', async () => {
    const query = `{ programs(first: 100) { nodes { pilots { metrics { name } checkIns { id } decisions { id } lessons { id } } } } }`;
    const res = await team.agents.executive.post('/graphql').set('apollo-require-preflight', 'true').send({ query });
    expect(res.status).toBe(400);
    const [error] = (res.body as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors;
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: expect.any(Number) as number, limit: MAX_QUERY_COST });
    expect(error?.extensions.cost).toBeGreaterThan(MAX_QUERY_COST);
    expect(error?.message).toContain(`the limit is ${MAX_QUERY_COST}`);
    expect(error?.message).not.toMatch(/syntax/i);
  });

  it('answers measurements(first: 1000) with the page-size field error, not a cost error', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const metric = await aSuccessMetric(app.dataSource, await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [team.region.id] }));
    const res = await gql(team.agents.manager, `query($id: ID!) { measurements(metricId: $id, first: 1000) { id date value unit { name } enteredBy { name } } }`, { id: metric.id });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'first', message: 'Ask for 1 to 500 values.' }] });
  });
});
