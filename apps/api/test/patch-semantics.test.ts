import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgramUnitEntity } from '../src/modules/programs/program-unit.entity.js';
import { ProgramEntity } from '../src/modules/programs/program.entity.js';
import { PilotEntity } from '../src/modules/pilots/pilot.entity.js';
import { SuccessMetricEntity } from '../src/modules/pilots/success-metric.entity.js';
import { UnitEntity } from '../src/modules/units/unit.entity.js';
import { UserUnitEntity } from '../src/modules/users/user-unit.entity.js';
import { UserEntity } from '../src/modules/users/user.entity.js';
import { anActivity } from './factories/assessment.factory.js';
import { aProgram, aProgramUnit, aTeam, aUnit, aUser } from './factories/organization.factory.js';
import { aPilot, aSuccessMetric } from './factories/pilot.factory.js';
import { createTestApp, gql, type TestApp } from './support/test-app.js';

type Team = Awaited<ReturnType<typeof aTeam>>;
type Values = Record<string, unknown>;

/** One update mutation and what its patch contract means for a record of it. */
interface PatchCase {
  mutation: string;
  input: string;
  /** Who may run it. */
  agent: (team: Team) => TestAgent;
  /** A fresh record with its clearable fields filled in. */
  create: (team: Team) => Promise<{ id: string }>;
  /** The record as stored, under the input's field names, and its version. */
  read: (id: string) => Promise<{ values: Values; version: number }>;
  /** One field sent, every other left out: only that one changes. */
  change: Values;
  /** A clearable field sent as null (with what it needs alongside), and the stored result. */
  clear: { input: Values; stored: Values };
  /** A field that may not be empty, sent as null. */
  required: string;
}

