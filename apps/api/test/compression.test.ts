import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTeam } from './factories/organization.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// A large GraphQL answer: every type of the schema with its fields.
const LARGE = { query: '{ __schema { types { name fields { name description } } } }' };

describe('response compression', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('compresses a large answer for a client that accepts it (brotli first), and sends it plain otherwise', async () => {
    const send = (encoding: string) =>
      team.agents.executive.post('/graphql').set('apollo-require-preflight', 'true').set('accept-encoding', encoding).send(LARGE);
    expect((await send('gzip, deflate, br')).headers['content-encoding']).toBe('br');
    const gzipped = await send('gzip');
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect((gzipped.body as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length).toBeGreaterThan(100);

    const plain = await send('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(gzipped.body);
  });
});
