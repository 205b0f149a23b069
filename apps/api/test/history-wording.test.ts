import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProgram, aTeam, aUnit } from './factories/organization.factory.js';
import { aPilot, aSuccessMetric } from './factories/pilot.factory.js';
import { binary, createTestApp, gql, type TestApp } from './support/test-app.js';

type Entry = { recordLabel: string; program: { id: string; name: string } | null; action: string; subject: string | null; details: string[]; summary: string };
const ENTRY = 'recordType recordLabel program { id name } action subject details summary';

describe('history people can read', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('words each entry as a sentence with names and labels, carrying the record’s label and its program', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { name: 'Readable program' });
    const nordics = await aUnit(app.dataSource, team.org.id, { name: 'Nordics' });
    const frb = await aUnit(app.dataSource, team.org.id, { name: 'France & Benelux' });
    const anz = await aUnit(app.dataSource, team.org.id, { name: 'Australia & New Zealand' });
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { name: 'UK lead routing', unitIds: [team.region.id], comparisonUnitIds: [nordics.id] });
    const metric = await aSuccessMetric(app.dataSource, pilot, { name: 'Win rate', direction: 'lower_is_better' });
    await app.dataSource.query(`UPDATE pilot SET comparison_unit_ids = $2, steering_member_ids = $3, status = 'running' WHERE id = $1`, [
      pilot.id,
      [nordics.id, frb.id, anz.id],
      [team.users.executive.id],
    ]);
    await app.dataSource.query(`UPDATE success_metric SET direction = 'higher_is_better' WHERE id = $1`, [metric.id]);

    const res = await gql<{ recordHistory: Entry[] }>(team.agents.executive, `query($id: ID!) { recordHistory(recordType: program, recordId: $id) { ${ENTRY} } }`, { id: program.id });
    const history = res.data?.recordHistory ?? [];
    const pilotUpdate = history.find((entry) => entry.action === 'updated the pilot');
    expect(pilotUpdate).toMatchObject({ recordLabel: 'UK lead routing', subject: 'UK lead routing', program: { id: program.id, name: 'Readable program' } });
    expect(pilotUpdate?.details).toEqual([
      'changed the status from Planned to Running',
      'added France & Benelux and Australia & New Zealand as comparison units',
      `added ${team.users.executive.name} as a steering committee member`,
    ]);
    const metricUpdate = history.find((entry) => entry.action === 'updated the success metric');
    expect(metricUpdate?.summary).toBe('updated the success metric Win rate: changed the direction from Lower is better to Higher is better');
    // Never an id or an enum key anywhere people read.
    const read = history.flatMap(({ recordLabel, action, subject, details, summary }) => [recordLabel, action, subject ?? '', ...details, summary]);
    for (const text of read) {
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect(text).not.toMatch(/higher_is_better|lower_is_better|\["|"\]/);
    }
  });

  it('names a deleted record from its last values, and never by id', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { name: 'Short-lived pilot', unitIds: [team.region.id] });
    await app.dataSource.query(`DELETE FROM pilot WHERE id = $1`, [pilot.id]);
    const res = await gql<{ auditLog: { nodes: (Entry & { recordType: string })[] } }>(team.agents.admin, `{ auditLog(filter: { recordType: pilot }, first: 5) { nodes { ${ENTRY} } } }`);
    expect(res.data?.auditLog.nodes[0]).toMatchObject({ summary: 'removed the pilot Short-lived pilot', recordLabel: 'Short-lived pilot', program: { name: program.name } });
  });

  it('names a page of entries in a batch: the statement count does not grow with the page', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    for (let i = 0; i < 12; i += 1) {
      const unit = await aUnit(app.dataSource, team.org.id);
      const pilot = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [unit.id], comparisonUnitIds: [team.region.id], steeringMemberIds: [team.users.executive.id] });
      await aSuccessMetric(app.dataSource, pilot);
    }
    const statements = async (first: number) => {
      const res = await team.agents.admin
        .post('/graphql')
        .set('apollo-require-preflight', 'true')
        .send({ query: `query($first: Int) { auditLog(first: $first) { nodes { summary recordLabel program { name } actor { name } } } }`, variables: { first } });
      expect((res.body as { errors?: unknown }).errors).toBeUndefined();
      expect((res.body as { data: { auditLog: { nodes: unknown[] } } }).data.auditLog.nodes).toHaveLength(first);
      return Number(res.headers['x-db-statements']);
    };
    const forTwo = await statements(2);
    const forTwenty = await statements(20);
    expect(forTwo).toBeGreaterThan(0);
    expect(forTwenty).toBe(forTwo);
  });

  describe('CSV export of the audit log', () => {
    const csv = async (agent: (typeof team.agents)['admin'], query = '') => agent.get(`/api/audit-log.csv${query}`).buffer(true).parse(binary);

    it('gives admins the filtered log as sentences with names, every cell escaped against formulas', async () => {
      const unit = await aUnit(app.dataSource, team.org.id, { name: '=HYPERLINK("http://evil.example","Click")' });
      await app.dataSource.query(`UPDATE unit SET kind = 'segment' WHERE id = $1`, [unit.id]);
      const res = await csv(team.agents.admin, '?recordType=unit');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
      const text = (res.body as Buffer).toString('utf8');
      const [header, ...rows] = text.split('\r\n');
      expect(header).toBe('time,user,change,record_type,record,program');
      expect(rows[0]).toContain('System updated the unit =HYPERLINK');
      expect(rows[0]).toContain('changed the kind from Region to Segment');
      expect(rows[0]).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
      expect(rows.every((row) => !row.includes(',program,') && !/,(program_unit|success_metric),/.test(row))).toBe(true);
      expect(text).not.toContain(unit.id);
    });

    it('refuses everyone but admins, and bad filters', async () => {
      for (const agent of [team.agents.manager, team.agents.partner, team.agents.executive]) {
        const res = await csv(agent);
        expect(res.status).toBe(403);
        expect(JSON.parse((res.body as Buffer).toString('utf8'))).toMatchObject({ code: 'FORBIDDEN' });
      }
      expect((await csv(team.agents.anonymous)).status).toBe(401);
      const bad = await csv(team.agents.admin, '?from=2026-13-40');
      expect(bad.status).toBe(400);
      expect(JSON.parse((bad.body as Buffer).toString('utf8'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });
});
