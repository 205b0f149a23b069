import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aBaseline, aStaffing } from './factories/assessment-inventory.factory.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aPilot, aSuccessMetric } from './factories/pilot.factory.js';
import { auditEventCount, createTestApp, errorCode, gql, type TestApp } from './support/test-app.js';

type Team = Awaited<ReturnType<typeof aTeam>>;
type Redundancy = { category: string; toolCount: number; totalAnnualCost: number; keptToolName: string; overlapAnnualCost: number; summary: string };

const CREATE_TOOL = `mutation($input: CreateProgramToolInput!) { createProgramTool(input: $input) { id name category annualCost version units { name } } }`;
const UPDATE_TOOL = `mutation($input: UpdateProgramToolInput!) { updateProgramTool(input: $input) { id annualCost renewalDate version } }`;
const SET_STAFFING = `mutation($input: SetUnitStaffingInput!) { setUnitStaffing(input: $input) { id revopsPeople sellers version guidance { verdict sentence suggestedMin suggestedMax } } }`;
const SET_BASELINE = `mutation($input: SetAssessmentBaselineInput!) { setAssessmentBaseline(input: $input) { id value source version unit { name } } }`;
const REDUNDANCY = `query($id: ID!) { program(id: $id) { toolRedundancy { category toolCount totalAnnualCost keptToolName overlapAnnualCost summary } } }`;

