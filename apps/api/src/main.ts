import path from 'node:path';
import { createServer } from 'node:net';
import { createApp, type RunningApp } from './bootstrap.js';
import { logger } from './common/logging/logger.js';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { DEMO_PASSWORD, DEMO_USERS } from './database/seed/demo-company.js';
import { ShutdownState } from './health/shutdown-state.js';

/** Fails fast with a clear message instead of booting everything and then dying on listen. */
async function assertPortFree(port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use. Stop the other program or start with another port, e.g. PORT=3001 npm start.`
            : `Cannot listen on ${host}:${port}: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function printBanner(config: AppConfig, embedded: boolean): void {
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Rollout is running at ${url}`,
    `  GraphQL API: ${url}/graphql   Health: ${url}/health/ready`,
    `  Database: ${embedded ? `embedded PostgreSQL in ${path.join(config.dataDir, 'postgres')}` : 'DATABASE_URL'}`,
  ];
  if (config.demoData) {
    lines.push(`  Demo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) lines.push(`    ${user.role.padEnd(17)} ${user.email}`);
  }
  lines.push('  Stop with Ctrl-C.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  await assertPortFree(config.port, config.host);

  let embedded: EmbeddedDatabase | undefined;
  let running: RunningApp | undefined;
  let stopping = false;
  const shutdown = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    if (running) {
      running.app.get(ShutdownState).stopping = true;
      if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
    }
    try {
      await running?.close();
    } catch (error) {
      logger.error({ err: error }, 'error while closing the app');
    }
    await embedded?.stop();
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), database: 'rollout' });
      databaseUrl = embedded.url;
    }
    running = await createApp(config, databaseUrl);
    await running.app.listen(config.port, config.host);
    printBanner(config, embedded !== undefined);
  } catch (error) {
    logger.error({ err: error }, 'Rollout failed to start');
    process.stderr.write(`\nRollout failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    await shutdown(1);
  }
}

try {
  await main();
} catch (error) {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}
