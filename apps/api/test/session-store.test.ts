import session from 'express-session';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore, SESSION_TOUCH_INTERVAL_MS } from '../src/common/http/session-store.js';
import { aUser, anOrganization, TEST_PASSWORD } from './factories/organization.factory.js';
import { createTestApp, gql, type TestApp } from './support/test-app.js';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';

describe('session expiry writes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const sessionRows = () => app.dataSource.query<{ sid: string; expire: Date }[]>('SELECT sid, expire FROM session ORDER BY sid');

  it('does not rewrite the session row on each request of a signed-in user', async () => {
    const org = await anOrganization(app.dataSource);
    const user = await aUser(app.dataSource, org.id, 'executive');
    const agent = app.agent();
    expect((await gql(agent, SIGN_IN, { e: user.email, p: TEST_PASSWORD })).errors).toBeUndefined();
    const before = await sessionRows();
    for (let i = 0; i < 3; i++) expect((await gql(agent, '{ me { id } }')).data).toEqual({ me: { id: user.id } });
    expect(await sessionRows()).toEqual(before);
  });

  it('still extends a session in use, once per interval', async () => {
    const pool = new pg.Pool({ connectionString: (app.dataSource.options as { url: string }).url, max: 1 });
    let clock = Date.parse('2026-12-07T09:00:00Z');
    const store = createSessionStore(pool, { now: () => clock });
    const done = (resolve: () => void, reject: (error: unknown) => void) => (error?: unknown) => (error ? reject(error) : resolve());
    const set = (data: session.SessionData) => new Promise<void>((resolve, reject) => store.set('clocked', data, done(resolve, reject)));
    const touch = (data: session.SessionData) => new Promise<void>((resolve, reject) => store.touch('clocked', data, done(resolve, reject)));
    const expiresIn = (hours: number): session.SessionData => ({ userId: 'someone', cookie: Object.assign(new session.Cookie(), { expires: new Date(clock + hours * 3_600_000) }) });
    const expiry = async () => (await pool.query<{ expire: Date }>(`SELECT expire FROM session WHERE sid = 'clocked'`)).rows[0]?.expire.getTime();
    try {
      await set(expiresIn(8));
      const first = await expiry();
      clock += SESSION_TOUCH_INTERVAL_MS / 2;
      await touch(expiresIn(8));
      expect(await expiry()).toBe(first);
      clock += SESSION_TOUCH_INTERVAL_MS;
      await touch(expiresIn(8));
      expect(await expiry()).toBe(clock + 8 * 3_600_000);
    } finally {
      store.destroy('clocked');
      await pool.end();
    }
  });
});
