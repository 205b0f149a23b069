import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgramUnitEntity } from '../src/modules/programs/program-unit.entity.js';
import { withoutAssessmentGate } from './factories/assessment.factory.js';
import { aProgram, aProgramUnit, aTeam, aUnit, aUser, signedIn } from './factories/organization.factory.js';
import { mixedCase } from './support/ids.js';
import { createTestApp, errorCode, gql, type TestApp } from './support/test-app.js';

type ProgramUnit = { id: string; blocked: boolean; note: string; version: number; viewerCanUpdate: boolean; unit: { id: string } };
const PROGRAM = `query($id: ID!) { program(id: $id) { viewerCanManage units { id blocked note version viewerCanUpdate unit { id } } members { role user { id } } } }`;
const UPDATE_STATUS = `mutation($input: UpdateUnitRolloutInput!) { updateUnitRollout(input: $input) { blocked note version } }`;

describe('program rollout: units, partner reports, leads', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  let programId: string;
  let inScope: ProgramUnit;
  let outOfScope: ProgramUnit;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    // The partner is assigned to team.region; its child country is in scope too, another region is not.
    const country = await aUnit(app.dataSource, team.org.id, { parentId: team.region.id, kind: 'country' });
    const otherRegion = await aUnit(app.dataSource, team.org.id);
    const created = await gql<{ createProgram: { id: string } }>(team.agents.manager, `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`, {
      input: { name: 'Rollout with units', targetModel: 'hybrid', sponsor: 'CRO', ownerId: team.users.manager.id, startDate: '2026-01-01', targetDate: '2026-12-31' },
    });
    programId = created.data?.createProgram.id ?? '';
    await withoutAssessmentGate(app.dataSource, programId);
    const added = await gql<{ addProgramUnits: ProgramUnit[] }>(team.agents.manager, `mutation($input: AddProgramUnitsInput!) { addProgramUnits(input: $input) { id unit { id } } }`, {
      input: { programId, unitIds: [country.id, otherRegion.id] },
    });
    const rows = added.data?.addProgramUnits ?? [];
    inScope = rows.find((r) => r.unit.id === country.id) as ProgramUnit;
    outOfScope = rows.find((r) => r.unit.id === otherRegion.id) as ProgramUnit;
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets a regional partner report on a unit below their assigned unit', async () => {
    const res = await gql(team.agents.partner, UPDATE_STATUS, { input: { id: inScope.id, expectedVersion: 1, blocked: false, note: 'Enablement booked' } });
    expect(res.data).toEqual({ updateUnitRollout: { blocked: false, note: 'Enablement booked', version: 2 } });
  });

  it('refuses a partner’s update to another unit and leaves the row unchanged', async () => {
    const res = await gql(team.agents.partner, UPDATE_STATUS, { input: { id: outOfScope.id, expectedVersion: 1, blocked: true, note: 'No CRM sandbox access yet.' } });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await app.dataSource.getRepository(ProgramUnitEntity).findOneByOrFail({ id: outOfScope.id })).toMatchObject({ blocked: false, version: 1 });
  });

  it('requires a note saying what blocks a blocked unit', async () => {
    const res = await gql(team.agents.manager, UPDATE_STATUS, { input: { id: outOfScope.id, expectedVersion: 1, blocked: true, note: '' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'note' }] });
  });

  it('tells each viewer what they may change, so the web shows only their controls', async () => {
    const view = async (agent: typeof team.agents.manager) => (await gql<{ program: { viewerCanManage: boolean; units: ProgramUnit[] } }>(agent, PROGRAM, { id: programId })).data?.program;
    const partnerView = await view(team.agents.partner);
    expect(partnerView?.viewerCanManage).toBe(false);
    const canUpdate = new Map(partnerView?.units.map((u) => [u.id, u.viewerCanUpdate]));
    expect([canUpdate.get(inScope.id), canUpdate.get(outOfScope.id)]).toEqual([true, false]);
    const execView = await view(team.agents.executive);
    expect(execView?.viewerCanManage).toBe(false);
    expect(execView?.units.every((u) => !u.viewerCanUpdate)).toBe(true);
    expect((await view(team.agents.manager))?.viewerCanManage).toBe(true);
  });

  it('lets a program manager manage only programs they own or lead', async () => {
    const otherManager = await aUser(app.dataSource, team.org.id, 'program_manager');
    const otherAgent = await signedIn(app, otherManager);
    const rename = () =>
      gql(otherAgent, `mutation($input: ChangeProgramPhaseInput!) { changeProgramPhase(input: $input) { phase } }`, { input: { programId, toPhase: 'align', expectedVersion: 1 } });
    expect(errorCode(await rename())).toBe('FORBIDDEN');
    const made = await gql(team.agents.manager, `mutation($input: SetProgramMemberInput!) { setProgramMember(input: $input) { role } }`, {
      input: { programId, userId: otherManager.id, role: 'lead' },
    });
    expect(made.data).toEqual({ setProgramMember: { role: 'lead' } });
    expect((await rename()).data).toEqual({ changeProgramPhase: { phase: 'align' } });
  });

  it('adds a member named by an upper-case user id and answers with that user', async () => {
    const lead = await aUser(app.dataSource, team.org.id, 'program_manager');
    const res = await gql(team.agents.manager, `mutation($input: SetProgramMemberInput!) { setProgramMember(input: $input) { role user { id } } }`, {
      input: { programId: programId.toUpperCase(), userId: lead.id.toUpperCase(), role: 'lead' },
    });
    expect(res).toEqual({ data: { setProgramMember: { role: 'lead', user: { id: lead.id } } } });
    const program = await gql<{ program: { members: { role: string; user: { id: string } }[] } }>(team.agents.manager, PROGRAM, { id: mixedCase(programId) });
    expect(program.data?.program.members).toContainEqual({ role: 'lead', user: { id: lead.id } });
  });

  it('refuses to make an executive a program lead', async () => {
    const res = await gql(team.agents.manager, `mutation($input: SetProgramMemberInput!) { setProgramMember(input: $input) { role } }`, {
      input: { programId, userId: team.users.executive.id, role: 'lead' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'role' }] });
  });

  it('shows partner reports and member changes in the program’s history', async () => {
    await gql(team.agents.manager, `mutation($input: SetProgramMemberInput!) { setProgramMember(input: $input) { role } }`, {
      input: { programId, userId: team.users.executive.id, role: 'steering' },
    });
    const unit = await aUnit(app.dataSource, team.org.id);
    const added = await gql<{ addProgramUnits: { id: string }[] }>(team.agents.manager, `mutation($input: AddProgramUnitsInput!) { addProgramUnits(input: $input) { id } }`, {
      input: { programId, unitIds: [unit.id] },
    });
    await gql(team.agents.admin, UPDATE_STATUS, { input: { id: added.data?.addProgramUnits[0]?.id, expectedVersion: 1, blocked: true, note: 'Waiting for the CRM sandbox.' } });
    const res = await gql<{ recordHistory: { recordType: string; changes: { field: string; to: string | null }[] }[] }>(
      team.agents.executive,
      `query($id: ID!) { recordHistory(recordType: program, recordId: $id) { recordType changes { field to } } }`,
      { id: programId },
    );
    const types = new Set(res.data?.recordHistory.map((e) => e.recordType));
    expect(types).toEqual(new Set(['program', 'phase_change', 'program_unit', 'program_member']));
    expect(res.data?.recordHistory.some((e) => e.recordType === 'program_unit' && e.changes.some((c) => c.field === 'blocked' && c.to === 'true'))).toBe(true);
  });
});

describe('archived programs', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuse partner reports on their units: archived means read-only', async () => {
    const team = await aTeam(app);
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { archivedAt: new Date() });
    const row = await aProgramUnit(app.dataSource, team.org.id, program.id, team.region.id);
    const res = await gql(team.agents.partner, UPDATE_STATUS, { input: { id: row.id, expectedVersion: 1, blocked: true, note: 'No CRM sandbox access yet.' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await app.dataSource.getRepository(ProgramUnitEntity).findOneByOrFail({ id: row.id })).toMatchObject({ blocked: false, version: 1 });
  });
});
