import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postGraphQL, signIn, startServer as start, waitReady, serverPort } from './support/server-process.js';

const dataRoot = mkdtempSync(path.join(tmpdir(), 'rollout-smoke-'));
chmodSync(dataRoot, 0o755);

async function programCount(port: number): Promise<number> {
  const url = `http://127.0.0.1:${port}`;
  const cookie = await signIn(url, 'erin.walsh@northwind.example', 'rollout-demo');
  const res = await postGraphQL<{ programs: { totalCount: number } }>(url, '{ programs(filter: { includeArchived: true }) { totalCount } }', {}, cookie);
  if (!res.body.data) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.programs.totalCount;
}

describe('built server (node dist/main.js)', () => {
  afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

  it('boots on embedded PostgreSQL with demo data, stops cleanly on SIGTERM, and survives kill -9', async () => {
    const env = { DATA_DIR: path.join(dataRoot, 'data') };
    const first = start(env, await serverPort());
    await waitReady(first);
    expect(first.output()).toContain('erin.walsh@northwind.example');
    const seeded = await programCount(first.port);
    expect(seeded).toBeGreaterThanOrEqual(3);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(env.DATA_DIR, 'postgres', 'postmaster.pid'))).toBe(false);

    const crashed = start(env, await serverPort());
    await waitReady(crashed);
    crashed.child.kill('SIGKILL');
    await crashed.exited;

    const recovered = start(env, await serverPort());
    await waitReady(recovered);
    expect(await programCount(recovered.port)).toBe(seeded);
    recovered.child.kill('SIGTERM');
    expect(await recovered.exited).toBe(0);
  });

  it('says clearly that the port is taken instead of hanging', async () => {
    const blocker = createServer();
    const port = await serverPort();
    await new Promise<void>((resolve) => blocker.listen(port, '0.0.0.0', resolve));
    try {
      const server = start({ DATA_DIR: path.join(dataRoot, 'unused') }, port);
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('lists every invalid setting at boot', async () => {
    const server = start({ DATABASE_URL: 'mysql://nope', DATA_DIR: path.join(dataRoot, 'unused') }, 70000);
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/PORT: /);
    expect(server.output()).toMatch(/DATABASE_URL: DATABASE_URL must start with postgres/);
  });
});
