import { isoWeekStart, shiftDays } from '@rollout/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/time/today.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aCheckIn, aPilot, aSuccessMetric, aWaveUnit } from './factories/pilot.factory.js';
import { createTestApp, dataOf, errorCode, gql, type TestApp } from './support/test-app.js';

const HEAT_MAP = `query($filter: PortfolioFilter, $parentId: ID) { portfolioHeatMap(filter: $filter, parentId: $parentId) {
  unit { id name depth } hasChildren cells { programId units red amber green owing blocked own { stage stageLabel rag stale blocked link } } } }`;

interface HeatMapRow {
  unit: { id: string; name: string; depth: number };
  hasChildren: boolean;
  cells: { programId: string; units: number; red: number; amber: number; green: number; owing: number; blocked: number; own: { stage: string; stageLabel: string; rag: string | null; stale: boolean; blocked: boolean; link: string } | null }[];
}

const PORTFOLIO = `query($filter: PortfolioFilter) { portfolio(filter: $filter) {
  asOf
  programs { name phase status ownerName health healthReason unitCount liveCount adoptedCount blockedCount adoption { week live adopted }
    pilots { name status recommendation decision keyMetric { metric { name target } state current weekly } } }
  filterUnits { name } owners { name }
  checkInMix { weekStart green amber red } } }`;

interface Portfolio {
  asOf: string;
  programs: {
    name: string;
    status: string;
    health: string | null;
    healthReason: string | null;
    unitCount: number;
    liveCount: number;
    adoptedCount: number;
    blockedCount: number;
    adoption: { week: string; live: number; adopted: number }[];
    pilots: { name: string; status: string; recommendation: string | null; decision: string | null; keyMetric: { metric: { name: string; target: number }; state: string; current: number | null; weekly: (number | null)[] } | null }[];
  }[];
  filterUnits: { name: string }[];
  owners: { name: string }[];
  checkInMix: { weekStart: string; green: number; amber: number; red: number }[];
}

