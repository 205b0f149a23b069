import { MEASUREMENT_CSV_COLUMNS, type Actor } from '@rollout/domain';
import ExcelJS from 'exceljs';
import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasurementImportService } from '../src/modules/measurements/measurement-import.service.js';
import { MeasurementEntity } from '../src/modules/measurements/measurement.entity.js';
import type { PilotEntity } from '../src/modules/pilots/pilot.entity.js';
import type { SuccessMetricEntity } from '../src/modules/pilots/success-metric.entity.js';
import type { UnitEntity } from '../src/modules/units/unit.entity.js';
import { aProgram, aTeam, aUnit } from './factories/organization.factory.js';
import { aPilot, aSuccessMetric } from './factories/pilot.factory.js';
import { auditEventCount, binary, createTestApp, errorCode, gql, type TestApp } from './support/test-app.js';

const PREVIEW = `mutation($input: PreviewMeasurementImportInput!) { previewMeasurementImport(input: $input) {
  import { id status fileName format rowsTotal } columns mapping { metric unit date value } rowsTotal validRows invalidRows
  errors { line column reason } sample { line metric unit date value } } }`;
const COMMIT = `mutation($input: CommitMeasurementImportInput!) { commitMeasurementImport(input: $input) { id status rowsTotal } }`;
const IMPORT = `query($id: ID!) { measurementImport(id: $id) { id status rowsTotal rowsProcessed rowsWritten rowsUnchanged rowsSkipped failure } }`;
const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id value version source date unit { id } enteredBy { id } } }`;
const LIST = `query($metricId: ID!, $unitId: ID, $first: Int) { measurements(metricId: $metricId, unitId: $unitId, first: $first) {
  id date value source version unit { id name } enteredBy { id } } }`;
const HISTORY = `query($id: ID!) { recordHistory(recordType: measurement, recordId: $id) { operation actor { id } changes { field from to } } }`;
const MAPPING = { metric: 'metric', unit: 'unit', date: 'date', value: 'value' };

type Team = Awaited<ReturnType<typeof aTeam>>;
interface ImportStatus {
  id: string;
  status: string;
  rowsTotal: number;
  rowsProcessed: number;
  rowsWritten: number;
  rowsUnchanged: number;
  rowsSkipped: number;
  failure: string | null;
}


describe('measurements: entry, corrections, import and export', () => {
  let app: TestApp;
  let team: Team;
  let programId: string;
  let elsewhere: UnitEntity;
  let comparison: UnitEntity;
  let imports: MeasurementImportService;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    programId = (await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' })).id;
    elsewhere = await aUnit(app.dataSource, team.org.id);
    comparison = await aUnit(app.dataSource, team.org.id, { name: '-East comparison' });
    imports = app.app.get(MeasurementImportService);
  });
  afterAll(async () => {
    await app.close();
  });

  /** A running pilot: the partner's region and another unit, one comparison unit; values allowed 2025-03-02 … 2026-03-29. */
  async function aRunningPilot(overrides: Partial<PilotEntity> = {}, metric: Partial<SuccessMetricEntity> = {}): Promise<{ pilot: PilotEntity; metric: SuccessMetricEntity }> {
    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id, elsewhere.id], comparisonUnitIds: [comparison.id], status: 'running', ...overrides });
    return { pilot, metric: await aSuccessMetric(app.dataSource, pilot, metric) };
  }

  /** A custom money metric: its values may be negative. */
  const DEAL_MARGIN = { catalogKey: null, name: 'Deal margin', unit: 'currency', direction: 'higher_is_better', baseline: 100, target: 200 } as const;

  const upload = (agent: TestAgent, pilotId: string, fileName: string, body: Buffer | string) =>
    agent.post(`/api/pilots/${pilotId}/measurement-imports`).set('x-file-name', fileName).set('content-type', 'application/octet-stream').send(Buffer.from(body));

  async function uploaded(pilotId: string, fileName: string, body: Buffer | string): Promise<string> {
    const res = await upload(team.agents.manager, pilotId, fileName, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return (res.body as { importId: string }).importId;
  }

  /** Commits, waits for the background job, and returns the import's final state. */
  async function committed(importId: string, onlyValidRows = false): Promise<ImportStatus> {
    const res = await gql<{ commitMeasurementImport: { status: string } }>(team.agents.manager, COMMIT, { input: { importId, mapping: MAPPING, onlyValidRows } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.commitMeasurementImport.status).toBe('running');
    await imports.settled(importId);
    const status = await gql<{ measurementImport: ImportStatus }>(team.agents.manager, IMPORT, { id: importId });
    return status.data?.measurementImport as ImportStatus;
  }

  const countFor = (pilotId: string) => app.dataSource.getRepository(MeasurementEntity).countBy({ pilotId });

  it('takes the file name from a multipart part or the fileName query parameter, and commits with the preview’s mapping when none is sent', async () => {
    const { pilot } = await aRunningPilot();
    const csv = `Metric,Unit,Date,Value\nLead response time,${team.region.code},2026-03-02,12\n`;
    const multipart = await team.agents.manager.post(`/api/pilots/${pilot.id}/measurement-imports`).attach('file', Buffer.from(csv), 'März values.csv');
    expect(multipart.status, JSON.stringify(multipart.body)).toBe(201);
    expect(multipart.body).toMatchObject({ fileName: 'März values.csv', format: 'csv', rowsTotal: 1 });
    const query = await team.agents.manager
      .post(`/api/pilots/${pilot.id}/measurement-imports?fileName=${encodeURIComponent('week 10.csv')}`)
      .set('content-type', 'text/csv')
      .send(csv);
    expect(query.status, JSON.stringify(query.body)).toBe(201);
    expect(query.body).toMatchObject({ fileName: 'week 10.csv', rowsTotal: 1 });

    const importId = (multipart.body as { importId: string }).importId;
    const preview = await gql<{ previewMeasurementImport: { mapping: unknown } }>(team.agents.manager, PREVIEW, { input: { importId } });
    expect(preview.data?.previewMeasurementImport.mapping).toEqual({ metric: 'Metric', unit: 'Unit', date: 'Date', value: 'Value' });
    const commit = await gql<{ commitMeasurementImport: { status: string } }>(team.agents.manager, COMMIT, { input: { importId, onlyValidRows: false } });
    expect(commit.errors).toBeUndefined();
    await imports.settled(importId);
    const status = await gql<{ measurementImport: ImportStatus }>(team.agents.manager, IMPORT, { id: importId });
    expect(status.data?.measurementImport).toMatchObject({ status: 'committed', rowsWritten: 1 });

    // Headers the preview cannot map: committing without a mapping says which to send.
    const odd = await uploaded(pilot.id, 'odd.csv', `Col A,Col B,Col C,Col D\nLead response time,${team.region.code},2026-03-02,12\n`);
    const refused = await gql(team.agents.manager, COMMIT, { input: { importId: odd, onlyValidRows: true } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'mapping' }] });
  });

  it('previews an upload line by line, refuses to commit invalid rows, and imports the fixed file once', async () => {
    const { pilot, metric } = await aRunningPilot();
    const bad = `Metric,Unit,Date,Value\nLead response time,${team.region.code},2026-03-02,12\nLead response time,Narnia,2026-03-02,13\n`;
    const res = await upload(team.agents.manager, pilot.id, 'values.csv', bad);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ importId: expect.any(String) as string, fileName: 'values.csv', format: 'csv', rowsTotal: 2 });
    const importId = (res.body as { importId: string }).importId;

    const preview = await gql<{ previewMeasurementImport: Record<string, unknown> }>(team.agents.manager, PREVIEW, { input: { importId } });
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.previewMeasurementImport).toEqual({
      import: { id: importId, status: 'uploaded', fileName: 'values.csv', format: 'csv', rowsTotal: 2 },
      columns: ['Metric', 'Unit', 'Date', 'Value'],
      mapping: { metric: 'Metric', unit: 'Unit', date: 'Date', value: 'Value' },
      rowsTotal: 2,
      validRows: 1,
      invalidRows: 1,
      errors: [{ line: 3, column: 'Unit', reason: 'Unknown unit "Narnia": use the name or code of one of the pilot’s units or comparison units.' }],
      sample: [{ line: 2, metric: 'Lead response time', unit: team.region.name, date: '2026-03-02', value: 12 }],
    });

    const auditBefore = await auditEventCount(app);
    const refused = await gql(team.agents.manager, COMMIT, { input: { importId, mapping: { metric: 'Metric', unit: 'Unit', date: 'Date', value: 'Value' }, onlyValidRows: false } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe(
      '1 of 2 rows cannot be imported, so nothing was imported. Line 3, column "Unit": Unknown unit "Narnia": use the name or code of one of the pilot’s units or comparison units. Fix the file and upload it again, or import only the valid rows.',
    );
    expect(await countFor(pilot.id)).toBe(0);
    expect(await auditEventCount(app)).toBe(auditBefore);

    const fixed = `metric,unit,date,value\nLead response time,${team.region.code},2026-03-02,12\nlead_response_time,${elsewhere.name},2026-03-02,13\nLead response time,${comparison.code},2026-03-09,2.5\n`;
    const first = await committed(await uploaded(pilot.id, 'fixed.csv', fixed));
    expect(first).toMatchObject({ status: 'committed', rowsTotal: 3, rowsProcessed: 3, rowsWritten: 3, rowsUnchanged: 0, rowsSkipped: 0, failure: null });
    const list = await gql<{ measurements: { date: string; value: number; source: string; version: number; unit: { id: string }; enteredBy: { id: string } }[] }>(
      team.agents.executive,
      LIST,
      { metricId: metric.id },
    );
    expect(list.data?.measurements.map((m) => [m.date, m.value, m.source, m.version])).toEqual([
      ['2026-03-09', 2.5, 'import', 1],
      ['2026-03-02', expect.any(Number) as number, 'import', 1],
      ['2026-03-02', expect.any(Number) as number, 'import', 1],
    ]);
    expect(list.data?.measurements[0]).toMatchObject({ unit: { id: comparison.id }, enteredBy: { id: team.users.manager.id } });

    // The same file again: no value changes, none is audited (the import itself is: its upload and outcome).
    const auditAfterFirst = await auditEventCount(app, 'measurement');
    const again = await committed(await uploaded(pilot.id, 'fixed.csv', fixed));
    expect(again).toMatchObject({ status: 'committed', rowsWritten: 0, rowsUnchanged: 3 });
    expect(await auditEventCount(app, 'measurement')).toBe(auditAfterFirst);
    expect(await countFor(pilot.id)).toBe(3);

    // A committed import cannot run twice.
    const twice = await gql(team.agents.manager, COMMIT, { input: { importId: again.id, mapping: MAPPING, onlyValidRows: false } });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
  });

  it('imports only the valid rows when asked, and updates changed values (version + 1)', async () => {
    const { pilot, metric } = await aRunningPilot();
    const first = await committed(await uploaded(pilot.id, 'a.csv', `metric,unit,date,value\nLead response time,${team.region.code},2026-03-02,12\n`));
    expect(first.rowsWritten).toBe(1);
    const mixed = `metric,unit,date,value\nLead response time,${team.region.code},2026-03-02,9\nLead response time,${team.region.code},2026-03-09,x\nLead response time,${team.region.code},2026-03-02,10\n`;
    const second = await committed(await uploaded(pilot.id, 'b.csv', mixed), true);
    expect(second).toMatchObject({ status: 'committed', rowsTotal: 3, rowsProcessed: 3, rowsWritten: 1, rowsUnchanged: 0, rowsSkipped: 2 });
    const rows = await app.dataSource.getRepository(MeasurementEntity).findBy({ metricId: metric.id });
    expect(rows.map((row) => [row.date, row.value, row.version, row.importId])).toEqual([['2026-03-02', 9, 2, second.id]]);
  });

  it('writes all rows or none: a failure half-way leaves nothing and says so', async () => {
    const { pilot } = await aRunningPilot();
    await aSuccessMetric(app.dataSource, pilot, { catalogKey: null, name: 'Handoffs', unit: 'count', direction: 'higher_is_better', baseline: 60, target: 80 });
    await app.dataSource.query(`CREATE FUNCTION fail_on_666() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.value = 666 THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$`);
    await app.dataSource.query(`CREATE TRIGGER sabotage BEFORE INSERT ON measurement FOR EACH ROW EXECUTE FUNCTION fail_on_666()`);
    // 2 metrics × 3 units × 384 days: two write batches; the 2,200th row fails in the second.
    const units = [team.region.code, elsewhere.code, comparison.code];
    const lines = Array.from({ length: 2_300 }, (_, i) => `${i % 2 ? 'Lead response time' : 'Handoffs'},${units[(i % 6) >> 1]},${day(Math.floor(i / 6))},${i === 2_200 ? 666 : i}`);
    const importId = await uploaded(pilot.id, 'big.csv', `metric,unit,date,value\n${lines.join('\n')}`);
    try {
      const result = await committed(importId);
      expect(result.status).toBe('failed');
      expect(result.failure).toBe('Writing the values failed, so nothing was imported. Try again; if it fails again, contact your administrator.');
      expect(await countFor(pilot.id)).toBe(0);
    } finally {
      await app.dataSource.query('DROP TRIGGER sabotage ON measurement');
      await app.dataSource.query('DROP FUNCTION fail_on_666()');
    }
    // A failed import keeps its file and can be committed again.
    expect(await committed(importId)).toMatchObject({ status: 'committed', rowsWritten: 2_300, rowsProcessed: 2_300, failure: null });
    expect(await countFor(pilot.id)).toBe(2_300);
  });

  it('exports CSV and XLSX that import again unchanged (escaped cells, date cells)', async () => {
    const { pilot } = await aRunningPilot({}, DEAL_MARGIN);
    const csv = `metric,unit,date,value\nDeal margin,${team.region.code},2026-03-02,12.25\nDeal margin,${comparison.code},2026-03-02,-3\nDeal margin,${comparison.code},2025-03-02,7\n`;
    expect((await committed(await uploaded(pilot.id, 'seed.csv', csv))).rowsWritten).toBe(3);

    const csvExport = await team.agents.executive.get(`/api/pilots/${pilot.id}/measurements.csv`).buffer(true).parse(binary);
    expect(csvExport.status).toBe(200);
    expect(csvExport.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csvExport.headers['content-disposition']).toMatch(/^attachment; filename="pilot-[a-z0-9]+-measurements\.csv"$/);
    const text = (csvExport.body as Buffer).toString('utf8');
    const [header, ...rows] = text.split('\r\n');
    expect(header).toBe(MEASUREMENT_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(3);
    expect(text).toContain(`'-East comparison,${comparison.code},2025-03-02,7,import,`);
    expect(text).toContain(`-3,import`);

    const xlsxExport = await team.agents.partner.get(`/api/pilots/${pilot.id}/measurements.xlsx`).buffer(true).parse(binary);
    expect(xlsxExport.status).toBe(200);
    expect(xlsxExport.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxExport.body as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, ...MEASUREMENT_CSV_COLUMNS]);
    expect(sheet?.getCell('E2').value).toBeInstanceOf(Date);

    for (const [fileName, body] of [
      ['export.xlsx', xlsxExport.body as Buffer],
      ['export.csv', csvExport.body as Buffer],
    ] as const) {
      const importId = await uploaded(pilot.id, fileName, body);
      const preview = await gql<{ previewMeasurementImport: { validRows: number; invalidRows: number; mapping: unknown } }>(team.agents.manager, PREVIEW, { input: { importId } });
      expect(preview.data?.previewMeasurementImport).toMatchObject({ validRows: 3, invalidRows: 0, mapping: MAPPING });
      expect(await committed(importId)).toMatchObject({ status: 'committed', rowsWritten: 0, rowsUnchanged: 3 });
    }
  });

  it('refuses values outside the metric’s range with a field error that says the range, by hand and by import', async () => {
    const { pilot, metric } = await aRunningPilot();
    const input = { metricId: metric.id, unitId: team.region.id, date: '2026-03-09' };
    for (const [value, message] of [
      [1.7e308, 'Enter a value from -1,000,000,000,000 to 1,000,000,000,000.'],
      [-1, 'Enter a value from 0 to 8,760 hours.'],
      [9_000, 'Enter a value from 0 to 8,760 hours.'],
    ] as const) {
      const refused = await gql(team.agents.partner, RECORD, { input: { ...input, value } });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'value', message }]);
    }
    expect(await countFor(pilot.id)).toBe(0);

    const csv = `metric,unit,date,value\nLead response time,${team.region.code},2026-03-02,-1.7e308\n`;
    const preview = await gql<{ previewMeasurementImport: { validRows: number; errors: { line: number; column: string; reason: string }[] } }>(team.agents.manager, PREVIEW, {
      input: { importId: await uploaded(pilot.id, 'extreme.csv', csv) },
    });
    expect(preview.data?.previewMeasurementImport).toMatchObject({
      validRows: 0,
      errors: [{ line: 2, column: 'value', reason: '-1.7e308 is out of range for Lead response time: values go from 0 to 8,760 hours.' }],
    });
  });

  it('refuses a file name with a direction-reversing character (it would show "values.exe" as "valuesexe.csv")', async () => {
    const { pilot } = await aRunningPilot();
    for (const fileName of [encodeURIComponent('values\u202Evsc.exe'), encodeURIComponent('values\u2067.csv')]) {
      const res = await upload(team.agents.manager, pilot.id, fileName, `metric,unit,date,value\nLead response time,${team.region.code},2026-03-02,12\n`);
      expect(res.status, fileName).toBe(400);
      expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'fileName' }] });
    }
  });

  it('round-trips a pilot with a catalog and a custom metric: the export re-imports with every row unchanged', async () => {
    const { pilot } = await aRunningPilot();
    await aSuccessMetric(app.dataSource, pilot, { catalogKey: null, name: 'Handoff rework', unit: 'percent', direction: 'lower_is_better', baseline: 20, target: 10 });
    const csv = `metric,unit,date,value\nLead response time,${team.region.code},2026-03-02,12\nHandoff rework,${team.region.code},2026-03-02,12\nHandoff rework,${comparison.code},2026-03-09,9.5\n`;
    expect((await committed(await uploaded(pilot.id, 'seed.csv', csv))).rowsWritten).toBe(3);
    for (const format of ['csv', 'xlsx'] as const) {
      const exported = await team.agents.executive.get(`/api/pilots/${pilot.id.toUpperCase()}/measurements.${format}`).buffer(true).parse(binary);
      expect(exported.status).toBe(200);
      const importId = await uploaded(pilot.id, `export.${format}`, exported.body as Buffer);
      const preview = await gql<{ previewMeasurementImport: { validRows: number; invalidRows: number } }>(team.agents.manager, PREVIEW, { input: { importId } });
      expect(preview.data?.previewMeasurementImport).toMatchObject({ validRows: 3, invalidRows: 0 });
      expect(await committed(importId)).toMatchObject({ status: 'committed', rowsWritten: 0, rowsUnchanged: 3 });
    }
  });

  it('keeps corrections in the record’s history and refuses stale or missing versions', async () => {
    const { metric } = await aRunningPilot();
    const input = { metricId: metric.id, unitId: team.region.id, date: '2026-03-09', value: 14 };
    const created = await gql<{ recordMeasurement: { id: string; version: number; source: string; enteredBy: { id: string } } }>(team.agents.partner, RECORD, { input });
    expect(created.data?.recordMeasurement).toMatchObject({ version: 1, source: 'manual', enteredBy: { id: team.users.partner.id } });
    const id = created.data?.recordMeasurement.id ?? '';

    const blind = await gql(team.agents.manager, RECORD, { input: { ...input, value: 15 } });
    expect(errorCode(blind)).toBe('CONFLICT');
    expect(blind.errors?.[0]?.extensions).toMatchObject({ currentVersion: 1, current: { value: 14 } });
    const corrected = await gql<{ recordMeasurement: { value: number; version: number } }>(team.agents.manager, RECORD, { input: { ...input, value: 15, expectedVersion: 1 } });
    expect(corrected.data?.recordMeasurement).toMatchObject({ value: 15, version: 2 });
    const stale = await gql(team.agents.partner, RECORD, { input: { ...input, value: 16, expectedVersion: 1 } });
    expect(errorCode(stale)).toBe('CONFLICT');

    const history = await gql<{ recordHistory: { operation: string; actor: { id: string }; changes: { field: string; from: unknown; to: unknown }[] }[] }>(
      team.agents.executive,
      HISTORY,
      { id },
    );
    const [insert, update] = history.data?.recordHistory ?? [];
    expect(insert).toMatchObject({ operation: 'insert', actor: { id: team.users.partner.id } });
    expect(update?.operation).toBe('update');
    expect(update?.actor).toEqual({ id: team.users.manager.id });
    expect(update?.changes).toContainEqual({ field: 'value', from: '14', to: '15' });
  });

  it('lets a partner record values only for units in their scope, and only pilot units, until the pilot is decided', async () => {
    const { pilot, metric } = await aRunningPilot();
    const ok = await gql(team.agents.partner, RECORD, { input: { metricId: metric.id, unitId: team.region.id, date: '2026-03-02', value: 11 } });
    expect(ok.errors).toBeUndefined();

    const auditBefore = await auditEventCount(app);
    const outside = await gql(team.agents.partner, RECORD, { input: { metricId: metric.id, unitId: elsewhere.id, date: '2026-03-02', value: 11 } });
    expect(errorCode(outside)).toBe('FORBIDDEN');
    expect(errorCode(await gql(team.agents.executive, RECORD, { input: { metricId: metric.id, unitId: team.region.id, date: '2026-03-03', value: 1 } }))).toBe('FORBIDDEN');
    expect(await countFor(pilot.id)).toBe(1);
    expect(await auditEventCount(app)).toBe(auditBefore);

    const notInPilot = await aUnit(app.dataSource, team.org.id);
    const wrongUnit = await gql(team.agents.manager, RECORD, { input: { metricId: metric.id, unitId: notInPilot.id, date: '2026-03-02', value: 1 } });
    expect(errorCode(wrongUnit)).toBe('BAD_USER_INPUT');
    const tooEarly = await gql(team.agents.manager, RECORD, { input: { metricId: metric.id, unitId: elsewhere.id, date: '2025-03-01', value: 1 } });
    expect(tooEarly.errors?.[0]?.message).toBe('Pick a day from 2025-03-02 to 2026-03-29 (a year before the pilot’s start to its end).');

    const decided = await aRunningPilot({ status: 'decided' });
    const closed = await gql(team.agents.manager, RECORD, { input: { metricId: decided.metric.id, unitId: team.region.id, date: '2026-03-02', value: 1 } });
    expect(errorCode(closed)).toBe('BAD_USER_INPUT');
    expect(closed.errors?.[0]?.message).toBe('The pilot is decided: its measurements are final and can no longer change.');
    const closedUpload = await upload(team.agents.manager, decided.pilot.id, 'x.csv', `metric,unit,date,value\nLead response time,${team.region.code},2026-03-02,1\n`);
    expect(closedUpload.status).toBe(400);
    expect(closedUpload.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The pilot is decided: its measurements are final and can no longer change.' });
  });

  it('guards the file routes: session, role, pilot, file name and format, as JSON errors', async () => {
    const { pilot } = await aRunningPilot();
    const csv = `metric,unit,date,value\nLead response time,${team.region.code},2026-03-02,1\n`;
    // A cross-site form post carries no session cookie (SameSite=Lax) and cannot set x-file-name.
    const crossSite = await team.agents.anonymous
      .post(`/api/pilots/${pilot.id}/measurement-imports`)
      .set('origin', 'https://attacker.example')
      .set('content-type', 'text/plain')
      .send(csv);
    expect(crossSite.status).toBe(401);
    expect(crossSite.body).toEqual({ code: 'UNAUTHENTICATED', message: 'Please sign in.' });
    expect((await team.agents.anonymous.get(`/api/pilots/${pilot.id}/measurements.csv`)).status).toBe(401);
    // Unknown API paths answer JSON, not the web app's page.
    const unknown = await team.agents.manager.get('/api/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ code: 'NOT_FOUND', message: 'Cannot GET /api/nope' });

    const executive = await upload(team.agents.executive, pilot.id, 'values.csv', csv);
    expect(executive.status).toBe(403);
    expect(executive.body).toMatchObject({ code: 'FORBIDDEN' });
    const partner = await upload(team.agents.partner, pilot.id, 'values.csv', csv);
    expect(partner.status).toBe(403);

    const noName = await team.agents.manager.post(`/api/pilots/${pilot.id}/measurement-imports`).set('content-type', 'text/csv').send(csv);
    expect(noName.status).toBe(400);
    expect(noName.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Name the file: send it as a multipart file part, or name it in the fileName query parameter or the x-file-name header.' });
    const unknownPilot = await upload(team.agents.manager, '00000000-0000-4000-8000-000000000000', 'values.csv', csv);
    expect(unknownPilot.status).toBe(404);
    expect(unknownPilot.body).toMatchObject({ code: 'NOT_FOUND' });
    const oldExcel = await upload(team.agents.manager, pilot.id, 'values.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
    expect(oldExcel.status).toBe(400);
    expect((oldExcel.body as { message: string }).message).toContain('.xls');
    const brokenXlsx = await upload(team.agents.manager, pilot.id, 'values.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
    expect(brokenXlsx.status).toBe(400);
    const empty = await upload(team.agents.manager, pilot.id, 'values.csv', 'metric,unit,date,value\n');
    expect(empty.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The file has a header but no rows of values.' });
    const accented = await upload(team.agents.manager, pilot.id, encodeURIComponent('Größe März.csv'), csv);
    expect(accented.body).toMatchObject({ fileName: 'Größe März.csv' });

    const tooLarge = await upload(team.agents.manager, pilot.id, 'huge.csv', Buffer.alloc(20 * 1024 * 1024 + 1, 0x61));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toEqual({ code: 'BAD_USER_INPUT', message: 'The file is larger than 20 MB: split it into several files.' });
  });

  it('reads an uploaded XLSX from its first sheet, with real date cells and blank rows', async () => {
    const { pilot, metric } = await aRunningPilot();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Values');
    workbook.addWorksheet('Notes').addRow(['ignored']);
    sheet.addRow(['Metric', 'Region', 'Week', 'Value']);
    sheet.addRow(['Lead response time', team.region.name, new Date(Date.UTC(2026, 2, 2)), 12]);
    sheet.addRow([]);
    sheet.addRow(['lead_response_time', team.region.code, '2026-03-09', { formula: '5+5', result: 10 }]);
    sheet.addRow(['Lead response time', team.region.code, 'next week', 'n/a']);
    const importId = await uploaded(pilot.id, 'values.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const preview = await gql<{ previewMeasurementImport: { mapping: unknown; validRows: number; errors: unknown[] } }>(team.agents.manager, PREVIEW, { input: { importId } });
    expect(preview.data?.previewMeasurementImport).toMatchObject({
      mapping: { metric: 'Metric', unit: 'Region', date: 'Week', value: 'Value' },
      validRows: 2,
      errors: [
        { line: 5, column: 'Week', reason: '"next week" is not a date in the format YYYY-MM-DD.' },
        { line: 5, column: 'Value', reason: '"n/a" is not a number (write it like 1234.5).' },
      ],
    });
    const res = await gql(team.agents.manager, COMMIT, { input: { importId, mapping: { metric: 'Metric', unit: 'Region', date: 'Week', value: 'Value' }, onlyValidRows: true } });
    expect(res.errors).toBeUndefined();
    await imports.settled(importId);
    const rows = await app.dataSource.getRepository(MeasurementEntity).find({ where: { metricId: metric.id }, order: { date: 'ASC' } });
    expect(rows.map((row) => [row.date, row.value])).toEqual([
      ['2026-03-02', 12],
      ['2026-03-09', 10],
    ]);
  });

  it('pages measurements newest first, up to 500, for one unit or all', async () => {
    const { metric } = await aRunningPilot();
    for (const [unitId, date] of [
      [team.region.id, '2026-03-02'],
      [elsewhere.id, '2026-03-09'],
      [team.region.id, '2026-03-16'],
    ] as const) {
      await gql(team.agents.manager, RECORD, { input: { metricId: metric.id, unitId, date, value: 1 } });
    }
    const dates = async (variables: Record<string, unknown>) =>
      (await gql<{ measurements: { date: string }[] }>(team.agents.partner, LIST, { metricId: metric.id, ...variables })).data?.measurements.map((m) => m.date);
    expect(await dates({})).toEqual(['2026-03-16', '2026-03-09', '2026-03-02']);
    expect(await dates({ unitId: team.region.id })).toEqual(['2026-03-16', '2026-03-02']);
    expect(await dates({ first: 1 })).toEqual(['2026-03-16']);
    expect(errorCode(await gql(team.agents.partner, LIST, { metricId: metric.id, first: 501 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(team.agents.partner, LIST, { metricId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('lets only the program’s managers follow an import', async () => {
    const { pilot } = await aRunningPilot();
    const manager: Actor = { id: team.users.manager.id, orgId: team.org.id, role: 'program_manager', unitIds: [], scopeUnitIds: [] };
    const { importId } = await imports.upload(manager, pilot.id, 'v.csv', Buffer.from(`metric,unit,date,value\nLead response time,${team.region.code},2026-03-02,1\n`));
    expect((await gql(team.agents.admin, IMPORT, { id: importId })).errors).toBeUndefined();
    expect(errorCode(await gql(team.agents.executive, IMPORT, { id: importId }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(team.agents.manager, IMPORT, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });
});

/** Day `n` of the pilot's import range (from 2025-03-02), for generated files. */
function day(n: number): string {
  return new Date(Date.UTC(2025, 2, 2 + n)).toISOString().slice(0, 10);
}

