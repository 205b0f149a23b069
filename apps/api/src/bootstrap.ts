import 'reflect-metadata';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { configureHttp } from './common/http/configure-http.js';
import { JobQueue } from './common/jobs/job-queue.js';
import { LiveEvents } from './common/live/live-events.js';
import { logger } from './common/logging/logger.js';
import type { AppConfig } from './config/config.js';
import { createPool } from './database/data-source.js';
import { withMigrationLock } from './database/migration-lock.js';
import { seedDemoData } from './database/seed/seed-demo-data.js';

// In-flight requests get this long to finish once the server stops accepting; then sockets close.
const HTTP_DRAIN_MS = 10_000;

/** Stops accepting connections, closes idle keep-alive ones, and waits for in-flight requests. */
async function closeHttpServer(server: Server): Promise<void> {
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), HTTP_DRAIN_MS);
  await drained;
  clearTimeout(timer);
}

export interface RunningApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  /** Stops HTTP (in-flight requests finish on open pools), then Nest, then the database pools. */
  close(): Promise<void>;
}

/** Builds the whole app on a database: Nest, HTTP middleware, migrations, demo data. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<RunningApp> {
  logger.level = config.logLevel;
  // A client dropped by the server (restart, failover, shutdown) must not crash the process.
  const sessionPool = createPool(databaseUrl, 4, (error) => logger.warn({ err: error }, 'session pool client error'));
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
      logger: ['error', 'warn'],
    });
    configureHttp(app, config, sessionPool);
    const dataSource = app.get(DataSource);
    if (config.migrateOnBoot || config.demoData) {
      await withMigrationLock(dataSource, async () => {
        if (config.migrateOnBoot) await dataSource.runMigrations({ transaction: 'each' });
        if (config.demoData) await seedDemoData(dataSource);
      });
    }
    await app.init();
    // After the app's migrations: the queue installs its own schema, then (unless off) works the queue.
    await app.get(JobQueue).start();
    // One listening connection per process carries live events between processes.
    await app.get(LiveEvents).start();
    return {
      app,
      dataSource,
      close: async () => {
        await closeHttpServer(app.getHttpServer());
        await app.close();
        await sessionPool.end();
      },
    };
  } catch (error) {
    await sessionPool.end();
    throw error;
  }
}
