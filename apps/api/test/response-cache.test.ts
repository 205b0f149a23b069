import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProgram, aTeam, TEST_PASSWORD } from './factories/organization.factory.js';
import { createTestApp, dataOf, errorCode, gql, type GraphQLResponse, type TestApp } from './support/test-app.js';
import type TestAgent from 'supertest/lib/agent.js';

const PROGRAMS = `query Programs { programs(first: 50) { nodes { id name version } } }`;

interface Programs {
  programs: { nodes: { id: string; name: string; version: number }[] };
}

describe('the response cache', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp({ NODE_ENV: 'test', RESPONSE_CACHE: 'true' });
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  /** The programs list as `agent` reads it, with the statements the request ran. */
  async function read(agent: TestAgent, headers: Record<string, string> = {}, query = PROGRAMS) {
    const res = await agent.post('/graphql').set('apollo-require-preflight', 'true').set(headers).send({ query, operationName: 'Programs' });
    return {
      names: dataOf(res.body as { data: Programs }).programs.nodes.map((node) => node.name).sort(),
      statements: Number(res.headers['x-db-statements']),
      text: res.text,
      renewsCookie: res.headers['set-cookie'] !== undefined,
    };
  }
  const version = async () => Number((await app.dataSource.query<{ version: string }[]>(`SELECT version FROM org_data_version WHERE org_id = $1`, [team.org.id]))[0]?.version ?? 0);

  it('answers a page again from memory until any change to the organization’s data commits, however it is written', async () => {
    const { manager, executive } = team.agents;
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { name: 'Cached program' });
    const first = await read(executive);
    const again = await read(executive);
    // The very bytes first sent.
    expect(again.text).toBe(first.text);
    // Served without computing, in one statement: the session, the caller's active check and data version.
    expect(again.statements).toBe(1);
    expect(first.statements).toBeGreaterThan(1);
    // A session last kept alive over a minute ago is kept alive again (through express-session, which renews the cookie) and then served.
    await app.dataSource.query(`UPDATE session SET expire = now() + interval '7 hours' WHERE sess ->> 'userId' = $1`, [team.users.executive.id]);
    const renewed = await read(executive);
    expect(renewed.text).toBe(first.text);
    expect(renewed.renewsCookie).toBe(true);
    // Not computed: the one counted statement is the version read (express-session reads on a pool of its own).
    expect(renewed.statements).toBe(1);
    expect(again.renewsCookie).toBe(false);
    // Cache-Control: no-cache computes it anew.
    expect((await read(executive, { 'cache-control': 'no-cache' })).statements).toBe(first.statements);
    // A query that also reads something no version follows (the caller's unread notifications) is never kept.
    const withNotifications = `query Programs { unreadNotificationCount programs(first: 50) { nodes { id name version } } }`;
    const mixed = await read(executive, {}, withNotifications);
    expect((await read(executive, {}, withNotifications)).statements).toBe(mixed.statements);
    expect(mixed.statements).toBeGreaterThan(first.statements);

    // A rename through the API: the next read has it.
    const [current] = dataOf(await gql<Programs>(manager, PROGRAMS)).programs.nodes.filter((node) => node.id === program.id);
    dataOf(await gql(manager, `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { id } }`, { input: { id: program.id, expectedVersion: current?.version, name: 'Renamed through the API' } }));
    expect((await read(executive)).names).toContain('Renamed through the API');

    // A write by another process, straight in SQL: the commit moves the version all the same.
    await app.dataSource.query(`UPDATE program SET name = 'Renamed in SQL' WHERE id = $1`, [program.id]);
    expect((await read(executive)).names).toContain('Renamed in SQL');

    // Another person never gets an answer kept for someone else, and a deactivated one gets none.
    expect((await read(manager)).names).toContain('Renamed in SQL');
    await app.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [team.users.executive.id]);
    expect(errorCode(await gql(executive, PROGRAMS))).toBe('UNAUTHENTICATED');
    await app.dataSource.query(`UPDATE app_user SET active = true WHERE id = $1`, [team.users.executive.id]);
    // Nor one who signed out, though their old cookie is sent again.
    const signIn = await app.agent().post('/graphql').set('apollo-require-preflight', 'true').send({ query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, variables: { e: team.users.admin.email, p: TEST_PASSWORD } });
    const oldCookie = signIn.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
    const asBefore = () => app.agent().post('/graphql').set('apollo-require-preflight', 'true').set('cookie', oldCookie).send({ query: PROGRAMS, operationName: 'Programs' });
    expect((await asBefore()).body).toHaveProperty('data.programs');
    expect(Number((await asBefore()).headers['x-db-statements'])).toBe(1);
    await app.agent().post('/graphql').set('apollo-require-preflight', 'true').set('cookie', oldCookie).send({ query: `mutation { signOut }` });
    expect(errorCode((await asBefore()).body as GraphQLResponse<Programs>)).toBe('UNAUTHENTICATED');
  });

  it('moves the version once per transaction, at commit, so a long write holds up no other writer of the organization', async () => {
    const before = await version();
    await app.dataSource.transaction(async (em) => {
      for (const name of ['One', 'Two', 'Three']) await em.query(`INSERT INTO unit (org_id, name, code, kind) VALUES ($1, $2, $3, 'country')`, [team.org.id, `Unit ${name}`, `U-${name}`]);
    });
    expect(await version()).toBe(before + 1);

    // An import-like transaction stays open after writing; another writer commits meanwhile, unblocked.
    const long = app.dataSource.createQueryRunner();
    await long.connect();
    await long.startTransaction();
    try {
      await long.query(`INSERT INTO unit (org_id, name, code, kind) VALUES ($1, 'Long unit', 'U-LONG', 'country')`, [team.org.id]);
      const other = app.dataSource.query(`UPDATE unit SET name = 'Unit Uno' WHERE org_id = $1 AND code = 'U-One'`, [team.org.id]).then(() => 'committed');
      const stuck = new Promise((resolve) => setTimeout(() => resolve('waiting on the long one'), 2000));
      expect(await Promise.race([other, stuck])).toBe('committed');
      expect(await version()).toBe(before + 2);
      await long.commitTransaction();
    } finally {
      await long.release();
    }
    expect(await version()).toBe(before + 3);
  });
});
