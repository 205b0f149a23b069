import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PilotEntity } from '../src/modules/pilots/pilot.entity.js';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { aPilot, aSuccessMetric } from './factories/pilot.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Team = Awaited<ReturnType<typeof aTeam>>;

/**
 * Hostile but well-formed files: too many rows or columns, a zip bomb, and a large valid
 * workbook that must not stall the server while it is read.
 */
describe('measurement files at and beyond the limits', () => {
  let app: TestApp;
  let team: Team;
  let pilot: PilotEntity;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    const programId = (await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' })).id;
    pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id], status: 'running' });
    await aSuccessMetric(app.dataSource, pilot);
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = (agent: TestAgent, fileName: string, body: Buffer) =>
    agent.post(`/api/pilots/${pilot.id}/measurement-imports`).set('x-file-name', fileName).set('content-type', 'application/octet-stream').send(body);

  it('answers health checks while a large workbook is read', { timeout: 180_000 }, async () => {
    // 200,000 rows (about 3 MB zipped, 38 MB of XML): seconds of parsing.
    const body = await workbook((sheet) => {
      sheet.addRow(['metric', 'unit', 'date', 'value']);
      for (let i = 0; i < 200_000; i++) sheet.addRow(['Lead response time', team.region.code, '2026-03-02', i]);
    });
    let done = false;
    // The app runs in this process: how busy its event loop is while the file is read.
    const loopBefore = performance.eventLoopUtilization();
    const uploading = upload(team.agents.manager, 'large.xlsx', body).then((res) => {
      done = true;
      return res;
    });
    const health = app.agent();
    const statuses: number[] = [];
    let slowestMs = 0;
    while (!done) {
      const started = performance.now();
      statuses.push((await health.get('/health/ready')).status);
      slowestMs = Math.max(slowestMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const res = await uploading;
    const loopBusy = performance.eventLoopUtilization(loopBefore).utilization;
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ rowsTotal: 200_000 });
    // The server kept answering while the file was parsed, and its event loop stayed mostly idle:
    // the parse ran in another thread (parsed on the event loop, even in chunks, it is busy ≥ 90 %).
    console.info(`health answers during the upload: ${statuses.length}, slowest ${Math.round(slowestMs)} ms, event loop busy ${Math.round(loopBusy * 100)} %`);
    expect(statuses.length).toBeGreaterThanOrEqual(10);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(loopBusy).toBeLessThan(0.5);
  });

  it('refuses a sheet with more than 1,000,000 rows without reading down to it', async () => {
    const body = await workbook((sheet) => {
      sheet.addRow(['metric', 'unit', 'date', 'value']);
      sheet.getRow(1_000_002).values = ['Lead response time', team.region.code, '2026-03-02', 1];
    });
    const res = await upload(team.agents.manager, 'tall.xlsx', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The file has more than 1,000,000 rows: split it into several files.' });
  });

  it('refuses rows with more than 50 columns, in CSV and XLSX', async () => {
    const wide = Array.from({ length: 51 }, (_, i) => `c${i}`);
    const message = 'A row has more than 50 columns: keep only the columns to import (and a few others).';
    const csv = await upload(team.agents.manager, 'wide.csv', Buffer.from(`${wide.join(',')}\n${wide.join(',')}\n`));
    expect(csv.body).toMatchObject({ code: 'BAD_USER_INPUT', message });
    const xlsx = await upload(
      team.agents.manager,
      'wide.xlsx',
      await workbook((sheet) => sheet.addRow(wide)),
    );
    expect(xlsx.body).toMatchObject({ code: 'BAD_USER_INPUT', message });
  });

  it('refuses a zip bomb from its directory, before unpacking it', async () => {
    // 300 MB of zeros deflate to about 300 KB.
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(300 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(team.agents.manager, 'bomb.xlsx', bomb);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'This workbook unpacks to more than 256 MB: split it into several files, or save it as .csv.' });
  });
});

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Values'));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A zip archive of deflated entries, written by hand so that it can be a bomb. */
function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const header = (signature: number, size: number) => {
      const buffer = Buffer.alloc(size);
      buffer.writeUInt32LE(signature, 0);
      return buffer;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    directory.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directorySize = directory.reduce((size, part) => size + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}