describe('the portfolio view', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  const day = today();
  const lastWeek = shiftDays(isoWeekStart(day), -7);
  let ids: Record<string, string>;

  const heatMap = async (parentId: string | null = null, filter: Record<string, unknown> | null = null) =>
    dataOf(await gql<{ portfolioHeatMap: HeatMapRow[] }>(team.agents.executive, HEAT_MAP, { parentId, filter })).portfolioHeatMap;
  const read = async (filter: Record<string, unknown> | null = null, agent = team.agents.executive) => dataOf(await gql<{ portfolio: Portfolio }>(agent, PORTFOLIO, { filter })).portfolio;

  // EMEA › DACH › Berlin (blocked) and Munich (piloting, red last week) in Alpha; Americas › Boston live in Beta's first wave.
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    const { org, users } = team;
    const unit = (name: string, parentId: string | null, kind: 'region' | 'country' | 'business_unit' = 'country') => aUnit(app.dataSource, org.id, { name, parentId, kind });
    const emea = await unit('EMEA', null, 'region');
    const dach = await unit('DACH', emea.id, 'region');
    const berlin = await unit('Berlin', dach.id);
    const munich = await unit('Munich', dach.id);
    const americas = await unit('Americas', null, 'region');
    const boston = await unit('Boston', americas.id);

    const alpha = await aProgram(app.dataSource, org.id, users.manager.id, { name: 'Alpha', phase: 'pilot' });
    await aProgramUnit(app.dataSource, org.id, alpha.id, berlin.id);
    await aProgramUnit(app.dataSource, org.id, alpha.id, munich.id);
    await app.dataSource.query(`UPDATE program_unit SET blocked = true, note = 'No sandbox' WHERE program_id = $1 AND unit_id = $2`, [alpha.id, berlin.id]);
    const pilot = await aPilot(app.dataSource, org.id, alpha.id, { name: 'Alpha pilot', unitIds: [munich.id], status: 'running', startDate: shiftDays(day, -20), endDate: shiftDays(day, 20) });
    await aSuccessMetric(app.dataSource, pilot, { name: 'Lead response time' });

    await aCheckIn(app.dataSource, pilot, munich.id, users.partner.id, { weekStart: lastWeek, status: 'red', commentary: 'The routing rules send every lead to one rep.', submittedOn: shiftDays(day, -2) });

    const beta = await aProgram(app.dataSource, org.id, users.admin.id, { name: 'Beta', phase: 'scale', status: 'on_hold' });
    await aProgramUnit(app.dataSource, org.id, beta.id, boston.id);
    const betaPilot = await aPilot(app.dataSource, org.id, beta.id, { name: 'Beta pilot', unitIds: [], status: 'decided', startDate: shiftDays(day, -120), endDate: shiftDays(day, -60) });
    const { waveUnitId } = await aWaveUnit(app.dataSource, betaPilot, boston.id, { stage: 'live', start: shiftDays(day, -40), end: shiftDays(day, 10) });
    // Live since the middle of the week before last.
    await app.dataSource.query(`INSERT INTO wave_unit_move (org_id, wave_unit_id, program_id, from_stage, to_stage, moved_by_id, moved_at) VALUES ($1, $2, $3, 'ready', 'live', $4, $5::date + 2)`, [
      org.id,
      waveUnitId,
      beta.id,
      users.manager.id,
      shiftDays(lastWeek, -7),
    ]);
    ids = { alpha: alpha.id, beta: beta.id, pilot: pilot.id, berlin: berlin.id, munich: munich.id, boston: boston.id, emea: emea.id, dach: dach.id, americas: americas.id };
  });
  afterAll(async () => {
    await app.close();
  });

  it('computes each program’s health with its reason, its roll-out, its pilots and the heat map, for every role', async () => {
    const portfolio = await read();
    expect(portfolio.asOf).toBe(day);
    expect(portfolio.programs.map(({ name, status, health, healthReason, unitCount, liveCount, adoptedCount, blockedCount }) => ({ name, status, health, healthReason, unitCount, liveCount, adoptedCount, blockedCount }))).toEqual([
      // Berlin is blocked: at risk, though the team says on track. Munich checked in two days ago: it owes nothing.
      { name: 'Alpha', status: 'on_track', health: 'at_risk', healthReason: 'At risk: Berlin is blocked.', unitCount: 2, liveCount: 0, adoptedCount: 0, blockedCount: 1 },
      // On hold says where it stands, not how healthy it is: no computed health.
      { name: 'Beta', status: 'on_hold', health: null, healthReason: null, unitCount: 1, liveCount: 1, adoptedCount: 0, blockedCount: 0 },
    ]);
    const [alpha, beta] = portfolio.programs;
    // A running pilot without values yet: its recommendation is to extend, its key metric has no data.
    expect(alpha?.pilots).toEqual([
      { name: 'Alpha pilot', status: 'running', recommendation: 'extend', decision: null, keyMetric: { metric: { name: 'Lead response time', target: 8 }, state: 'not_enough_data', current: null, weekly: [] } },
    ]);
    expect(beta?.pilots).toEqual([{ name: 'Beta pilot', status: 'decided', recommendation: null, decision: null, keyMetric: null }]);
    // Boston went live the week before last: twelve weeks of trend, the last three (that week, last week, this one) with it live.
    expect(beta?.adoption).toHaveLength(12);
    expect(beta?.adoption.slice(-4).map((week) => week.live)).toEqual([0, 1, 1, 1]);

    expect(portfolio.checkInMix.at(-2)).toEqual({ weekStart: lastWeek, green: 0, amber: 0, red: 1 });
    expect(portfolio.checkInMix.reduce((sum, week) => sum + week.green + week.amber + week.red, 0)).toBe(1);

    // Everyone can open it: partners and program managers read the same portfolio.
    expect((await read(null, team.agents.partner)).programs.map((program) => program.name)).toEqual(['Alpha', 'Beta']);
    expect(errorCode(await gql(team.agents.anonymous, PORTFOLIO))).toBe('UNAUTHENTICATED');
  });

  it('reads the heat map a level at a time, each unit summing up its units per program, its own cell opening the record behind it', async () => {
    const top = await heatMap();
    expect(top.map((row) => [row.unit.name, row.hasChildren])).toEqual([
      ['Americas', true],
      ['EMEA', true],
    ]);
    // EMEA holds Alpha's two units: one red last week, one blocked; it is in no program itself.
    expect(top[1]?.cells).toEqual([{ programId: ids.alpha, units: 2, red: 1, amber: 0, green: 0, owing: 0, blocked: 1, own: null }]);
    expect(top[0]?.cells).toEqual([{ programId: ids.beta, units: 1, red: 0, amber: 0, green: 0, owing: 0, blocked: 0, own: null }]);
    const [dach, ...others] = await heatMap(ids.emea ?? null);
    expect([dach?.unit.name, others]).toEqual(['DACH', []]);
    const leaves = await heatMap(ids.dach ?? null);
    expect(leaves.map((row) => [row.unit.name, row.unit.depth, row.hasChildren])).toEqual([
      ['Berlin', 2, false],
      ['Munich', 2, false],
    ]);
    expect(leaves[0]?.cells[0]?.own).toEqual({ stage: 'not_started', stageLabel: 'Not started', rag: null, stale: false, blocked: true, link: `/programs/${ids.alpha}?tab=units` });
    expect(leaves[1]?.cells[0]?.own).toMatchObject({ stage: 'piloting', stageLabel: 'Piloting · week 3 of 6', rag: 'red', stale: false, link: `/pilots/${ids.pilot}#check-in-${ids.munich}` });
    const [boston] = await heatMap(ids.americas ?? null);
    expect(boston?.cells[0]?.own).toMatchObject({ stage: 'live', stageLabel: 'Live · Wave 1', rag: null });
    // Narrowed to DACH, the tree keeps only what leads to its units.
    expect((await heatMap(null, { regionId: ids.dach })).map((row) => row.unit.name)).toEqual(['EMEA']);

    // Munich's last check-in two weeks old: its cell is marked stale, and DACH counts one unit owing.
    await app.dataSource.query(`UPDATE check_in SET submitted_on = $2 WHERE pilot_id = $1`, [ids.pilot, shiftDays(day, -14)]);
    try {
      expect((await heatMap(ids.dach ?? null))[1]?.cells[0]?.own).toMatchObject({ rag: 'red', stale: true });
      expect((await heatMap(ids.emea ?? null))[0]?.cells[0]).toMatchObject({ programId: ids.alpha, owing: 1 });
    } finally {
      await app.dataSource.query(`UPDATE check_in SET submitted_on = $2 WHERE pilot_id = $1`, [ids.pilot, shiftDays(day, -2)]);
    }
  });

  it('narrows by region, owner and phase', async () => {
    const inDach = await read({ regionId: ids.dach });
    expect(inDach.programs.map((program) => program.name)).toEqual(['Alpha']);
    // The filters still offer every grouping unit and owner, whatever is chosen.
    expect(inDach.filterUnits.map((unit) => unit.name)).toEqual(['Americas', 'EMEA', 'DACH']);
    expect(inDach.owners.map((owner) => owner.name).sort()).toEqual([team.users.admin.name, team.users.manager.name].sort());
    expect((await read({ ownerId: team.users.admin.id })).programs.map((program) => program.name)).toEqual(['Beta']);
    expect((await read({ phase: 'pilot', regionId: ids.americas })).programs).toEqual([]);
    const bad = await gql(team.agents.executive, PORTFOLIO, { filter: { ownerId: 'not-an-id' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'ownerId' }] });
  });

  it('exports each list as CSV and the whole view as a workbook, narrowed as the view is', async () => {
    const csv = await team.agents.executive.get(`/api/portfolio/programs.csv?region=${ids.dach}`).expect(200);
    expect(csv.text.split('\r\n')).toEqual([
      'Program,Phase,Health,Why,Reported status,Owner,Units,Live %,Adopted %,Blocked units,Pilots',
      `Alpha,Pilot,At risk,At risk: Berlin is blocked.,On track,${team.users.manager.name},2,0,0,1,1`,
    ]);
    const heatMap = await team.agents.partner.get('/api/portfolio/heat-map.csv').expect(200);
    expect(heatMap.text.split('\r\n').slice(1)).toEqual([
      'Americas › Boston,Beta,Live · Wave 1,,,',
      'EMEA › DACH › Berlin,Alpha,Not started,,,Yes',
      'EMEA › DACH › Munich,Alpha,Piloting · week 3 of 6,Red,,',
    ]);
    const file = await team.agents.executive.get('/api/portfolio.xlsx').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => `${sheet.name}: ${sheet.rowCount - 1}`)).toEqual(['Programs: 2', 'Pilots: 2', 'Heat map: 3', 'Needs attention: 1']);
    expect((await team.agents.executive.get('/api/portfolio/units.csv')).status).toBe(400);
  });

  it('reads the same number of statements with one more program, unit and pilot', async () => {
    // An organization of its own, so the other tests' programs stay as they are whatever the order.
    const other = await aTeam(app);
    const { org, users, agents } = other;
    const statementsOf = async (query: string) => Number((await agents.executive.post('/graphql').set('apollo-require-preflight', 'true').send({ query })).headers['x-db-statements']);
    const statements = async () => [await statementsOf(PORTFOLIO), await statementsOf(HEAT_MAP)];
    const aRunningProgram = async (name: string) => {
      const program = await aProgram(app.dataSource, org.id, users.manager.id, { name, phase: 'pilot' });
      const unit = await aUnit(app.dataSource, org.id, { name: `${name} unit`, parentId: other.region.id });
      await aProgramUnit(app.dataSource, org.id, program.id, unit.id);
      const pilot = await aPilot(app.dataSource, org.id, program.id, { name: `${name} pilot`, unitIds: [unit.id], status: 'running', startDate: shiftDays(day, -10), endDate: shiftDays(day, 30) });
      await aSuccessMetric(app.dataSource, pilot);
      return { pilot, unit };
    };
    const first = await aRunningProgram('Delta');
    const before = await statements();
    // The second read evaluates a pilot it has not seen either (Epsilon's), as the first did (Delta's): the same work.
    await aRunningProgram('Epsilon');
    await aCheckIn(app.dataSource, first.pilot, first.unit.id, users.partner.id, { weekStart: isoWeekStart(day), status: 'green' });
    expect(await statements()).toEqual(before);
  });
});