describe('update mutations are patches: left out keeps, null clears a nullable field, null on a required field is refused', () => {
  let app: TestApp;
  let team: Team;
  let programId: string;
  let otherUnitId: string;
  let activityId: string;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    programId = (await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' })).id;
    otherUnitId = (await aUnit(app.dataSource, team.org.id)).id;
    activityId = (await anActivity(app.dataSource, team.org.id, programId)).id;
  });
  afterAll(async () => {
    await app.close();
  });

  const repo = <E extends object>(entity: new () => E) => app.dataSource.getRepository(entity);

  const cases: PatchCase[] = [
    {
      mutation: 'updateProgram',
      input: 'UpdateProgramInput',
      agent: (t) => t.agents.manager,
      create: (t) => aProgram(app.dataSource, t.org.id, t.users.manager.id, { objective: 'One routing truth for EMEA.', status: 'at_risk' }),
      read: async (id) => {
        const { name, objective, targetModel, sponsor, ownerId, startDate, targetDate, status, version } = await repo(ProgramEntity).findOneByOrFail({ id });
        return { values: { name, objective, targetModel, sponsor, ownerId, startDate, targetDate, status }, version };
      },
      change: { sponsor: 'COO' },
      clear: { input: { objective: null }, stored: { objective: '' } },
      required: 'name',
    },
    {
      mutation: 'updatePilot',
      input: 'UpdatePilotInput',
      agent: (t) => t.agents.manager,
      create: (t) =>
        aPilot(app.dataSource, t.org.id, programId, {
          unitIds: [t.region.id],
          comparisonUnitIds: [otherUnitId],
          steeringMemberIds: [t.users.executive.id],
          activityIds: [activityId],
          endDate: '2026-04-05',
        }),
      read: async (id) => {
        const { name, hypothesis, unitIds, comparisonUnitIds, startDate, endDate, steeringMemberIds, activityIds, version } = await repo(PilotEntity).findOneByOrFail({ id });
        return { values: { name, hypothesis, unitIds, comparisonUnitIds, startDate, endDate, steeringMemberIds, activityIds }, version };
      },
      change: { name: 'Hub routing, second wave' },
      clear: { input: { comparisonUnitIds: null, endDate: null }, stored: { comparisonUnitIds: [], endDate: '2026-03-29' } },
      required: 'unitIds',
    },
    {
      mutation: 'updateSuccessMetric',
      input: 'UpdateSuccessMetricInput',
      agent: (t) => t.agents.manager,
      create: async (t) => aSuccessMetric(app.dataSource, await aPilot(app.dataSource, t.org.id, programId, { unitIds: [t.region.id] }), { weight: 60 }),
      read: async (id) => {
        const { catalogKey, name, unit, direction, kind, baseline, target, tolerance, weight, version } = await repo(SuccessMetricEntity).findOneByOrFail({ id });
        return { values: { catalogKey, name, unit, direction, kind, baseline, target, tolerance, weight }, version };
      },
      change: { target: 7 },
      clear: { input: { weight: null }, stored: { weight: null } },
      required: 'target',
    },
    {
      mutation: 'updateUnit',
      input: 'UpdateUnitInput',
      agent: (t) => t.agents.admin,
      create: (t) => aUnit(app.dataSource, t.org.id, { parentId: t.region.id, kind: 'segment' }),
      read: async (id) => {
        const { name, code, kind, parentId, version } = await repo(UnitEntity).findOneByOrFail({ id });
        return { values: { name, code, kind, parentId }, version };
      },
      change: { name: 'DACH enterprise' },
      clear: { input: { parentId: null }, stored: { parentId: null } },
      required: 'code',
    },
    {
      mutation: 'updateUnitRollout',
      input: 'UpdateUnitRolloutInput',
      agent: (t) => t.agents.partner,
      create: async (t) => {
        const row = await aProgramUnit(app.dataSource, t.org.id, (await aProgram(app.dataSource, t.org.id, t.users.manager.id)).id, t.region.id);
        return repo(ProgramUnitEntity).save({ ...row, blocked: true, note: 'Waiting for CRM access for the hub team.' });
      },
      read: async (id) => {
        const { blocked, note, version } = await repo(ProgramUnitEntity).findOneByOrFail({ id });
        return { values: { blocked, note }, version };
      },
      change: { note: 'Still waiting for CRM access; IT promised Friday.' },
      clear: { input: { blocked: false, note: null }, stored: { blocked: false, note: '' } },
      required: 'blocked',
    },
    {
      mutation: 'updateUser',
      input: 'UpdateUserInput',
      agent: (t) => t.agents.admin,
      create: (t) => aUser(app.dataSource, t.org.id, 'regional_partner', [t.region.id]),
      read: async (id) => {
        const { name, role, version } = await repo(UserEntity).findOneByOrFail({ id });
        const unitIds = (await repo(UserUnitEntity).findBy({ userId: id })).map((row) => row.unitId);
        return { values: { name, role, unitIds }, version };
      },
      change: { name: 'Priya Raman' },
      // A partner needs units: clearing them goes with a role that has none.
      clear: { input: { role: 'executive', unitIds: null }, stored: { role: 'executive', unitIds: [] } },
      required: 'role',
    },
  ];

  const send = (c: PatchCase, values: Values) =>
    gql<Record<string, { id: string; version: number }>>(c.agent(team), `mutation($input: ${c.input}!) { ${c.mutation}(input: $input) { id version } }`, { input: values });

  it.each(cases)('$mutation: a field left out keeps its value', async (c) => {
    const { id } = await c.create(team);
    const before = await c.read(id);
    const res = await send(c, { id, expectedVersion: before.version, ...c.change });
    expect(res.errors).toBeUndefined();
    const after = await c.read(id);
    expect(after.values).toEqual({ ...before.values, ...c.change });
    expect(after.version).toBe(before.version + 1);
  });

  it.each(cases)('$mutation: null clears a nullable field and nothing else', async (c) => {
    const { id } = await c.create(team);
    const before = await c.read(id);
    const res = await send(c, { id, expectedVersion: before.version, ...c.clear.input });
    expect(res.errors).toBeUndefined();
    expect((await c.read(id)).values).toEqual({ ...before.values, ...c.clear.stored });
  });

  it.each(cases)('$mutation: null on a field that may not be empty is a field error and changes nothing', async (c) => {
    const { id } = await c.create(team);
    const before = await c.read(id);
    const res = await send(c, { id, expectedVersion: before.version, [c.required]: null });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: c.required }] });
    expect(await c.read(id)).toEqual(before);
  });
});
