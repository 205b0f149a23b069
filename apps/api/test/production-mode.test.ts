import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger } from '../src/common/logging/logger.js';
import { aUser, anOrganization, TEST_PASSWORD } from './factories/organization.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('production mode hardening', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ NODE_ENV: 'production', SESSION_SECRET: randomBytes(32).toString('hex'), TRUST_PROXY: '1' });
  });
  afterAll(async () => {
    await app.close();
  });

  const post = (body: object) => app.agent().post('/graphql').set('apollo-require-preflight', 'true').send(body);

  it('refuses introspection and hides field suggestions', async () => {
    const res = await post({ query: '{ __schema { types { name } } }' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/introspection/i);
    const typo = await post({ query: '{ programz { totalCount } }' });
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
  });

  it('sets a __Host- cookie that is Secure, HttpOnly and SameSite=Lax, and no debug headers', async () => {
    const org = await anOrganization(app.dataSource);
    const user = await aUser(app.dataSource, org.id, 'executive');
    // Behind TLS termination the app sees plain HTTP; a Secure cookie is still issued when the proxy says so.
    const res = await app
      .agent()
      .post('/graphql')
      .set('apollo-require-preflight', 'true')
      .set('x-forwarded-proto', 'https')
      .send({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: user.email, p: TEST_PASSWORD } });
    expect(res.body).toEqual({ data: { signIn: { id: user.id } } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-sid=.*; Path=\/;.*HttpOnly; Secure; SameSite=Lax/);
    expect(res.headers['x-db-statements']).toBeUndefined();
    expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
  });

  it('answers a subscription over HTTP, anonymously, with a typed 400 pointing to the WebSocket, and logs no error', async () => {
    const logged = vi.spyOn(logger, 'error');
    try {
      const res = await post({ query: 'subscription { unreadNotificationCountChanged }' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        errors: [
          {
            message: 'Subscriptions are served over WebSocket (the graphql-transport-ws protocol) at /graphql, not over HTTP.',
            locations: [{ line: 1, column: 1 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      });
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('refuses a sign-in over plain HTTP with a typed error saying TLS or TRUST_PROXY is needed, instead of a cookie-less success', async () => {
    const org = await anOrganization(app.dataSource);
    const user = await aUser(app.dataSource, org.id, 'executive');
    const res = await post({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: user.email, p: TEST_PASSWORD } });
    expect(res.headers['set-cookie']).toBeUndefined();
    const body = res.body as { data: unknown; errors?: unknown[] };
    expect(body.data).toBeNull();
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/HTTPS.*TRUST_PROXY/) as string,
      extensions: { code: 'TLS_REQUIRED' },
    });
  });

  it('keeps CORS closed: no cross-origin grants', async () => {
    const preflight = await app.agent().options('/graphql').set('origin', 'https://evil.example').set('access-control-request-method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});
