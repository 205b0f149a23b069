import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import ExcelJS from 'exceljs';
import { binary, createTestApp, errorCode, gql, type GraphQLResponse, type TestApp } from './support/test-app.js';

const HEADCOUNT = `id roles { id title teamName count annualCostPerHead reportsToTitle isManager version }
  teams { name heads annualCost checks { kind verdict sentence } } overall { heads annualCost checks { kind verdict sentence } }`;
const VERSIONS = `current signedOff blockers changesSinceSignOff versions { number note changes signedOffBy { name } }`;
const READ = `query($id: ID!) { program(id: $id) { headcount { ${HEADCOUNT} } designVersions { ${VERSIONS} } decisionLog(first: 5) { nodes { kind title rationale } } } }`;
const SAVE_ROLE = `mutation($input: SavePlannedRoleInput!) { savePlannedRole(input: $input) { ${HEADCOUNT} } }`;
const SIGN_OFF = `mutation($input: SignOffDesignInput!) { signOffDesign(input: $input) { ${VERSIONS} } }`;
const START = `mutation($input: StartDesignVersionInput!) { startDesignVersion(input: $input) { ${VERSIONS} } }`;
const PLACE = `mutation($input: SavePlacementInput!) { savePlacement(input: $input) { id } }`;
const MARK_FINAL = `mutation($input: MarkRaciFinalInput!) { markRaciFinal(input: $input) { final } }`;
const HISTORY = `query($id: ID!) { recordHistory(recordType: program, recordId: $id) { summary } }`;

interface Role {
  id: string;
  title: string;
  teamName: string | null;
  count: number;
  annualCostPerHead: number;
  reportsToTitle: string | null;
  isManager: boolean;
  version: number;
}
interface Check {
  kind: string;
  verdict: string;
  sentence: string;
}
interface Headcount {
  roles: Role[];
  teams: { name: string; heads: number; annualCost: number; checks: Check[] }[];
  overall: { heads: number; annualCost: number; checks: Check[] };
}
interface Versions {
  current: number;
  signedOff: boolean;
  blockers: string[];
  changesSinceSignOff: string[];
  versions: { number: number; note: string; changes: string[]; signedOffBy: { name: string } | null }[];
}

const first = <T>(items: readonly T[]): T => {
  const [item] = items;
  if (item === undefined) throw new Error('expected at least one item');
  return item;
};
const data = <T>(res: GraphQLResponse<T>): T => {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
};

