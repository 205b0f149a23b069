import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/database/embedded-postgres.js';

// Runs the compiled server as `npm start` does: vitest's transform hides ESM import-order crashes.
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const dataRoot = mkdtempSync(path.join(tmpdir(), 'rollout-smoke-'));
chmodSync(dataRoot, 0o755);

interface Server {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>, port: number): Server {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...inherited, NODE_ENV: 'development', LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, output: () => output, exited };
}

async function waitReady(server: Server): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    const ok = await fetch(`http://127.0.0.1:${server.port}/health/ready`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server never became ready:\n${server.output()}`);
}

async function programCount(port: number): Promise<number> {
  const post = (body: unknown, cookie?: string) =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const signIn = await post({ query: 'mutation { signIn(email: "erin.walsh@northwind.example", password: "rollout-demo") { id } }' });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  const res = await post({ query: '{ programs(filter: { includeArchived: true }) { totalCount } }' }, cookie);
  const body = (await res.json()) as { data: { programs: { totalCount: number } } };
  return body.data.programs.totalCount;
}

describe('built server (node dist/main.js)', () => {
  afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

  it('boots on embedded PostgreSQL with demo data, stops cleanly on SIGTERM, and survives kill -9', async () => {
    const env = { DATA_DIR: path.join(dataRoot, 'data') };
    const first = start(env, await freePort());
    await waitReady(first);
    expect(first.output()).toContain('erin.walsh@northwind.example');
    const seeded = await programCount(first.port);
    expect(seeded).toBeGreaterThanOrEqual(3);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(env.DATA_DIR, 'postgres', 'postmaster.pid'))).toBe(false);

    const crashed = start(env, await freePort());
    await waitReady(crashed);
    crashed.child.kill('SIGKILL');
    await crashed.exited;

    const recovered = start(env, await freePort());
    await waitReady(recovered);
    expect(await programCount(recovered.port)).toBe(seeded);
    recovered.child.kill('SIGTERM');
    expect(await recovered.exited).toBe(0);
  });

  it('says clearly that the port is taken instead of hanging', async () => {
    const blocker = createServer();
    const port = await freePort();
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
