import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UserEntity } from '../src/modules/users/user.entity.js';
import { UsersRepository } from '../src/modules/users/users.repository.js';
import { aTeam, aUser, anOrganization, TEST_PASSWORD } from './factories/organization.factory.js';
import { createTestApp, errorCode, gql, type GraphQLResponse, type TestApp } from './support/test-app.js';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id role } }';
const ME = '{ me { id email role } }';

describe('sign-in and sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('signs in case-insensitively with an httpOnly SameSite=Lax cookie and knows who I am', async () => {
    const org = await anOrganization(app.dataSource);
    const user = await aUser(app.dataSource, org.id, 'executive');
    const agent = app.agent();
    const res = await agent
      .post('/graphql')
      .set('apollo-require-preflight', 'true')
      .send({ query: SIGN_IN, variables: { e: `  ${user.email.toUpperCase()} `, p: TEST_PASSWORD } });
    expect((res.body as GraphQLResponse<{ signIn: unknown }>).data?.signIn).toEqual({ id: user.id, role: 'executive' });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await gql(agent, ME)).data).toEqual({ me: { id: user.id, email: user.email, role: 'executive' } });
  });

  it('answers a wrong password and an unknown email with the same generic error', async () => {
    const org = await anOrganization(app.dataSource);
    const user = await aUser(app.dataSource, org.id, 'admin');
    const wrongPassword = await gql(app.agent(), SIGN_IN, { e: user.email, p: 'wrong password' });
    const unknownEmail = await gql(app.agent(), SIGN_IN, { e: 'nobody@test.example', p: TEST_PASSWORD });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0]?.message).toBe('Email or password is incorrect.');
    expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
  });

  it('denies every non-public operation without a session', async () => {
    const anonymous = app.agent();
    for (const query of [ME, '{ programs { totalCount } }', '{ units { id } }', '{ metricCatalog { key } }']) {
      expect(errorCode(await gql(anonymous, query))).toBe('UNAUTHENTICATED');
    }
  });

  it('ends the session on sign-out, so the old cookie no longer works', async () => {
    const { agents } = await aTeam(app);
    expect((await gql(agents.manager, 'mutation { signOut }')).data).toEqual({ signOut: true });
    expect(errorCode(await gql(agents.manager, ME))).toBe('UNAUTHENTICATED');
  });

  it('ends a deactivated user’s session at the next request', async () => {
    const { agents, users } = await aTeam(app);
    await app.dataSource.getRepository(UserEntity).update({ id: users.admin.id }, { active: false });
    expect(errorCode(await gql(agents.admin, ME))).toBe('UNAUTHENTICATED');
  });

  it('reads who is asking once per request, however many root fields, and a role change applies at the next', async () => {
    const { agents, users } = await aTeam(app);
    const reads = vi.spyOn(app.app.get(UsersRepository), 'activeActor');
    expect((await gql(agents.partner, '{ a: me { id } b: me { role } }')).data).toEqual({ a: { id: users.partner.id }, b: { role: 'regional_partner' } });
    expect(reads).toHaveBeenCalledTimes(1);
    await app.dataSource.getRepository(UserEntity).update({ id: users.partner.id }, { role: 'executive' });
    expect((await gql(agents.partner, '{ me { role } }')).data).toEqual({ me: { role: 'executive' } });
    expect(reads).toHaveBeenCalledTimes(2);
    reads.mockRestore();
  });

  it('refuses requests without the CSRF-prevention header', async () => {
    const res = await app.agent().get('/graphql').query({ query: ME });
    expect(res.status).toBe(400);
  });

  it('serves health without a session and reports the database ready', async () => {
    const agent = app.agent();
    expect((await agent.get('/health')).body).toEqual({ status: 'ok' });
    const ready = await agent.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok' });
    // Security headers; plain-HTTP deployments must not force HTTPS sub-requests.
    const csp = String(ready.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(ready.headers['x-powered-by']).toBeUndefined();
  });
});