describe('assessment inventory: tools, baselines and staffing', () => {
  let app: TestApp;
  let team: Team;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const program = () => aProgram(app.dataSource, team.org.id, team.users.manager.id);

  it('adds, changes and removes tools, and the redundancy of a category follows', async () => {
    const { id: programId } = await program();
    await aProgramUnit(app.dataSource, team.org.id, programId, team.region.id);
    const add = (name: string, annualCost: number, unitIds: string[] = []) =>
      gql<{ createProgramTool: { id: string; version: number; units: { name: string }[] } }>(team.agents.manager, CREATE_TOOL, {
        input: { programId, name, category: 'analytics_bi', annualCost, unitIds },
      });
    const tableau = await add('Tableau', 120_000, [team.region.id]);
    expect(tableau.errors).toBeUndefined();
    expect(tableau.data?.createProgramTool.units).toEqual([{ name: team.region.name }]);
    const noRedundancy = await gql<{ program: { toolRedundancy: Redundancy[] } }>(team.agents.executive, REDUNDANCY, { id: programId });
    expect(noRedundancy.data?.program.toolRedundancy).toEqual([]);

    // 120k + 90k = 210k; Tableau is used by one unit, Looker by none → keep Tableau; overlap 90k.
    const looker = await add('Looker', 90_000);
    const two = await gql<{ program: { toolRedundancy: Redundancy[] } }>(team.agents.executive, REDUNDANCY, { id: programId });
    expect(two.data?.program.toolRedundancy).toEqual([
      { category: 'analytics_bi', toolCount: 2, totalAnnualCost: 210_000, keptToolName: 'Tableau', overlapAnnualCost: 90_000, summary: '2 analytics platforms, $210k a year' },
    ]);

    const lookerId = looker.data?.createProgramTool.id;
    const changed = await gql<{ updateProgramTool: { annualCost: number; version: number; renewalDate: string | null } }>(team.agents.manager, UPDATE_TOOL, {
      input: { id: lookerId, expectedVersion: 1, annualCost: 60_000, renewalDate: '2027-01-15' },
    });
    expect(changed.data?.updateProgramTool).toMatchObject({ annualCost: 60_000, version: 2, renewalDate: '2027-01-15' });

    // Patch: null clears the renewal date, the cost stays.
    const cleared = await gql<{ updateProgramTool: { annualCost: number; renewalDate: string | null } }>(team.agents.manager, UPDATE_TOOL, { input: { id: lookerId, expectedVersion: 2, renewalDate: null } });
    expect(cleared.data?.updateProgramTool).toMatchObject({ annualCost: 60_000, renewalDate: null });

    const stale = await gql(team.agents.manager, UPDATE_TOOL, { input: { id: lookerId, expectedVersion: 1, annualCost: 1 } });
    expect(errorCode(stale)).toBe('CONFLICT');

    const gone = await gql(team.agents.manager, 'mutation($id: ID!) { deleteProgramTool(id: $id) }', { id: lookerId });
    expect(gone.errors).toBeUndefined();
    const after = await gql<{ program: { toolRedundancy: Redundancy[] } }>(team.agents.manager, REDUNDANCY, { id: programId });
    expect(after.data?.program.toolRedundancy).toEqual([]);
  });

  it('refuses a tool used by a unit outside the program and a cost in cents, with field errors', async () => {
    const { id: programId } = await program();
    const stranger = await aUnit(app.dataSource, team.org.id);
    const res = await gql(team.agents.manager, CREATE_TOOL, { input: { programId, name: 'Gong', category: 'other', annualCost: 10, unitIds: [stranger.id] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const cents = await gql<unknown>(team.agents.manager, CREATE_TOOL, { input: { programId, name: 'Gong', category: 'other', annualCost: 10.5 } });
    expect(cents.errors).toBeDefined();
  });

  it('lets a partner record their unit’s staffing with the ratio guidance, and not another unit’s', async () => {
    const { id: programId } = await program();
    const other = await aUnit(app.dataSource, team.org.id);
    await aProgramUnit(app.dataSource, team.org.id, programId, team.region.id);
    await aProgramUnit(app.dataSource, team.org.id, programId, other.id);

    // 45 sellers / 1 RevOps person = 45 per person > 15: under-staffed; suggested ceil(45/15) = 3 to ceil(45/10) = 5.
    const first = await gql<{ setUnitStaffing: { version: number; guidance: { verdict: string; suggestedMin: number; suggestedMax: number } } }>(team.agents.partner, SET_STAFFING, {
      input: { programId, unitId: team.region.id, revopsPeople: 1, sellers: 45 },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.setUnitStaffing).toMatchObject({ version: 1, guidance: { verdict: 'under_staffed', suggestedMin: 3, suggestedMax: 5 } });

    // Re-sending the same snapshot changes nothing; a different one needs the version.
    const events = await auditEventCount(app, 'unit_staffing');
    const again = await gql<{ setUnitStaffing: { version: number } }>(team.agents.partner, SET_STAFFING, { input: { programId, unitId: team.region.id, revopsPeople: 1, sellers: 45 } });
    expect(again.data?.setUnitStaffing.version).toBe(1);
    expect(await auditEventCount(app, 'unit_staffing')).toBe(events);
    expect(errorCode(await gql(team.agents.partner, SET_STAFFING, { input: { programId, unitId: team.region.id, revopsPeople: 3, sellers: 45 } }))).toBe('CONFLICT');
    const updated = await gql<{ setUnitStaffing: { version: number; guidance: { verdict: string } } }>(team.agents.partner, SET_STAFFING, {
      input: { programId, unitId: team.region.id, revopsPeople: 3, sellers: 45, expectedVersion: 1 },
    });
    expect(updated.data?.setUnitStaffing).toMatchObject({ version: 2, guidance: { verdict: 'within' } });

    const elsewhere = await gql(team.agents.partner, SET_STAFFING, { input: { programId, unitId: other.id, revopsPeople: 1, sellers: 10 } });
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    const [row] = await app.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM unit_staffing WHERE unit_id = $1', [other.id]);
    expect(row?.count).toBe(0);
    expect(errorCode(await gql(team.agents.executive, SET_STAFFING, { input: { programId, unitId: team.region.id, revopsPeople: 9, sellers: 45, expectedVersion: 2 } }))).toBe('FORBIDDEN');
  });

  it('lets a partner record their unit’s baseline but not a program-wide one', async () => {
    const { id: programId } = await program();
    await aProgramUnit(app.dataSource, team.org.id, programId, team.region.id);
    const input = { programId, catalogKey: 'crm_data_completeness', value: 64.5, measuredOn: '2026-11-30', source: 'CRM field audit' };
    const own = await gql<{ setAssessmentBaseline: { value: number; unit: { name: string } } }>(team.agents.partner, SET_BASELINE, { input: { ...input, unitId: team.region.id } });
    expect(own.data?.setAssessmentBaseline).toMatchObject({ value: 64.5, unit: { name: team.region.name } });
    expect(errorCode(await gql(team.agents.partner, SET_BASELINE, { input }))).toBe('FORBIDDEN');
    const wide = await gql<{ setAssessmentBaseline: { unit: null } }>(team.agents.manager, SET_BASELINE, { input });
    expect(wide.data?.setAssessmentBaseline.unit).toBeNull();
    const read = await gql<{ program: { baselines: { catalogKey: string; unit: { name: string } | null }[] } }>(team.agents.executive, `query($id: ID!) { program(id: $id) { baselines { catalogKey unit { name } } } }`, {
      id: programId,
    });
    // Program-wide first, then per unit.
    expect(read.data?.program.baselines.map((b) => b.unit?.name ?? 'program')).toEqual(['program', team.region.name]);
  });

  it('gives a pilot metric without a baseline of its own the assessment baseline', async () => {
    const { id: programId } = await program();
    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id] });
    await aSuccessMetric(app.dataSource, pilot, { catalogKey: 'lead_response_time', baseline: null });
    await aBaseline(app.dataSource, team.org.id, programId, { catalogKey: 'lead_response_time', value: 30 });
    await aStaffing(app.dataSource, team.org.id, programId, team.region.id);
    const res = await gql<{ pilot: { evaluation: { metrics: { baseline: number | null; baselineSource: string | null }[] } } }>(
      team.agents.executive,
      `query($id: ID!) { pilot(id: $id) { evaluation(asOf: "2026-03-16") { metrics { baseline baselineSource } } } }`,
      { id: pilot.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.pilot.evaluation.metrics).toEqual([{ baseline: 30, baselineSource: 'assessment' }]);
  });
});
