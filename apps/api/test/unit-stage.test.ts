import { shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/time/today.js';
import { seedDemoData } from '../src/database/seed/seed-demo-data.js';
import { DecisionEntity } from '../src/modules/decisions/decision.entity.js';
import { PilotEntity } from '../src/modules/pilots/pilot.entity.js';
import { UserEntity } from '../src/modules/users/user.entity.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aPilot } from './factories/pilot.factory.js';
import { createTestApp, gql, type TestApp } from './support/test-app.js';

type Stage = { stage: string; label: string; week: number | null; weeks: number | null; overdue: boolean; decision: string | null; engagement: { kind: string; name: string } | null };
const STAGE = `stage label week weeks overdue decision engagement { kind name }`;
const PROGRAM = `query($id: ID!) { program(id: $id) { units { blocked note unit { name } stage { ${STAGE} } } pilots { name unitStages { unit { name } ${STAGE} } } } }`;
const UNITS = `query { units { name rollouts { program { name } blocked stage { ${STAGE} } } } }`;

describe('a unit’s stage in a program, derived from its pilots', () => {
  let app: TestApp;
  let program: { units: { unit: { name: string }; stage: Stage }[]; pilots: { name: string; unitStages: ({ unit: { name: string } } & Stage)[] }[] } | undefined;
  let units: { name: string; rollouts: { program: { name: string }; stage: Stage }[] }[] | undefined;
  let programName = '';

  beforeAll(async () => {
    app = await createTestApp();
    const team = await aTeam(app);
    const now = today();
    const saved = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    programName = saved.name;
    const unit = async (name: string) => {
      const row = await aUnit(app.dataSource, team.org.id, { name });
      await aProgramUnit(app.dataSource, team.org.id, saved.id, row.id);
      return row;
    };
    const [running, decided, overdue, planned] = [await unit('Running'), await unit('Decided'), await unit('Overdue'), await unit('Planned')];
    await unit('Idle');
    // In its third week: started 15 days ago, four weeks long.
    await aPilot(app.dataSource, team.org.id, saved.id, { name: 'Now', unitIds: [running.id], status: 'running', startDate: shiftDays(now, -15), endDate: shiftDays(now, 12) });
    const done = await aPilot(app.dataSource, team.org.id, saved.id, { name: 'Done', unitIds: [decided.id], status: 'decided', startDate: shiftDays(now, -60), endDate: shiftDays(now, -33) });
    await app.dataSource.getRepository(DecisionEntity).insert({ orgId: team.org.id, pilotId: done.id, programId: saved.id, recommendation: 'scale', decision: 'scale', decidedById: team.users.manager.id });
    await aPilot(app.dataSource, team.org.id, saved.id, { name: 'Late', unitIds: [overdue.id], status: 'running', startDate: shiftDays(now, -40), endDate: shiftDays(now, -13) });
    await aPilot(app.dataSource, team.org.id, saved.id, { name: 'Next', unitIds: [planned.id], status: 'planned', startDate: shiftDays(now, 10), endDate: shiftDays(now, 37) });
    // A comparison unit takes no part: its stage stays "not started".
    await aPilot(app.dataSource, team.org.id, saved.id, { name: 'Compared', unitIds: [planned.id], comparisonUnitIds: [decided.id], status: 'planned' });

    program = (await gql<{ program: typeof program }>(team.agents.executive, PROGRAM, { id: saved.id })).data?.program;
    units = (await gql<{ units: typeof units }>(team.agents.partner, UNITS)).data?.units;
  });
  afterAll(async () => {
    await app.close();
  });

  it('follows each unit’s pilots on the program page', () => {
    const byUnit = Object.fromEntries(program?.units.map((row) => [row.unit.name, row.stage.label]) ?? []);
    expect(byUnit).toEqual({
      Running: 'Piloting · week 3 of 4',
      Decided: 'Decided: scale',
      Overdue: 'Overdue for gate review',
      Planned: 'Preparing',
      Idle: 'Not started',
    });
    const running = program?.units.find((row) => row.unit.name === 'Running')?.stage;
    expect(running).toEqual({ stage: 'piloting', label: 'Piloting · week 3 of 4', week: 3, weeks: 4, overdue: false, decision: null, engagement: { kind: 'pilot', name: 'Now' } });
    expect(program?.units.find((row) => row.unit.name === 'Overdue')?.stage).toMatchObject({ stage: 'awaiting_decision', overdue: true, engagement: { name: 'Late' } });
  });

  it('is the same on each pilot and on the units page', () => {
    const onProgram = new Map(program?.units.map((row) => [row.unit.name, row.stage]));
    for (const pilot of program?.pilots ?? []) {
      for (const stage of pilot.unitStages) {
        const { unit, ...rest } = stage;
        expect(rest).toEqual(onProgram.get(unit.name));
      }
    }
    for (const row of units ?? []) {
      const here = row.rollouts.filter((rollout) => rollout.program.name === programName);
      if (onProgram.has(row.name)) expect(here.map((rollout) => rollout.stage)).toEqual([onProgram.get(row.name)]);
      else expect(here).toEqual([]);
    }
  });
});

describe('the demo data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    await seedDemoData(app.dataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows UK & Ireland and US East piloting, DACH decided to scale, and US West blocked beside its stage', async () => {
    const agent = app.agent();
    const erin = await app.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'erin.walsh@northwind.example' });
    await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: erin.email, p: 'rollout-demo' });
    const pilots = await app.dataSource.getRepository(PilotEntity).find();
    const programId = pilots[0]?.programId;
    const res = await gql<{ program: { units: { blocked: boolean; note: string; unit: { name: string }; stage: Stage }[] } }>(agent, PROGRAM, { id: programId });
    const byUnit = new Map(res.data?.program.units.map((row) => [row.unit.name, row]));
    for (const name of ['UK & Ireland', 'US East']) {
      expect(byUnit.get(name)?.stage.stage).toBe('piloting');
      expect(byUnit.get(name)?.stage.label).toMatch(/^Piloting · week \d of 4$/);
    }
    expect(byUnit.get('DACH')?.stage).toMatchObject({ stage: 'decided', decision: 'scale', label: 'Decided: scale' });
    expect(byUnit.get('US West')).toMatchObject({ blocked: true, stage: { label: 'Not started' } });
    expect(byUnit.get('US West')?.note).toContain('No sandbox access');
  });
});
