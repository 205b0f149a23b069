// What the benchmarks share: booting the built app on a database, and the client (bench-client.mjs).
import { randomBytes } from 'node:crypto';
import { createApp } from '../dist/bootstrap.js';
import { loadConfig } from '../dist/config/config.js';

export { client, clientThread, webOperations } from './bench-client.mjs';

/** The built app on `databaseUrl`, in production mode or not, listening on a free port. */
export async function boot(databaseUrl, production) {
  const env = {
    NODE_ENV: production ? 'production' : 'development',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    TRUST_PROXY: 'loopback',
    COOKIE_SECURE: production ? 'true' : 'false',
    MIGRATE_ON_BOOT: 'true',
    DEMO_DATA: 'false',
    // The queue is not worked while measuring pages: a reminder check would compete with them.
    JOBS: 'false',
    LOG_LEVEL: 'error',
  };
  const running = await createApp(loadConfig(env), databaseUrl);
  await running.app.listen(0, '127.0.0.1');
  const { port } = running.app.getHttpServer().address();
  return { running, baseUrl: `http://127.0.0.1:${port}` };
}
