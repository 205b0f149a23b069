import { setTimeout as sleep } from 'node:timers/promises';
import { importDateRange } from '@rollout/domain';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postGraphQL, signIn, startServer, stopServer, waitReady, type ServerProcess, serverPort } from './support/server-process.js';
import { createTestDatabase } from './support/test-app.js';

const COMMIT = `mutation($input: CommitMeasurementImportInput!) { commitMeasurementImport(input: $input) { id status } }`;
const IMPORT = `query($id: ID!) { measurementImport(id: $id) { status rowsProcessed rowsWritten failure } }`;
const MAPPING = { metric: 'metric', unit: 'unit', date: 'date', value: 'value' };
// Rows of the generated file: three write batches of 2,000.
const MAX_ROWS = 6_000;

interface ImportState {
  status: string;
  rowsProcessed: number;
  rowsWritten: number;
  failure: string | null;
}

/**
 * `kill -9` in the middle of an import: the built server (a child process) writes a file's values
 * from the job queue, is killed with SIGKILL after its first write batch, and a new process starts
 * on the same database. Nothing may be half written, and the new process must find the import
 * whose writer is gone, put it back on the queue and write every row, with nobody committing again.
 */
describe('an API process killed in the middle of an import', { timeout: 240_000 }, () => {
  const servers: ServerProcess[] = [];
  let client: pg.Client | undefined;
  afterAll(async () => {
    await Promise.all(servers.map((server) => stopServer(server, 'SIGKILL')));
    await client?.end();
  });

  it('writes nothing half, and the restarted server imports the whole file by itself', async () => {
    const databaseUrl = await createTestDatabase();
    const boot = async () => {
      const server = startServer({ DATABASE_URL: databaseUrl }, await serverPort());
      servers.push(server);
      await waitReady(server);
      return server;
    };
    const first = await boot();
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const db = client;

    // A running demo pilot, and a file naming each of its metrics and units once per day.
    const [pilot] = (
      await db.query<{ id: string; start_date: string; end_date: string; unit_ids: string[] }>(
        `SELECT id, start_date::text, end_date::text, unit_ids || comparison_unit_ids AS unit_ids FROM pilot WHERE status = 'running' ORDER BY name LIMIT 1`,
      )
    ).rows;
    if (!pilot) throw new Error('the demo data has no running pilot');
    const metrics = (await db.query<{ name: string }>('SELECT name FROM success_metric WHERE pilot_id = $1', [pilot.id])).rows.map((row) => row.name);
    const units = (await db.query<{ code: string }>('SELECT code FROM unit WHERE id = ANY($1::uuid[])', [pilot.unit_ids])).rows.map((row) => row.code);
    const { earliestDate, latestDate } = importDateRange({ startDate: pilot.start_date, endDate: pilot.end_date });
    const lines: string[] = [];
    for (let day = earliestDate; day <= latestDate && lines.length < MAX_ROWS; day = nextDay(day)) {
      for (const metric of metrics) for (const unit of units) if (lines.length < MAX_ROWS) lines.push(`${metric},${unit},${day},${lines.length % 97}`);
    }
    expect(lines.length).toBeGreaterThan(4_000);

    const cookie = await signIn(first.url, 'admin@northwind.example', 'rollout-demo');
    const upload = await fetch(`${first.url}/api/pilots/${pilot.id}/measurement-imports`, {
      method: 'POST',
      headers: { cookie, 'x-file-name': 'crash.csv', 'content-type': 'application/octet-stream' },
      body: `metric,unit,date,value\n${lines.join('\n')}\n`,
    });
    expect(upload.status).toBe(201);
    const { importId } = (await upload.json()) as { importId: string };

    // Slow the writes down so that the kill lands in the middle of the import: 0.1 s on every 97th row (the value 0), about 2 s a
    // batch, well under the 5 s statement timeout. Few long sleeps, not a short one per row: on a loaded machine each wake-up is late,
    // and 2,000 late wake-ups had pushed a batch past the timeout.
    await db.query(`CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.value = 0 THEN PERFORM pg_sleep(0.1); END IF; RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER slow_insert BEFORE INSERT ON measurement FOR EACH ROW EXECUTE FUNCTION slow_insert()`);
    const before = await measurementsSnapshot(db);

    const commit = await postGraphQL<{ commitMeasurementImport: { status: string } }>(first.url, COMMIT, { input: { importId, mapping: MAPPING, onlyValidRows: false } }, cookie);
    expect(commit.body.errors).toBeUndefined();
    expect(commit.body.data?.commitMeasurementImport.status).toBe('running');
    const state = (server: ServerProcess) =>
      postGraphQL<{ measurementImport: ImportState }>(server.url, IMPORT, { id: importId }, cookie).then((res) => res.body.data?.measurementImport);
    let progress = await state(first);
    for (let polls = 0; progress?.status === 'running' && progress.rowsProcessed < 2_000 && polls < 1_200; polls++) {
      await sleep(50);
      progress = await state(first);
    }
    // Killed while it writes: past the first batch, not yet committed.
    expect(progress).toMatchObject({ status: 'running', rowsProcessed: 2_000 });
    expect(await stopServer(first, 'SIGKILL')).toBeNull();

    // Nothing half-written: the killed process's transaction never committed.
    expect(await measurementsSnapshot(db)).toEqual(before);

    // The writes run at full speed again; the new process resumes the import on its own.
    await db.query('DROP TRIGGER slow_insert ON measurement');
    const second = await boot();
    let final = await state(second);
    for (let polls = 0; final?.status === 'running' && polls < 1_200; polls++) {
      await sleep(100);
      final = await state(second);
    }
    expect(final).toMatchObject({ status: 'committed', rowsProcessed: lines.length, failure: null });
    const [written] = (await db.query<{ count: string }>('SELECT count(*) FROM measurement WHERE import_id = $1', [importId])).rows;
    expect(Number(written?.count)).toBe(final?.rowsWritten);
    expect(await stopServer(second)).toBe(0);
  });
});

/** Row count and a checksum of every measurement: equal snapshots mean nothing was written. */
async function measurementsSnapshot(db: pg.Client): Promise<{ count: string; checksum: string | null }> {
  const { rows } = await db.query<{ count: string; checksum: string | null }>(
    `SELECT count(*) AS count, md5(string_agg(id::text || ':' || value::text || ':' || version::text, ',' ORDER BY id)) AS checksum FROM measurement`,
  );
  return rows[0] ?? { count: '0', checksum: null };
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
