import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The compiled server, run as `npm start` and the image do: vitest's transform hides ESM import-order crashes. */
export const BUILT_MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code (null when ended by a signal). */
  exited: Promise<number | null>;
}

export interface StartOptions {
  /** The script to run (default: the built server). */
  script?: string;
  /** Node's own flags before the script, as a start command gives them. */
  nodeFlags?: string[];
  cwd?: string;
  /** Run as this user and group (only when the tests run as root), e.g. to prove the app needs no write access. */
  user?: { uid: number; gid: number };
  /** Start from an empty environment (only PATH), as a container does, instead of the test runner's. */
  cleanEnv?: boolean;
}

/**
 * Starts a server process on `port` with development defaults and `env`. The tests' own
 * DATABASE_URL is never inherited: each test says which database the process uses.
 */
export function startServer(env: Record<string, string>, port: number, options: StartOptions = {}): ServerProcess {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const base = options.cleanEnv ? { PATH: process.env.PATH } : inherited;
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), options.script ?? BUILT_MAIN], {
    cwd: options.cwd,
    env: { ...base, NODE_ENV: 'development', LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.user ?? {}),
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Ports each test worker hands its servers, from its own block below the OS's ephemeral range. */
const PORT_BLOCK = 400;
const FIRST_PORT = 20_000;
let nextInBlock = 0;

/**
 * A free port for a server a test starts. An ephemeral one (`listen(0)`, then closed) can be handed
 * out again at once to another test running in parallel (its server, its embedded PostgreSQL), and
 * a server that then failed to bind looked ready because the other one answered: each vitest worker
 * takes its ports from its own block instead, skipping any in use.
 */
export async function serverPort(): Promise<number> {
  const block = FIRST_PORT + (Number(process.env.VITEST_POOL_ID ?? 1) % 30) * PORT_BLOCK;
  for (let tries = 0; tries < PORT_BLOCK; tries += 1) {
    const port = block + (nextInBlock++ % PORT_BLOCK);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port from ${block} to ${block + PORT_BLOCK - 1}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Polls `/health/ready` until it answers 200; fails with the server's output if it exits or never gets there. */
export async function waitReady(server: ServerProcess, attempts = 240): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    const ok = await fetch(`${server.url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`server never became ready:\n${server.output()}`);
}

/** Sends SIGTERM (or `signal`) and resolves with the exit code. */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  return server.exited;
}

export interface GraphQLHttpResult<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[] };
}

/** One GraphQL operation over real HTTP, the way the web app sends it (CSRF-safe header, cookie). */
export async function postGraphQL<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
  signal?: AbortSignal,
): Promise<GraphQLHttpResult<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLHttpResult<T>['body'] };
}

/** Signs in and returns the session cookie (`name=value`). */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: password } }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`sign-in failed: HTTP ${res.status} ${await res.text()}`);
  return cookie;
}

export const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`;

/** A valid `createProgram` input: the write the multi-process tests count. */
export function programInput(ownerId: string, name: string) {
  return { name, targetModel: 'hub_and_spoke', sponsor: 'Erin Walsh, CRO', ownerId, startDate: '2026-01-05', targetDate: '2026-12-18' };
}
