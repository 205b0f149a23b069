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
});
