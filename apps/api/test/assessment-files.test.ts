import Papa from 'papaparse';
import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTool } from './factories/assessment-inventory.factory.js';
import { aProgramWithUnits } from './factories/assessment.factory.js';
import { aTeam } from './factories/organization.factory.js';
import { binary, createTestApp, gql, type TestApp } from './support/test-app.js';
import { firstSheet } from './support/workbook.js';

const SET_CELL = `mutation($input: SetAssessmentCellInput!) { setAssessmentCell(input: $input) { id } }`;

describe('assessment files', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const download = async (agent: TestAgent, url: string) => agent.get(url).buffer(true).parse(binary);
  const csvRows = (res: { body: unknown }) => Papa.parse<string[]>((res.body as Buffer).toString('utf8'), { skipEmptyLines: true }).data;

  describe('grid export', () => {
    it('writes one row per activity and unit with names and labels, the central team first, formulas defused', async () => {
      const { programId, other, activityId } = await aProgramWithUnits(app, team);
      await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: activityId('Dashboards'), unitId: null, performer: 'central', maturity: 4, note: 'Central BI' } });
      await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: activityId('Dashboards'), unitId: other.id, performer: 'both', maturity: 2, note: '=HYPERLINK("x")' } });

      const res = await download(team.agents.executive, `/api/programs/${programId}/assessment-grid.csv`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".*-assessment\.csv"$/);
      const rows = csvRows(res);
      expect(rows[0]).toEqual(['Capability', 'Activity', 'Unit', 'Who does it', 'Maturity', 'Note']);
      // 18 activities × (central team + 2 units).
      expect(rows).toHaveLength(1 + 18 * 3);
      const dashboards = rows.filter((row) => row[1] === 'Dashboards');
      expect(dashboards).toEqual([
        ['Data & insights', 'Dashboards', 'Central team', 'Central team', '4', 'Central BI'],
        ...[
          [team.region.name, '', '', ''],
          [other.name, 'Both', '2', `'=HYPERLINK("x")`],
        ]
          .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))
          .map((row) => ['Data & insights', 'Dashboards', ...row]),
      ]);
      // Names and labels only: no ids or enum values anywhere in the file.
      const text = (res.body as Buffer).toString('utf8');
      for (const id of [programId, other.id, team.region.id, activityId('Dashboards')]) expect(text).not.toContain(id);
      expect(text).not.toMatch(/,(central|local|nobody|both),/);
    });

    it('gives a regional partner only their units’ rows, never the central team’s or other units’', async () => {
      const { programId, other, activityId } = await aProgramWithUnits(app, team);
      await gql(team.agents.partner, SET_CELL, { input: { programId, activityId: activityId('Training'), unitId: team.region.id, performer: 'local', maturity: 3, note: '' } });
      const rows = csvRows(await download(team.agents.partner, `/api/programs/${programId}/assessment-grid.csv`));
      expect(rows).toHaveLength(1 + 18);
      expect(new Set(rows.slice(1).map((row) => row[2]))).toEqual(new Set([team.region.name]));
      expect(rows.find((row) => row[1] === 'Training')).toEqual(['Execution & enablement', 'Training', team.region.name, 'The unit itself', '3', '']);
      expect(rows.some((row) => row[2] === other.name)).toBe(false);
    });

    it('writes the same rows as a workbook with numbers as numbers', async () => {
      const { programId, activityId } = await aProgramWithUnits(app, team);
      await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: activityId('Lead routing'), unitId: team.region.id, performer: 'nobody', maturity: 1, note: '' } });
      const res = await download(team.agents.admin, `/api/programs/${programId}/assessment-grid.xlsx`);
      expect(res.status).toBe(200);
      const sheet = await firstSheet(res.body);
      const values: unknown[][] = [];
      sheet?.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      expect(values[0]).toEqual(['Capability', 'Activity', 'Unit', 'Who does it', 'Maturity', 'Note']);
      expect(values.find((row) => row[1] === 'Lead routing' && row[2] === team.region.name)).toEqual(['Process & planning', 'Lead routing', team.region.name, 'Nobody', 1, '']);
    });

    it('answers 404 for another organization’s program, 400 for a malformed id', async () => {
      const stranger = await aTeam(app);
      const { programId } = await aProgramWithUnits(app, team);
      expect((await download(stranger.agents.manager, `/api/programs/${programId}/assessment-grid.csv`)).status).toBe(404);
      expect((await download(team.agents.manager, `/api/programs/not-an-id/assessment-grid.csv`)).status).toBe(400);
    });
  });

  describe('tool inventory export', () => {
    it('writes tools with category labels, unit names, cost, owner and renewal date', async () => {
      const { programId, other } = await aProgramWithUnits(app, team);
      await aTool(app.dataSource, team.org.id, programId, {
        name: 'Looker',
        category: 'analytics_bi',
        usingUnitIds: [team.region.id, other.id],
        annualCost: 90_000,
        ownerId: team.users.manager.id,
        renewalDate: '2027-02-28',
      });
      await aTool(app.dataSource, team.org.id, programId, { name: '@SUM(1)', category: 'other', annualCost: 0, ownerName: 'Ops, EMEA' });
      const res = await download(team.agents.manager, `/api/programs/${programId}/tool-inventory.csv`);
      expect(res.status).toBe(200);
      const rows = csvRows(res);
      expect(rows).toEqual([
        ['Tool', 'Category', 'Units', 'Annual cost (USD)', 'Owner', 'Renewal date'],
        ['Looker', 'Analytics / BI', [team.region.name, other.name].sort().join('; '), '90000', team.users.manager.name, '2027-02-28'],
        ["'@SUM(1)", 'Other', '', '0', 'Ops, EMEA', ''],
      ]);

      const xlsx = await download(team.agents.executive, `/api/programs/${programId}/tool-inventory.xlsx`);
      const row = (await firstSheet(xlsx.body))?.getRow(2);
      expect([row?.getCell(1).value, row?.getCell(2).value, row?.getCell(4).value, row?.getCell(6).value]).toEqual(['Looker', 'Analytics / BI', 90_000, new Date('2027-02-28T00:00:00Z')]);
    });

    it('refuses regional partners', async () => {
      const { programId } = await aProgramWithUnits(app, team);
      const res = await download(team.agents.partner, `/api/programs/${programId}/tool-inventory.csv`);
      expect([res.status, (JSON.parse((res.body as Buffer).toString('utf8')) as { code: string }).code]).toEqual([403, 'FORBIDDEN']);
    });
  });

  describe('grid import', () => {
    const HEADER = 'Capability,Activity,Unit,Who does it,Maturity,Note\n';
    const upload = (agent: TestAgent, programId: string, step: 'preview' | 'commit', csv: string, mapping?: Record<string, string | null>) =>
      agent
        .post(`/api/programs/${programId}/assessment-grid-imports/${step}`)
        .query(mapping ? { mapping: JSON.stringify(mapping) } : {})
        .set('x-file-name', 'grid.csv')
        .set('content-type', 'application/octet-stream')
        .send(Buffer.from(csv));
    const cellsOf = (programId: string) =>
      app.dataSource.query<{ activity: string; unit: string | null; performer: string; maturity: number | null; note: string; version: number }[]>(
        `SELECT a.name AS activity, u.name AS unit, c.performer, c.maturity, c.note, c.version FROM assessment_cell c JOIN activity a ON a.id = c.activity_id
          LEFT JOIN unit u ON u.id = c.unit_id WHERE c.program_id = $1 ORDER BY a.name, u.name NULLS FIRST`,
        [programId],
      );

    it('previews per-row errors with line, column and reason, and writes nothing', async () => {
      const { programId, other } = await aProgramWithUnits(app, team);
      const csv =
        HEADER +
        `Data & insights,Dashboards,Central team,Central team,4,One BI team\n` +
        `Data & insights,Forecast magic,${team.region.name},Both,2,\n` +
        `Data & insights,Dashboards,Atlantis,Both,2,\n` +
        `Data & insights,Dashboards,${other.name},Sometimes,2,\n` +
        `Data & insights,Training,${other.name},Both,9,\n` +
        `Data & insights,dashboards,central team,Nobody,,\n`;
      const res = await upload(team.agents.manager, programId, 'preview', csv);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ fileName: 'grid.csv', rowsTotal: 6, invalidRows: 5, rowsNew: 1, rowsChanged: 0, rowsUnchanged: 0 });
      expect((res.body as { errors: unknown[] }).errors).toEqual([
        { line: 3, column: 'Activity', reason: 'Unknown activity "Forecast magic": use the name of an activity in the program’s catalog.' },
        { line: 4, column: 'Unit', reason: 'Unknown unit "Atlantis": use the name or code of one of the program’s units, or Central team.' },
        { line: 5, column: 'Who does it', reason: 'Unknown answer "Sometimes" for who does it: use Central team, The unit itself, Both, Nobody.' },
        { line: 6, column: 'Maturity', reason: 'Maturity "9" is not 1 to 5: use a whole number from 1 to 5, or leave it empty.' },
        { line: 7, column: null, reason: 'Duplicate of line 2: same activity and unit.' },
      ]);
      expect(await cellsOf(programId)).toEqual([]);
    });

    it('commits every row in one transaction, overwriting filled cells, and re-imports its own export unchanged', async () => {
      const { programId, other, activityId } = await aProgramWithUnits(app, team);
      await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: activityId('Training'), unitId: other.id, performer: 'nobody', maturity: 1, note: '' } });
      const csv = HEADER + `Data & insights,Dashboards,Central team,Central team,4,"=1+1"\n` + `Execution & enablement,Training,${other.code},Both,3,Shared trainers\n`;
      const preview = await upload(team.agents.manager, programId, 'preview', csv);
      expect(preview.body).toMatchObject({ invalidRows: 0, rowsNew: 1, rowsChanged: 1, errors: [] });
      const res = await upload(team.agents.manager, programId, 'commit', csv);
      expect([res.status, res.body]).toEqual([200, { written: 2, unchanged: 0 }]);
      expect(await cellsOf(programId)).toEqual([
        { activity: 'Dashboards', unit: null, performer: 'central', maturity: 4, note: '=1+1', version: 1 },
        { activity: 'Training', unit: other.name, performer: 'both', maturity: 3, note: 'Shared trainers', version: 2 },
      ]);
      // Audited like any change: one row per written cell, by this caller.
      const audited = await app.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_event WHERE table_name = 'assessment_cell' AND actor_id = $1 AND program_id = $2`,
        [team.users.manager.id, programId],
      );
      expect(audited[0]?.n).toBe(3);

      const exported = (await download(team.agents.manager, `/api/programs/${programId}/assessment-grid.csv`)).body as Buffer;
      const again = await upload(team.agents.manager, programId, 'commit', exported.toString('utf8'));
      expect([again.status, again.body]).toEqual([200, { written: 0, unchanged: 2 }]);
    });

    it('writes nothing when any row fails, and answers which', async () => {
      const { programId } = await aProgramWithUnits(app, team);
      const csv = HEADER + `x,Dashboards,Central team,Central team,4,\n` + `x,Training,Central team,Maybe,4,\n`;
      const res = await upload(team.agents.manager, programId, 'commit', csv);
      expect(res.status).toBe(400);
      expect((res.body as { message: string }).message).toBe('1 row has errors (line 3: Unknown answer "Maybe" for who does it: use Central team, The unit itself, Both, Nobody.): preview the file and fix them.');
      expect(await cellsOf(programId)).toEqual([]);
    });

    it('rolls the whole file back when a write fails part-way', async () => {
      const { programId } = await aProgramWithUnits(app, team);
      // The database refuses the second row's cell after the first one is written.
      await app.dataSource.query(`CREATE FUNCTION test_refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.note = 'boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`);
      await app.dataSource.query(`CREATE TRIGGER test_refuse_boom BEFORE INSERT ON assessment_cell FOR EACH ROW EXECUTE FUNCTION test_refuse_boom()`);
      try {
        const csv = HEADER + `x,Dashboards,Central team,Central team,4,fine\n` + `x,Training,Central team,Central team,4,boom\n`;
        expect((await upload(team.agents.manager, programId, 'commit', csv)).status).toBe(500);
      } finally {
        await app.dataSource.query(`DROP TRIGGER test_refuse_boom ON assessment_cell; DROP FUNCTION test_refuse_boom()`);
      }
      expect(await cellsOf(programId)).toEqual([]);
    });

    it('lets a partner import only their units’ rows: others are per-row errors', async () => {
      const { programId, other } = await aProgramWithUnits(app, team);
      const csv = HEADER + `x,Dashboards,${team.region.name},The unit itself,2,\n` + `x,Dashboards,${other.name},Both,2,\n` + `x,Dashboards,Central team,Central team,2,\n`;
      const preview = await upload(team.agents.partner, programId, 'preview', csv);
      expect((preview.body as { errors: { line: number; reason: string }[] }).errors.map((error) => [error.line, error.reason])).toEqual([
        [3, `Not your unit: ${other.name} is reported by its own partners or the program’s leads.`],
        [4, 'Not your unit: the central team’s rows are filled by the program’s leads.'],
      ]);
      const own = await upload(team.agents.partner, programId, 'commit', HEADER + `x,Dashboards,${team.region.name},The unit itself,2,\n`);
      expect([own.status, own.body]).toEqual([200, { written: 1, unchanged: 0 }]);
      expect(await cellsOf(programId)).toEqual([{ activity: 'Dashboards', unit: team.region.name, performer: 'local', maturity: 2, note: '', version: 1 }]);
    });

    it('uses the columns the user maps', async () => {
      const { programId } = await aProgramWithUnits(app, team);
      const csv = 'Team,Task,Owner\nCentral team,Dashboards,Central team\n';
      const guessed = await upload(team.agents.manager, programId, 'preview', csv);
      expect(guessed.body).toMatchObject({ headers: ['Team', 'Task', 'Owner'], mapping: { activity: null, unit: 'Team', performer: null } });
      const mapped = await upload(team.agents.manager, programId, 'commit', csv, { activity: 'Task', unit: 'Team', performer: 'Owner', maturity: null, note: null });
      expect([mapped.status, mapped.body]).toEqual([200, { written: 1, unchanged: 0 }]);
    });
  });

  describe('tool inventory import', () => {
    const HEADER = 'Tool,Category,Units,Annual cost (USD),Owner,Renewal date\n';
    const upload = (agent: TestAgent, programId: string, step: 'preview' | 'commit', csv: string) =>
      agent
        .post(`/api/programs/${programId}/tool-inventory-imports/${step}`)
        .set('x-file-name', 'tools.csv')
        .set('content-type', 'application/octet-stream')
        .send(Buffer.from(csv));
    const toolsOf = (programId: string) =>
      app.dataSource.query<{ name: string; category: string; units: string[]; annual_cost: number; owner_id: string | null; owner_name: string; renewal: string | null; version: number }[]>(
        `SELECT t.name, t.category, ARRAY(SELECT u.name FROM unit u WHERE u.id = ANY(t.using_unit_ids) ORDER BY u.name) AS units, t.annual_cost, t.owner_id, t.owner_name,
                to_char(t.renewal_date, 'YYYY-MM-DD') AS renewal, t.version
           FROM program_tool t WHERE t.program_id = $1 ORDER BY t.name`,
        [programId],
      );

    it('previews new, changed and unchanged tools with per-row errors, then updates tools by name and adds the rest in one transaction; its own export imports unchanged', async () => {
      const { programId, other } = await aProgramWithUnits(app, team);
      await aTool(app.dataSource, team.org.id, programId, { name: 'Looker', category: 'analytics_bi', usingUnitIds: [other.id], annualCost: 90_000 });
      await aTool(app.dataSource, team.org.id, programId, { name: 'Gong', category: 'other', annualCost: 30_000 });
      const withError = HEADER + `looker,BI,${other.name}; ${team.region.code},"$120,000",${team.users.manager.email},2027-03-31\n` + `Clari,Forecasting,,40000,Sam (vendor),\n` + `Tableau,Spreadsheets,,1,,\n`;
      const preview = await upload(team.agents.manager, programId, 'preview', withError);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ fileName: 'tools.csv', rowsTotal: 3, invalidRows: 1, rowsNew: 1, rowsChanged: 1, rowsUnchanged: 0, toolsNotInFile: 1 });
      expect((preview.body as { errors: { line: number; column: string }[] }).errors.map((error) => [error.line, error.column])).toEqual([[4, 'Category']]);
      const refused = await upload(team.agents.manager, programId, 'commit', withError);
      expect([refused.status, (refused.body as { code: string }).code]).toEqual([400, 'BAD_USER_INPUT']);
      expect((await toolsOf(programId)).map((tool) => [tool.name, tool.annual_cost])).toEqual([
        ['Gong', 30_000],
        ['Looker', 90_000],
      ]);

      const fixed = withError.split('\n').slice(0, 3).join('\n') + '\n';
      const res = await upload(team.agents.manager, programId, 'commit', fixed);
      expect([res.status, res.body]).toEqual([200, { written: 2, unchanged: 0 }]);
      expect(await toolsOf(programId)).toEqual([
        { name: 'Clari', category: 'forecasting', units: [], annual_cost: 40_000, owner_id: null, owner_name: 'Sam (vendor)', renewal: null, version: 1 },
        // The file's spelling of the name wins; the owner named by email links to the account; no tool is removed.
        { name: 'Gong', category: 'other', units: [], annual_cost: 30_000, owner_id: null, owner_name: '', renewal: null, version: 1 },
        {
          name: 'looker',
          category: 'analytics_bi',
          units: [other.name, team.region.name].sort(),
          annual_cost: 120_000,
          owner_id: team.users.manager.id,
          owner_name: '',
          renewal: '2027-03-31',
          version: 2,
        },
      ]);

      const exported = (await download(team.agents.manager, `/api/programs/${programId}/tool-inventory.csv`)).body as Buffer;
      const again = await upload(team.agents.manager, programId, 'commit', exported.toString('utf8'));
      expect([again.status, again.body]).toEqual([200, { written: 0, unchanged: 3 }]);
    });
  });
});
