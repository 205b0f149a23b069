import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, ENV_VARIABLES, loadConfig } from './config.js';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://rollout:pw@db:5432/rollout',
  SESSION_SECRET: randomBytes(32).toString('hex'),
  TRUST_PROXY: '1',
};

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return '';
}

describe('production configuration', () => {
  it('starts with a random secret behind one trusted proxy: Secure cookie, no demo data, no introspection', () => {
    const config = loadConfig(production);
    expect(config).toMatchObject({ production: true, cookieSecure: true, trustProxy: 1, demoData: false, introspection: false });
  });

  it.each([
    ['the development default', 'rollout-development-only-session-secret-not-for-production'],
    ['a documented placeholder', 'change-me-to-a-long-random-value-0123456789'],
    ['one repeated character', 'x'.repeat(64)],
    ['too few distinct characters', 'abcabcabcabcabcabcabcabcabcabcabcabc'],
  ])('refuses %s as SESSION_SECRET', (_label, secret) => {
    expect(problems({ ...production, SESSION_SECRET: secret })).toMatch(/SESSION_SECRET: SESSION_SECRET is a default or placeholder/);
  });

  it('refuses demo data, an insecure cookie and a missing TRUST_PROXY, listing every problem at once', () => {
    const { TRUST_PROXY: _omitted, ...withoutProxy } = production;
    const message = problems({ ...withoutProxy, DEMO_DATA: 'true', COOKIE_SECURE: 'false' });
    expect(message).toMatch(/DEMO_DATA: DEMO_DATA is refused in production/);
    expect(message).toMatch(/COOKIE_SECURE: COOKIE_SECURE=false is refused in production/);
    expect(message).toMatch(/TRUST_PROXY: TRUST_PROXY is required in production/);
    expect(problems({ ...production, TRUST_PROXY: 'false' })).toMatch(/TRUST_PROXY: TRUST_PROXY is required/);
  });

  it('keeps development free of these requirements (embedded database, dev secret, plain-HTTP cookie)', () => {
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ production: false, cookieSecure: false, demoData: true, databaseUrl: undefined });
  });
});

describe('.env.example', () => {
  it('documents every variable the app reads, and nothing it does not', () => {
    const example = readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8');
    const documented = [...example.matchAll(/^# ([A-Z_]+)=/gm)].map((match) => match[1]);
    expect([...documented].sort()).toEqual([...ENV_VARIABLES].sort());
  });
});
