import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProgramWithUnits } from './factories/assessment.factory.js';
import { aTeam } from './factories/organization.factory.js';
import { computedNow, createTestApp, dataOf, gql, type TestApp } from './support/test-app.js';

const BACKLOG = `query($id: ID!) { program(id: $id) { backlog {
  requests(state: all) { nodes { id label status unitName filedByName } }
  capacity(months: 1) { teamName heads } } } }`;
const FILE = `mutation($input: FileRequestInput!) { fileRequest(input: $input) { id } }`;

interface Answer {
  program: { backlog: { requests: { nodes: { id: string; label: string; status: string; unitName: string; filedByName: string }[] }; capacity: { teamName: string; heads: number }[] } };
}

// A program's backlog and headcount plan are derived from sixteen tables, so they are kept by the
// organization's data version, which the database moves at the commit of any change to its business
// data, whoever writes: these tests write straight to the tables.
describe('the backlog kept by its organization’s data version', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers an unchanged backlog from what it kept, and sees any write at once', async () => {
    const { programId, other } = await aProgramWithUnits(app, team);
    const [type] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM request_type WHERE program_id = $1 ORDER BY position LIMIT 1`, [programId]);
    dataOf(await gql(team.agents.manager, FILE, { input: { programId, typeId: type?.id, unitId: other.id, problem: 'Pipeline by segment for the QBR' } }));

    const read = async () => {
      const { data, statements } = await computedNow<Answer>(team.agents.manager, BACKLOG, { id: programId });
      return { backlog: data.program.backlog, statements };
    };
    const first = await read();
    expect(first.backlog.requests.nodes).toMatchObject([{ status: 'new' }]);
    const second = await read();
    expect(second.backlog).toEqual(first.backlog);
    // The backlog's settings, types, requests, units and planned heads (five statements) and the
    // headcount plan's roles, units, staffing and profile (four) are not read again.
    expect(second.statements).toBe(first.statements - 9);

    // The request declined, its unit and filer renamed, then hub heads planned.
    const requestId = first.backlog.requests.nodes[0]?.id;
    await app.dataSource.query(`UPDATE revops_request SET status = 'declined', decline_reason = 'Out of scope' WHERE id = $1`, [requestId]);
    expect((await read()).backlog.requests.nodes[0]?.status).toBe('declined');
    await app.dataSource.query(`UPDATE unit SET name = 'Lusitania' WHERE id = $1`, [other.id]);
    expect((await read()).backlog.requests.nodes[0]?.unitName).toBe('Lusitania');
    await app.dataSource.query(`UPDATE app_user SET name = 'Ana Lima' WHERE id = $1`, [team.users.manager.id]);
    expect((await read()).backlog.requests.nodes[0]?.filedByName).toBe('Ana Lima');
    const hubHeads = (answer: Answer['program']['backlog']) => answer.capacity.find((row) => row.teamName.toLowerCase().includes('hub'))?.heads ?? 0;
    const before = hubHeads((await read()).backlog);
    await app.dataSource.query(`INSERT INTO planned_role (org_id, program_id, unit_id, title, count, annual_cost_per_head) VALUES ($1, $2, NULL, 'Analyst', 2, 90000)`, [team.org.id, programId]);
    expect(hubHeads((await read()).backlog)).toBe(before + 2);
  });
});
