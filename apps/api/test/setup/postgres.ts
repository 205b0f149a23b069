import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the run's PostgreSQL server (database `postgres`); each test file creates its own database. */
    pgAdminUrl: string;
  }
}

let database: EmbeddedDatabase | undefined;

/** One throwaway PostgreSQL per test run; it ignores DATABASE_URL on purpose. */
export async function setup(project: TestProject): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'rollout-test-'));
  chmodSync(root, 0o755); // PostgreSQL runs as its own user when we are root
  const dataDir = path.join(root, 'pg');
  database = await startEmbeddedPostgres({ dataDir, database: 'postgres', persistent: false });
  project.provide('pgAdminUrl', database.url);
}

export async function teardown(): Promise<void> {
  await database?.stop();
}
