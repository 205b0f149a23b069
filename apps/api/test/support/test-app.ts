import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Response } from 'superagent';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { inject } from 'vitest';
import { createApp, type RunningApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/config.js';

/** A fresh database on the run's PostgreSQL server; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return adminUrl.replace(/\/[^/]+$/, `/${name}`);
}

export interface TestApp extends RunningApp {
  /** A new HTTP client with its own cookie jar (one per signed-in user). */
  agent(): TestAgent;
}

/** The whole app (migrations, guards, sessions) on its own database, without demo data. */
export async function createTestApp(env: Record<string, string> = { NODE_ENV: 'test' }): Promise<TestApp> {
  return createTestAppOn(await createTestDatabase(), env);
}

/** Another API process on an existing database (two replicas of one deployment). */
export async function createTestAppOn(url: string, env: Record<string, string> = { NODE_ENV: 'test' }): Promise<TestApp> {
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: url, ...env }), demoData: false };
  const running = await createApp(config, url);
  return { ...running, agent: () => request.agent(running.app.getHttpServer()) };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[];
}

/** Posts one GraphQL operation the way the web app does (CSRF-safe header, cookie jar). */
export async function gql<T = Record<string, unknown>>(agent: TestAgent, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const res = await agent.post('/graphql').set('apollo-require-preflight', 'true').send({ query, variables });
  return res.body as GraphQLResponse<T>;
}

/**
 * Posts an operation asking for an answer computed now (`Cache-Control: no-cache`, past the response
 * cache): its data (errors thrown) and the SQL statements it sent, for tests of what is kept.
 */
export async function computedNow<T>(agent: TestAgent, query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; statements: number }> {
  const res = await agent.post('/graphql').set('apollo-require-preflight', 'true').set('cache-control', 'no-cache').send({ query, variables });
  return { data: dataOf(res.body as GraphQLResponse<T>), statements: Number(res.headers['x-db-statements']) };
}

/** The answer's data; its errors, thrown, when there is none. */
export function dataOf<T>(res: GraphQLResponse<T>): T {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** The error code of the first error, or undefined on success. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions.code;
}

/** Rows in the audit log (of one table): every business-table write adds one, so an unchanged count means nothing was written. */
export async function auditEventCount(app: RunningApp, table?: string): Promise<number> {
  const rows = await app.dataSource.query<{ count: string }[]>('SELECT count(*) FROM audit_event WHERE $1::text IS NULL OR table_name = $1', [table ?? null]);
  return Number(rows[0]?.count);
}

/** A supertest parser that collects a binary response body (CSV and XLSX alike): `.buffer(true).parse(binary)`. */
export function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
