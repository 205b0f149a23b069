import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { configureHttp } from './common/http/configure-http.js';
import { logger } from './common/logging/logger.js';
import type { AppConfig } from './config/config.js';
import { seedDemoData } from './database/seed/seed-demo-data.js';

export interface RunningApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  /** Stops HTTP, then the database pools. */
  close(): Promise<void>;
}

/** Builds the whole app on a database: Nest, HTTP middleware, migrations, demo data. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<RunningApp> {
  logger.level = config.logLevel;
  const sessionPool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  // An idle client dropped by the server (e.g. during shutdown) must not crash the process.
  sessionPool.on('error', (error) => logger.warn({ err: error }, 'session pool client error'));
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
      logger: ['error', 'warn'],
    });
    configureHttp(app, config, sessionPool);
    const dataSource = app.get(DataSource);
    if (config.migrateOnBoot) await dataSource.runMigrations({ transaction: 'each' });
    if (config.demoData) await seedDemoData(dataSource);
    await app.init();
    return {
      app,
      dataSource,
      close: async () => {
        await app.close();
        await sessionPool.end();
      },
    };
  } catch (error) {
    await sessionPool.end();
    throw error;
  }
}
