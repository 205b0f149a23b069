import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProgramWithUnits } from './factories/assessment.factory.js';
import { aTeam, aUnit } from './factories/organization.factory.js';
import { createTestApp, errorCode, gql, type TestApp } from './support/test-app.js';

const SET_CELL = `mutation($input: SetAssessmentCellInput!) { setAssessmentCell(input: $input) { id performer maturity version } }`;
const ASSESSMENT = `query($id: ID!) { program(id: $id) { version assessment {
  threshold completeness
  capabilities { id name activities { id name filledCells } }
  columns { unitId name filled total percent viewerCanFill }
  findings { kind severity activityId summary cells { activityId unitId } } } } }`;
const CHANGE_PHASE = `mutation($input: ChangeProgramPhaseInput!) { changeProgramPhase(input: $input) { phase phaseHistory { toPhase gateOverrideReason } } }`;

type Assessment = {
  threshold: number;
  completeness: number;
  capabilities: { id: string; name: string; activities: { id: string; name: string; filledCells: number }[] }[];
  columns: { unitId: string | null; name: string; filled: number; total: number; percent: number; viewerCanFill: boolean }[];
  findings: { kind: string; severity: string; activityId: string; summary: string; cells: { activityId: string; unitId: string | null }[] }[];
};

describe('assessments', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const read = async (programId: string, agent = team.agents.manager) => (await gql<{ program: { version: number; assessment: Assessment } }>(agent, ASSESSMENT, { id: programId })).data?.program;
  const activityNamed = (assessment: Assessment, name: string) => assessment.capabilities.flatMap((c) => c.activities).find((a) => a.name === name)?.id ?? '';

  it('gives a new program the default catalog: four capabilities, eighteen activities, an empty grid', async () => {
    const { programId, other } = await aProgramWithUnits(app, team);
    const assessment = (await read(programId))?.assessment;
    expect(assessment?.capabilities.map((c) => [c.name, c.activities.length])).toEqual([
      ['Systems & enablement', 5],
      ['Process & planning', 5],
      ['Data & insights', 5],
      ['Execution & enablement', 3],
    ]);
    expect(assessment).toMatchObject({ threshold: 80, completeness: 0, findings: [] });
    // The central team first, then the units (added together, so by name).
    expect(assessment?.columns.map((c) => [c.name, c.total, c.percent])).toEqual([
      ['Central team', 18, 0],
      ...[team.region.name, other.name].sort().map((name) => [name, 18, 0]),
    ]);
  });

  it('lets a partner fill only their own unit’s cells, idempotently, and shows a duplication finding', async () => {
    const { programId, other } = await aProgramWithUnits(app, team);
    const initial = await read(programId, team.agents.partner);
    const dashboards = activityNamed(initial?.assessment as Assessment, 'Dashboards');
    expect(initial?.assessment.columns.map((c) => [c.unitId, c.viewerCanFill])).toEqual(
      expect.arrayContaining([
        [null, false],
        [team.region.id, true],
        [other.id, false],
      ]),
    );

    const own = { programId, activityId: dashboards, unitId: team.region.id, performer: 'local', maturity: 2, note: 'Own Looker boards.' };
    const first = await gql<{ setAssessmentCell: { id: string; version: number } }>(team.agents.partner, SET_CELL, { input: own });
    expect(first.data?.setAssessmentCell.version).toBe(1);
    // The same content again: no error, no new version.
    const again = await gql<{ setAssessmentCell: { id: string; version: number } }>(team.agents.partner, SET_CELL, { input: own });
    expect(again.data?.setAssessmentCell).toEqual(first.data?.setAssessmentCell);
    // Changing it without the version seen answers CONFLICT; with it, the cell moves on.
    expect(errorCode(await gql(team.agents.partner, SET_CELL, { input: { ...own, maturity: 3 } }))).toBe('CONFLICT');
    expect((await gql<{ setAssessmentCell: { version: number } }>(team.agents.partner, SET_CELL, { input: { ...own, maturity: 3, expectedVersion: 1 } })).data?.setAssessmentCell.version).toBe(2);

    for (const unitId of [other.id, null]) {
      expect(errorCode(await gql(team.agents.partner, SET_CELL, { input: { ...own, unitId } }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await gql(team.agents.executive, SET_CELL, { input: own }))).toBe('FORBIDDEN');
    const cells = await app.dataSource.query<{ unit_id: string }[]>(`SELECT unit_id FROM assessment_cell WHERE program_id = $1`, [programId]);
    expect(cells).toEqual([{ unit_id: team.region.id }]);

    // The program manager says the central team builds dashboards too: a duplication naming both cells.
    await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: dashboards, unitId: null, performer: 'central', maturity: 4 } });
    const after = (await read(programId))?.assessment;
    expect(after?.findings).toEqual([
      {
        kind: 'duplication',
        severity: 'high',
        activityId: dashboards,
        summary: `Dashboards: the central team and ${team.region.name} both do this work.`,
        cells: [
          { activityId: dashboards, unitId: null },
          { activityId: dashboards, unitId: team.region.id },
        ],
      },
    ]);
    // 2 cells of 18 activities × 3 columns = 54 → 3%; the partner's column 1/18 → 5%.
    expect(after?.completeness).toBe(3);
    expect(after?.columns.map((c) => [c.unitId, c.percent])).toEqual(
      expect.arrayContaining([
        [null, 5],
        [team.region.id, 5],
        [other.id, 0],
      ]),
    );
  });

  it('refuses cells of activities or units outside the program', async () => {
    const { programId } = await aProgramWithUnits(app, team);
    const { programId: otherProgram } = await aProgramWithUnits(app, team);
    const foreignActivity = activityNamed((await read(otherProgram))?.assessment as Assessment, 'Training');
    const res = await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: foreignActivity, unitId: null, performer: 'nobody' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'activityId' }] });
    const stranger = await aUnit(app.dataSource, team.org.id);
    const activity = activityNamed((await read(programId))?.assessment as Assessment, 'Training');
    const outside = await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: activity, unitId: stranger.id, performer: 'nobody' } });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'unitId' }] });
  });

  it('removes an activity with filled cells only once confirmed', async () => {
    const { programId } = await aProgramWithUnits(app, team);
    const training = activityNamed((await read(programId))?.assessment as Assessment, 'Training');
    await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: training, unitId: null, performer: 'central', maturity: 3 } });
    const REMOVE = `mutation($input: RemoveActivityInput!) { removeActivity(input: $input) }`;
    const unconfirmed = await gql(team.agents.manager, REMOVE, { input: { id: training, expectedVersion: 1 } });
    expect(unconfirmed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'confirmed', message: 'Training has 1 filled cell; confirm to remove them with it.' }] });
    expect((await gql(team.agents.manager, REMOVE, { input: { id: training, expectedVersion: 1, confirmed: true } })).data).toEqual({ removeActivity: true });
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM assessment_cell WHERE program_id = $1`, [programId])).toEqual([{ n: 0 }]);
  });

  it('keeps a program in Assess until the assessment reaches its threshold; an admin may override with a reason', async () => {
    const { programId } = await aProgramWithUnits(app, team);
    const move = (agent = team.agents.manager, overrideReason?: string) =>
      gql<{ changeProgramPhase: { phase: string; phaseHistory: { toPhase: string; gateOverrideReason: string | null }[] } }>(agent, CHANGE_PHASE, {
        input: { programId, toPhase: 'align', expectedVersion: 1, overrideReason },
      });
    const blocked = await move();
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'toPhase', message: 'The assessment is 0% complete; moving to Align needs 80%.' }],
    });
    expect(errorCode(await move(team.agents.manager, 'The workshop is booked for Monday.'))).toBe('FORBIDDEN');
    const overridden = await move(team.agents.admin, 'The workshop is booked for Monday.');
    expect(overridden.data?.changeProgramPhase.phase).toBe('align');
    expect(overridden.data?.changeProgramPhase.phaseHistory.at(-1)).toEqual({ toPhase: 'align', gateOverrideReason: 'The workshop is booked for Monday.' });
  });

  it('lets a program through once the assessment is complete enough', async () => {
    const { programId, other } = await aProgramWithUnits(app, team);
    const assessment = (await read(programId))?.assessment as Assessment;
    const activities = assessment.capabilities.flatMap((c) => c.activities);
    // Central team and the partner's region in full, the other unit for 8 of 18: 44 of 54 cells = 81%.
    for (const [index, activity] of activities.entries()) {
      await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: activity.id, unitId: null, performer: 'central', maturity: 3 } });
      await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: activity.id, unitId: team.region.id, performer: 'central', maturity: 3 } });
      if (index < 8) await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: activity.id, unitId: other.id, performer: 'central', maturity: 3 } });
    }
    expect((await read(programId))?.assessment.completeness).toBe(81);
    const moved = await gql<{ changeProgramPhase: { phase: string } }>(team.agents.manager, CHANGE_PHASE, { input: { programId, toPhase: 'align', expectedVersion: 1 } });
    expect(moved.data?.changeProgramPhase.phase).toBe('align');
  });
});
