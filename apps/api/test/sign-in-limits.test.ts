import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/common/errors/app-error.js';
import { SignInLimiter } from '../src/modules/auth/sign-in-limiter.js';
import { aUser, anOrganization } from './factories/organization.factory.js';
import { createTestAppOn, createTestDatabase, gql, type TestApp } from './support/test-app.js';

async function rateLimited(run: () => Promise<void>): Promise<Record<string, unknown> | undefined> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, ...error.extensions };
    throw error;
  }
  return undefined;
}

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';

describe('sign-in limits shared through PostgreSQL', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const url = await createTestDatabase();
    first = await createTestAppOn(url);
    second = await createTestAppOn(url);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('limits an account across two API processes on one database: guesses spread over both meet one limit', async () => {
    const org = await anOrganization(first.dataSource);
    const user = await aUser(first.dataSource, org.id, 'regional_partner');
    const apps = [first, second];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const res = await gql(apps[attempt % 2]?.agent() ?? first.agent(), SIGN_IN, { e: user.email, p: 'wrong password 1' });
      expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    for (const app of apps) {
      const res = await gql(app.agent(), SIGN_IN, { e: user.email, p: 'wrong password 1' });
      expect(res.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
      expect(res.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it('counts per account and per IP in fixed windows, says when to retry, forgets after the window and after a success', async () => {
    let now = Date.parse('2026-12-07T10:00:00Z');
    const limiter = new SignInLimiter(first.dataSource, { perAccount: 3, perIp: 5, windowMs: 60_000 }, () => now);
    const account = `a-${crypto.randomUUID()}@x`;
    for (let i = 0; i < 3; i += 1) expect(await rateLimited(() => limiter.hit(account, '10.0.0.1'))).toBeUndefined();
    now += 15_000;
    expect(await rateLimited(() => limiter.hit(account, '10.0.0.2'))).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 45 });
    now += 45_001;
    expect(await rateLimited(() => limiter.hit(account, '10.0.0.1'))).toBeUndefined();
    await limiter.reset(account);
    for (let i = 0; i < 3; i += 1) expect(await rateLimited(() => limiter.hit(account, '10.0.0.3'))).toBeUndefined();

    const ip = `10.1.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < 5; i += 1) expect(await rateLimited(() => limiter.hit(`b${i}-${crypto.randomUUID()}@x`, ip))).toBeUndefined();
    expect(await rateLimited(() => limiter.hit(`c-${crypto.randomUUID()}@x`, ip))).toMatchObject({ code: 'RATE_LIMITED' });
  });
});
