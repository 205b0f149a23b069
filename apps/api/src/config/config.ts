import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int('PORT must be a whole number.').min(1).max(65535, 'PORT must be between 1 and 65535.').default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z
      .url('DATABASE_URL must be a URL like postgres://user:password@host:5432/database.')
      .refine((url) => /^postgres(ql)?:\/\//.test(url), 'DATABASE_URL must start with postgres:// or postgresql://.')
      .optional(),
    DATA_DIR: z.string().min(1).default(`${repoRoot}.data`),
    WEB_DIST_DIR: z.string().min(1).default(`${repoRoot}apps/web/dist`),
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET needs at least 32 characters.').optional(),
    COOKIE_SECURE: booleanFlag.optional(),
    // Express 'trust proxy': hops count (1), true/false, or names like 'loopback'. Needed behind TLS termination.
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|\d{1,2}|[a-z0-9.,:/ ]+)$/i, 'TRUST_PROXY must be true, false, a hop count or a list of addresses.')
      .transform((value): boolean | number | string => (value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value))
      .optional(),
    GRAPHQL_INTROSPECTION: booleanFlag.optional(),
    GRAPHQL_MAX_COST: z.coerce.number().int('GRAPHQL_MAX_COST must be a whole number.').min(100, 'GRAPHQL_MAX_COST is at least 100.').default(5000),
    DEMO_DATA: booleanFlag.optional(),
    MIGRATE_ON_BOOT: booleanFlag.default(true),
    JOBS: booleanFlag.optional(),
    RESPONSE_CACHE: booleanFlag.optional(),
    SMTP_URL: z
      .url('SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465.')
      .refine((url) => /^smtps?:\/\//.test(url), 'SMTP_URL must start with smtp:// or smtps://.')
      .optional(),
    SMTP_FROM: z.string().min(3).default('Rollout <rollout@localhost>'),
    PUBLIC_URL: z
      .url('PUBLIC_URL must be the address people open Rollout at, like https://rollout.example.com.')
      .refine((url) => /^https?:\/\//.test(url), 'PUBLIC_URL must start with http:// or https://.')
      .optional(),
    SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.SESSION_SECRET) ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'SESSION_SECRET is required in production.' });
    if (!env.DATABASE_URL) ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'DATABASE_URL is required in production.' });
    if (env.DEMO_DATA) ctx.addIssue({ code: 'custom', path: ['DEMO_DATA'], message: 'DEMO_DATA is refused in production.' });
    if (env.SESSION_SECRET && isPlaceholderSecret(env.SESSION_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'SESSION_SECRET is a default or placeholder value; generate one with: openssl rand -hex 32' });
    }
    if (env.COOKIE_SECURE === false) {
      ctx.addIssue({ code: 'custom', path: ['COOKIE_SECURE'], message: 'COOKIE_SECURE=false is refused in production: serve over TLS (e.g. an Ingress) and keep cookies Secure.' });
    }
    // The app speaks plain HTTP behind TLS termination: without trusting the proxy's X-Forwarded-Proto
    // it sees every request as insecure and never sets the Secure session cookie (nobody can sign in).
    if (env.TRUST_PROXY === undefined || env.TRUST_PROXY === false) {
      ctx.addIssue({ code: 'custom', path: ['TRUST_PROXY'], message: 'TRUST_PROXY is required in production: the hop count of the TLS-terminating proxies in front (usually 1).' });
    }
  });

const DEV_SESSION_SECRET = 'rollout-development-only-session-secret-not-for-production';
// Values that appear in docs and examples, and the shapes people type when asked for "a secret".
const PLACEHOLDER_SECRET = /change.?me|replace.?me|placeholder|example|secret|password|not.?for.?production|^(.)\1+$/i;

/** The development default, a documented placeholder, or too few distinct characters to be random. */
function isPlaceholderSecret(secret: string): boolean {
  return secret === DEV_SESSION_SECRET || PLACEHOLDER_SECRET.test(secret) || new Set(secret).size < 10;
}

/** Every environment variable the app reads (`.env.example` documents each one). */
export const ENV_VARIABLES = Object.keys(envSchema.shape);

/** Validated runtime configuration; the only place that reads `process.env`. */
export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  webDistDir: string;
  sessionSecret: string;
  cookieSecure: boolean;
  trustProxy: boolean | number | string;
  introspection: boolean;
  /** The most an operation may cost (objects returned, with page sizes); above it: QUERY_TOO_COMPLEX. */
  maxQueryCost: number;
  demoData: boolean;
  migrateOnBoot: boolean;
  /** Whether this process works the job queue (reminders, webhook deliveries); off in tests, which run jobs on purpose. */
  jobs: boolean;
  /** Whether whole answers of read-only pages are kept by the organization's data version; off in tests, which count statements. */
  responseCache: boolean;
  /** Where notification email goes out; without it, notifications stay in the app. */
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** Where people open Rollout: links in webhook messages and calendar feeds point there. */
  publicUrl: string;
  shutdownDelayMs: number;
  logLevel: string;
}

/** Thrown with every invalid variable listed, so one boot shows all problems. */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = result.data;
  const production = e.NODE_ENV === 'production';
  return {
    production,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    webDistDir: e.WEB_DIST_DIR,
    sessionSecret: e.SESSION_SECRET ?? DEV_SESSION_SECRET,
    cookieSecure: e.COOKIE_SECURE ?? production,
    trustProxy: e.TRUST_PROXY ?? false,
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    maxQueryCost: e.GRAPHQL_MAX_COST,
    demoData: e.DEMO_DATA ?? !production,
    migrateOnBoot: e.MIGRATE_ON_BOOT,
    jobs: e.JOBS ?? e.NODE_ENV !== 'test',
    responseCache: e.RESPONSE_CACHE ?? e.NODE_ENV !== 'test',
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
    logLevel: e.LOG_LEVEL,
  };
}

/** The token Nest modules inject to read the configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
