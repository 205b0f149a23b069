import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { CREATE_PROGRAM, postGraphQL, programInput, signIn, startServer, stopServer, waitReady, type ServerProcess, serverPort } from './support/server-process.js';

const PROGRAM_IDS = `{ programs(filter: { includeArchived: true }, first: 100) { nodes { id } } }`;
// The bound: during an outage a request answers within 5 s instead of hanging.
const ANSWER_WITHIN_MS = 5_000;
// How often the import sweep (the API's background job) runs: a third of the 30 s import lease.
const SWEEP_TICK_MS = 10_000;

/** Waits until the server has logged `text`, polling its output. */
async function waitForOutput(server: ServerProcess, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!server.output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`the server did not log “${text}” within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A PostgreSQL restart (or a CloudNativePG / managed-service failover) under a running API: its
 * own database server, stopped and started again on the same port and data while the built
 * server keeps running.
 */
describe('database restart under a running API', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'rollout-failover-'));
  chmodSync(root, 0o755);
  const dataDir = path.join(root, 'pg');
  let database: EmbeddedDatabase | undefined;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    if (server) await stopServer(server, 'SIGKILL');
    await database?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE (503, Retry-After) while it is down, reconnects by itself, and loses no committed write', async () => {
    const port = await serverPort();
    database = await startEmbeddedPostgres({ dataDir, database: 'rollout', port });
    server = startServer({ DATABASE_URL: database.url }, await serverPort());
    await waitReady(server);
    const cookie = await signIn(server.url, 'admin@northwind.example', 'rollout-demo');
    const me = await postGraphQL<{ me: { id: string } }>(server.url, '{ me { id } }', {}, cookie);
    const ownerId = me.body.data?.me.id ?? '';
    const createProgram = (name: string, signal?: AbortSignal) =>
      postGraphQL<{ createProgram: { id: string } }>(server?.url ?? '', CREATE_PROGRAM, { input: programInput(ownerId, name) }, cookie, signal);
    const committed: string[] = [];
    for (const name of ['Before the restart 1', 'Before the restart 2', 'Before the restart 3']) {
      const res = await createProgram(name);
      committed.push(res.body.data?.createProgram.id ?? `failed: ${JSON.stringify(res.body.errors)}`);
    }

    await database.stop();

    const within = () => AbortSignal.timeout(ANSWER_WITHIN_MS);
    const ready = await fetch(`${server.url}/health/ready`, { signal: within() });
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    // Liveness never touches the database: Kubernetes must not restart a pod for a database outage.
    expect((await fetch(`${server.url}/health`, { signal: within() })).status).toBe(200);
    const outageAnswers = [
      await postGraphQL(server.url, PROGRAM_IDS, {}, cookie, within()),
      await createProgram('During the outage', within()),
      await postGraphQL(server.url, 'mutation { signIn(email: "erin.walsh@northwind.example", password: "rollout-demo") { id } }', {}, undefined, within()),
    ];
    for (const answer of outageAnswers) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('5');
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(answer.body.errors?.[0]?.message).toBe('The service is briefly unavailable. Please try again in a few seconds.');
    }
    expect(server.child.exitCode).toBeNull();
    // Background jobs pause (said once) rather than failing on every tick; the sweep ticks every 10 s.
    await waitForOutput(server, 'background jobs paused: the database is unreachable', SWEEP_TICK_MS + 5_000);

    database = await startEmbeddedPostgres({ dataDir, database: 'rollout', port });
    // The same process, the same pools: readiness recovers without a restart.
    await waitReady(server);
    // Sessions live in PostgreSQL: the cookie from before the outage still works.
    const after = await createProgram('After the restart');
    expect(after.status).toBe(200);
    const list = await postGraphQL<{ programs: { nodes: { id: string }[] } }>(server.url, PROGRAM_IDS, {}, cookie);
    const ids = list.body.data?.programs.nodes.map((node) => node.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining([...committed, after.body.data?.createProgram.id]));
    await waitForOutput(server, 'background jobs resumed: the database is back', SWEEP_TICK_MS + 5_000);
    expect(await stopServer(server)).toBe(0);
    // An outage is expected operations, not a crash: nothing was logged as an unexpected error, and the pause was said once.
    expect(server.output()).not.toMatch(/unexpected error|uncaught|unhandled|interrupted measurement imports failed/i);
    expect(server.output().split('background jobs paused').length - 1).toBe(1);
  });
});