describe('design headcount, sign-off and versions', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  /** A program with one activity (Dashboards) and the unit Nordics, which has 48 sellers in its staffing snapshot. */
  async function designProgram() {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'design', targetModel: 'hybrid' });
    const nordics = await aUnit(app.dataSource, team.org.id, { name: `Nordics ${program.id.slice(0, 4)}` });
    await aProgramUnit(app.dataSource, team.org.id, program.id, nordics.id);
    const query = (sql: string, params: unknown[]) => app.dataSource.query<{ id: string }[]>(sql, params);
    const [capability] = await query(`INSERT INTO capability (org_id, program_id, name, position) VALUES ($1, $2, 'Data & insights', 0) RETURNING id`, [team.org.id, program.id]);
    const [activity] = await query(`INSERT INTO activity (org_id, program_id, capability_id, name, position) VALUES ($1, $2, $3, 'Dashboards', 0) RETURNING id`, [team.org.id, program.id, capability?.id]);
    await query(`INSERT INTO unit_staffing (org_id, program_id, unit_id, revops_people, sellers) VALUES ($1, $2, $3, 2, 48)`, [team.org.id, program.id, nordics.id]);
    return { programId: program.id, nordics, activityId: activity?.id ?? '' };
  }
  const read = async (id: string) => data(await gql<{ program: { headcount: Headcount; designVersions: Versions; decisionLog: { nodes: { kind: string; title: string; rationale: string }[] } } }>(team.agents.partner, READ, { id })).program;
  const saveRole = async (input: Record<string, unknown>) => gql<{ savePlannedRole: Headcount }>(team.agents.manager, SAVE_ROLE, { input });

  it('plans roles per hub and spoke and compares them with the guidance in sentences; a reporting loop is refused', async () => {
    const { programId, nordics } = await designProgram();
    const head = first(data(await saveRole({ programId, title: 'Head of RevOps', count: 1, annualCostPerHead: 200_000, isManager: true })).savePlannedRole.roles);
    const plan = data(await saveRole({ programId, unitId: nordics.id, title: 'RevOps partner', count: 3, annualCostPerHead: 100_000, reportsToId: head.id })).savePlannedRole;

    // Hand-computed: 48 sellers at 1 : 10–15 need 4–5 people; 3 is one short (1 : 16). 3 people report to one manager: within 3–4.
    expect(plan.teams).toEqual([
      { name: 'Hub', heads: 1, annualCost: 200_000, checks: [{ kind: 'manager_span', verdict: 'within', sentence: 'Hub: 3 people report to Head of RevOps (1 : 3), within the 1 : 3–4 guidance.' }] },
      {
        name: nordics.name,
        heads: 3,
        annualCost: 300_000,
        checks: [{ kind: 'sellers_ratio', verdict: 'above', sentence: `${nordics.name}: 3 RevOps people for 48 sellers (1 : 16), above the 1 : 10–15 guidance; consider 1 more.` }],
      },
    ]);
    expect(plan.overall.heads).toBe(4);
    expect(plan.overall.annualCost).toBe(500_000);
    expect(plan.overall.checks.find((check) => check.kind === 'budget')).toEqual({
      kind: 'budget',
      verdict: 'missing',
      sentence: 'Total cost: $500,000 a year; no ARR in the company profile (Align tab), so it cannot be compared with the 1–3% of revenue guidance.',
    });
    expect(plan.roles.map((role) => [role.title, role.teamName, role.reportsToTitle])).toEqual([
      ['Head of RevOps', null, null],
      ['RevOps partner', nordics.name, 'Head of RevOps'],
    ]);

    const partner = first(plan.roles.slice(1));
    const loop = await saveRole({ programId, id: head.id, title: 'Head of RevOps', count: 1, annualCostPerHead: 200_000, isManager: true, reportsToId: partner.id, expectedVersion: head.version });
    expect(errorCode(loop)).toBe('BAD_USER_INPUT');
    expect(loop.errors?.[0]?.extensions.fieldErrors).toEqual([{ field: 'reportsToId', message: 'RevOps partner already reports to this role, directly or through others: pick another line.' }]);
    const stale = await saveRole({ programId, id: partner.id, unitId: nordics.id, title: 'RevOps partner', count: 4, annualCostPerHead: 100_000, reportsToId: head.id, expectedVersion: partner.version + 1 });
    expect(errorCode(stale)).toBe('CONFLICT');

    const partnerWrite = await gql(team.agents.partner, SAVE_ROLE, { input: { programId, title: 'Analyst', count: 1, annualCostPerHead: 1 } });
    expect(errorCode(partnerWrite)).toBe('FORBIDDEN');
    expect((await read(programId)).headcount.roles).toHaveLength(2);
  });

  it('signs off only without blockers, logs the decision, freezes the design, and tells what the next version changes', async () => {
    const { programId, activityId } = await designProgram();
    const before = await read(programId);
    expect(before.designVersions).toMatchObject({ current: 1, signedOff: false, versions: [] });
    expect(before.designVersions.blockers).toContain('Place every activity: Dashboards has no placement.');
    const refused = await gql(team.agents.manager, SIGN_OFF, { input: { programId, version: 1 } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('Version 1 cannot be signed off yet: Fix the RACI first');

    // Make it signable: the activity placed, a RACI of one domain with one A and one R, marked final.
    data(await gql(team.agents.manager, PLACE, { input: { programId, activityId, placement: 'hub', reason: 'One dashboard layer' } }));
    const query = (sql: string, params: unknown[]) => app.dataSource.query<{ id: string }[]>(sql, params);
    await query(`INSERT INTO raci_matrix (org_id, program_id) VALUES ($1, $2)`, [team.org.id, programId]);
    const [domain] = await query(`INSERT INTO raci_domain (org_id, program_id, name, position) VALUES ($1, $2, 'Forecasting', 0) RETURNING id`, [team.org.id, programId]);
    const roles = await query(`INSERT INTO raci_role (org_id, program_id, name, side, position) VALUES ($1, $2, 'Head of RevOps', 'hub', 0), ($1, $2, 'Finance', 'hub', 1) RETURNING id`, [team.org.id, programId]);
    await query(`INSERT INTO raci_cell (org_id, program_id, domain_id, role_id, value) VALUES ($1, $2, $3, $4, 'A'), ($1, $2, $3, $5, 'R')`, [team.org.id, programId, domain?.id, roles[0]?.id, roles[1]?.id]);
    data(await gql(team.agents.manager, MARK_FINAL, { input: { programId, expectedVersion: 1 } }));
    data(await saveRole({ programId, title: 'Head of RevOps', count: 1, annualCostPerHead: 200_000 }));

    const signed = data(await gql<{ signOffDesign: Versions }>(team.agents.manager, SIGN_OFF, { input: { programId, version: 1, note: 'Approved by the steering committee.' } })).signOffDesign;
    expect(signed).toMatchObject({ current: 1, signedOff: true, blockers: [], versions: [{ number: 1, note: 'Approved by the steering committee.', changes: [], signedOffBy: { name: team.users.manager.name } }] });
    expect((await read(programId)).decisionLog.nodes[0]).toEqual({ kind: 'design_sign_off', title: 'Target model design, version 1, signed off', rationale: 'Approved by the steering committee.' });

    // Frozen: placements, headcount and the RACI refuse changes until the next version starts.
    const frozen = 'Version 1 of the design was signed off on';
    const place = await gql(team.agents.manager, PLACE, { input: { programId, activityId, placement: 'spoke', expectedVersion: 1 } });
    expect(place.errors?.[0]?.message).toContain(frozen);
    const role = first((await read(programId)).headcount.roles);
    const grow = { programId, id: role.id, title: role.title, count: 2, annualCostPerHead: 200_000, expectedVersion: role.version };
    expect((await saveRole(grow)).errors?.[0]?.message).toContain(frozen);
    expect(errorCode(await gql(team.agents.manager, START, { input: { programId, version: 2 } }))).toBe('CONFLICT');

    const next = data(await gql<{ startDesignVersion: Versions }>(team.agents.manager, START, { input: { programId, version: 1 } })).startDesignVersion;
    expect(next).toMatchObject({ current: 2, signedOff: false, changesSinceSignOff: [] });
    data(await saveRole(grow));
    data(await gql(team.agents.manager, PLACE, { input: { programId, activityId, placement: 'shared', reason: 'One dashboard layer', expectedVersion: 1 } }));
    expect((await read(programId)).designVersions.changesSinceSignOff).toEqual(['Dashboards moved from the hub to shared ownership.', 'Hub: Head of RevOps, 1 → 2 people.']);

    const history = data(await gql<{ recordHistory: { summary: string }[] }>(team.agents.executive, HISTORY, { id: programId })).recordHistory.map((entry) => entry.summary);
    expect(history).toEqual(expect.arrayContaining(['planned the role Head of RevOps in the hub: Cost per person a year ($): 200000; People: 1; Manages people: No', 'signed off version 1 of the design of ' + (await programName(programId)), 'started version 2 of the design of ' + (await programName(programId)) + ' as a draft']));
  });

  it('the target model summary quotes the latest model choice and says what is still open; its workbook holds the same', async () => {
    const { programId, nordics } = await designProgram();
    const choose = (model: string, rationale: string, at: string) =>
      app.dataSource.query(`INSERT INTO operating_model_choice (org_id, program_id, model, rationale, decided_by_id, decided_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
        team.org.id,
        programId,
        model,
        rationale,
        team.users.manager.id,
        at,
      ]);
    await choose('centralized', 'First take.', '2026-11-01T10:00:00Z');
    await choose('hybrid', 'Central data, local plays.', '2026-11-06T10:00:00Z');
    data(await saveRole({ programId, unitId: nordics.id, title: 'RevOps partner', count: 3, annualCostPerHead: 100_000 }));

    const SUMMARY = `query($id: ID!) { program(id: $id) { targetModelSummary { choice { model rationale decidedAt decidedBy { name } } openRisks } } }`;
    const summary = data(await gql<{ program: { targetModelSummary: { choice: unknown; openRisks: string[] } } }>(team.agents.executive, SUMMARY, { id: programId })).program.targetModelSummary;
    expect(summary.choice).toEqual({ model: 'hybrid', rationale: 'Central data, local plays.', decidedAt: '2026-11-06T10:00:00.000Z', decidedBy: { name: team.users.manager.name } });
    // Nothing placed, the twelve default RACI domains each without an A and an R, and Nordics one person short (48 / 3 = 16 > 15).
    const openRisks = [
      '1 activity has no placement yet.',
      'The RACI has 24 errors in 12 domains: Forecasting, Pipeline visibility, Lead lifecycle definition and 9 more.',
      'In total: 3 RevOps people for 48 sellers (1 : 16), fewer than the 4–5 people the units\' guidance adds up to; consider 1 more.',
      'In total: 3 RevOps people; no ARR in the company profile (Align tab), so the team size cannot be compared with the guidance by ARR.',
      'Total cost: $300,000 a year; no ARR in the company profile (Align tab), so it cannot be compared with the 1–3% of revenue guidance.',
      `${nordics.name}: 3 RevOps people for 48 sellers (1 : 16), above the 1 : 10–15 guidance; consider 1 more.`,
    ];
    expect(summary.openRisks).toEqual(openRisks);

    const res = await team.agents.partner.get(`/api/programs/${programId}/target-model.xlsx`).buffer(true).parse(binary);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as Parameters<typeof workbook.xlsx.load>[0]);
    const column = (sheet: string, index: number) => (workbook.getWorksheet(sheet)?.getColumn(index).values ?? []).slice(2);
    expect(workbook.getWorksheet('Summary')?.getColumn(2).values.slice(2, 9)).toEqual([await programName(programId), 'Hybrid', `2026-11-06 by ${team.users.manager.name}`, 'Central data, local plays.', 1, 'Draft, not signed off', 3]);
    expect(column('Open risks', 1)).toEqual(openRisks);
    expect(column('Placements', 3)).toEqual(['Not placed yet']);
    expect(column('Headcount', 5)).toEqual([300_000]);
  });

  const programName = async (id: string) => (await app.dataSource.query<{ name: string }[]>(`SELECT name FROM program WHERE id = $1`, [id]))[0]?.name ?? '';
});
