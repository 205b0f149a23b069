// Reminder check benchmark (not a test): `npm run bench:reminders -w @rollout/api [-- --data-dir DIR]`,
// after `npm run build` and `npm run fixture:large -w @rollout/api`. Boots the built app on the
// fixture's database (the queue not worked) and times the ten-minute reminder check: the first run
// writes every reminder due (notifications, webhook deliveries), the next ones find them written.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createApp } from '../dist/bootstrap.js';
import { loadConfig } from '../dist/config/config.js';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';
import { RemindersService } from '../dist/modules/notifications/reminders.service.js';

const { values: args } = parseArgs({ options: { 'data-dir': { type: 'string', default: path.join(tmpdir(), 'rollout-large') }, runs: { type: 'string', default: '5' } } });
const database = await startEmbeddedPostgres({ dataDir: path.join(path.resolve(args['data-dir']), 'postgres'), database: 'rollout' });
try {
  const config = { ...loadConfig({ NODE_ENV: 'production', DATABASE_URL: database.url, SESSION_SECRET: randomBytes(32).toString('hex'), TRUST_PROXY: '1', JOBS: 'false', LOG_LEVEL: 'warn' }), demoData: false };
  const app = await createApp(config, database.url);
  try {
    const [size] = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM unit) AS units, (SELECT count(*) FROM program) AS programs, (SELECT count(*) FROM pilot WHERE status = 'running') AS running_pilots,
              (SELECT count(*) FROM wave_unit) AS wave_units, (SELECT count(*) FROM forum) AS forums, (SELECT count(*) FROM action_item WHERE status = 'open') AS open_actions,
              (SELECT count(*) FROM measurement) AS measurements`,
    );
    console.log(`Data: ${JSON.stringify(size)}`);
    const reminders = app.app.get(RemindersService);
    for (let run = 1; run <= Number(args.runs); run += 1) {
      const started = performance.now();
      const written = await reminders.check();
      console.log(`check ${run}: ${(performance.now() - started).toFixed(0)} ms, ${written.notifications} notifications and ${written.deliveries} webhook deliveries written`);
    }
  } finally {
    await app.close();
  }
} finally {
  await database.stop();
}
