import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCALE_NEEDS_SCALED_PILOT, TARGET_MODEL_FROM_ALIGN } from '@rollout/domain';
import { DecisionEntity } from '../src/modules/decisions/decision.entity.js';
import { ProgramEntity } from '../src/modules/programs/program.entity.js';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { aPilot } from './factories/pilot.factory.js';
import { withoutAssessmentGate } from './factories/assessment.factory.js';
import { createTestApp, errorCode, gql, type TestApp } from './support/test-app.js';
import type TestAgent from 'supertest/lib/agent.js';

const PROGRAM_FIELDS = 'id name phase status version archived owner { id } phaseHistory { fromPhase toPhase reason changedBy { id } }';
const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
const CHANGE_PHASE = `mutation($input: ChangeProgramPhaseInput!) { changeProgramPhase(input: $input) { ${PROGRAM_FIELDS} } }`;
const GET = `query($id: ID!) { program(id: $id) { ${PROGRAM_FIELDS} } }`;
const LIST = `query($filter: ProgramFilter, $sort: ProgramSort, $first: Int, $after: String) {
  programs(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id name phase } } }`;

type Program = { id: string; name: string; phase: string; status: string; version: number; archived: boolean; phaseHistory: { fromPhase: string | null; toPhase: string; reason: string | null }[] };

function programInput(ownerId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: `Program ${Math.random().toString(36).slice(2, 8)}`,
    objective: 'One lead lifecycle across regions.',
    targetModel: 'hub_and_spoke',
    sponsor: 'Erin Walsh, CRO',
    ownerId,
    startDate: '2026-01-05',
    targetDate: '2026-12-18',
    ...overrides,
  };
}

async function createProgram(agent: TestAgent, ownerId: string, overrides: Record<string, unknown> = {}): Promise<Program> {
  const res = await gql<{ createProgram: Program }>(agent, CREATE, { input: programInput(ownerId, overrides) });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createProgram;
}

describe('programs', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates a program in Assess with its first history entry, readable by every role', async () => {
    const created = await createProgram(team.agents.manager, team.users.manager.id);
    expect(created).toMatchObject({ phase: 'assess', status: 'on_track', version: 1, archived: false });
    expect(created.phaseHistory).toEqual([{ fromPhase: null, toPhase: 'assess', reason: null, changedBy: { id: team.users.manager.id } }]);
    for (const agent of [team.agents.executive, team.agents.partner, team.agents.admin]) {
      expect((await gql<{ program: Program }>(agent, GET, { id: created.id })).data?.program.name).toBe(created.name);
    }
  });

  it('returns every invalid field with a message and writes nothing', async () => {
    const before = await app.dataSource.getRepository(ProgramEntity).count();
    const res = await gql(team.agents.manager, CREATE, {
      input: programInput(team.users.manager.id, { name: 'ab', sponsor: '  ', startDate: '2026-02-30', targetDate: '2025-01-01' }),
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0]?.extensions.fieldErrors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['name', 'sponsor', 'startDate', 'targetDate']);
    expect(await app.dataSource.getRepository(ProgramEntity).count()).toBe(before);
  });

  it('refuses an owner who cannot run programs', async () => {
    const res = await gql(team.agents.manager, CREATE, { input: programInput(team.users.executive.id) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'ownerId' }] });
  });

  it('lets executives and regional partners read but not create, change or archive programs', async () => {
    const program = await createProgram(team.agents.manager, team.users.manager.id);
    for (const agent of [team.agents.executive, team.agents.partner]) {
      expect(errorCode(await gql(agent, CREATE, { input: programInput(team.users.manager.id) }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(agent, UPDATE, { input: { ...programInput(team.users.manager.id), id: program.id, expectedVersion: 1, status: 'at_risk' } }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(agent, CHANGE_PHASE, { input: { programId: program.id, toPhase: 'align', expectedVersion: 1 } }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(agent, 'mutation($id: ID!) { archiveProgram(id: $id, expectedVersion: 1) { id } }', { id: program.id }))).toBe('FORBIDDEN');
    }
    const row = await app.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: program.id });
    expect(row).toMatchObject({ version: 1, phase: 'assess', status: 'on_track', archivedAt: null });
  });

  it('moves forward one phase at a time and back only with a reason, recording each change', async () => {
    const program = await createProgram(team.agents.manager, team.users.manager.id);
    await withoutAssessmentGate(app.dataSource, program.id);
    const move = (toPhase: string, expectedVersion: number, reason?: string) =>
      gql<{ changeProgramPhase: Program }>(team.agents.manager, CHANGE_PHASE, { input: { programId: program.id, toPhase, expectedVersion, reason } });

    const skip = await move('design', 1);
    expect(skip.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'toPhase', message: 'Move one phase at a time: the next phase is Align.' }] });
    expect((await move('align', 1)).data?.changeProgramPhase).toMatchObject({ phase: 'align', version: 2 });
    const backWithoutReason = await move('assess', 2);
    expect(backWithoutReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'reason' }] });
    const back = await move('assess', 2, 'Sponsor changed; redo the tool inventory.');
    expect(back.data?.changeProgramPhase.phaseHistory.map((h) => [h.fromPhase, h.toPhase, h.reason])).toEqual([
      [null, 'assess', null],
      ['assess', 'align', null],
      ['align', 'assess', 'Sponsor changed; redo the tool inventory.'],
    ]);
  });

  it('moves to Scale only once a pilot’s latest gate decision is scale', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot', targetModel: 'hybrid' });
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [team.region.id], status: 'decided' });
    const decide = (decision: string, decidedAt: string) =>
      app.dataSource.getRepository(DecisionEntity).insert({ orgId: team.org.id, pilotId: pilot.id, programId: program.id, recommendation: 'scale', decision: decision as 'scale', decidedById: team.users.manager.id, decidedAt: new Date(decidedAt) });
    const toScale = () => gql<{ changeProgramPhase: Program }>(team.agents.manager, CHANGE_PHASE, { input: { programId: program.id, toPhase: 'scale', expectedVersion: 1 } });

    // Decided scale once, then adjusted: the latest decision is what counts.
    await decide('scale', '2026-11-01T10:00:00Z');
    await decide('adjust', '2026-11-08T10:00:00Z');
    const refused = await toScale();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'toPhase', message: SCALE_NEEDS_SCALED_PILOT }] });
    expect(await app.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: program.id })).toMatchObject({ phase: 'pilot', version: 1 });

    await decide('scale', '2026-11-15T10:00:00Z');
    expect((await toScale()).data?.changeProgramPhase).toMatchObject({ phase: 'scale', version: 2 });
  });

  it('answers a stale edit with CONFLICT and the current version, leaving the row as the winner wrote it', async () => {
    const program = await createProgram(team.agents.manager, team.users.manager.id);
    const edit = (status: string) =>
      gql<{ updateProgram: Program }>(team.agents.manager, UPDATE, {
        input: { ...programInput(team.users.manager.id, { name: program.name }), id: program.id, expectedVersion: 1, status },
      });
    expect((await edit('at_risk')).data?.updateProgram).toMatchObject({ status: 'at_risk', version: 2 });
    const stale = await edit('off_track');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: { status: 'at_risk', version: 2 } });
    expect(stale.errors?.[0]?.extensions.current).not.toHaveProperty('orgId');
    expect(await app.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: program.id })).toMatchObject({ status: 'at_risk', version: 2 });
  });

  it('keeps the target model out of program edits: only the Align choice sets it', async () => {
    const program = await createProgram(team.agents.manager, team.users.manager.id);
    const edit = (targetModel: string) =>
      gql<{ updateProgram: Program }>(team.agents.manager, UPDATE, { input: { ...programInput(team.users.manager.id, { name: program.name, targetModel }), id: program.id, expectedVersion: 1 } });
    const refused = await edit('pod');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'targetModel', message: TARGET_MODEL_FROM_ALIGN }] });
    expect(await app.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: program.id })).toMatchObject({ targetModel: 'hub_and_spoke', version: 1 });
    // Sending the model it has is no change: the edit form sends every field.
    expect((await edit('hub_and_spoke')).data?.updateProgram).toMatchObject({ version: 2 });
  });

  it('hides archived programs from the list unless asked, and restores them', async () => {
    const program = await createProgram(team.agents.manager, team.users.manager.id, { name: 'Archive me please' });
    const archived = await gql<{ archiveProgram: Program }>(team.agents.manager, 'mutation($id: ID!) { archiveProgram(id: $id, expectedVersion: 1) { archived version } }', { id: program.id });
    expect(archived.data?.archiveProgram).toEqual({ archived: true, version: 2 });
    const names = async (filter: Record<string, unknown>) =>
      ((await gql<{ programs: { nodes: Program[] } }>(team.agents.manager, LIST, { filter })).data?.programs.nodes ?? []).map((p) => p.name);
    expect(await names({ search: 'Archive me' })).toEqual([]);
    expect(await names({ search: 'Archive me', includeArchived: true })).toEqual(['Archive me please']);
    const restored = await gql(team.agents.manager, 'mutation($id: ID!) { restoreProgram(id: $id, expectedVersion: 2) { archived } }', { id: program.id });
    expect(restored.data).toEqual({ restoreProgram: { archived: false } });
  });

  it('answers NOT_FOUND for a program of another organization', async () => {
    const other = await aTeam(app);
    const program = await createProgram(other.agents.manager, other.users.manager.id);
    expect(errorCode(await gql(team.agents.manager, GET, { id: program.id }))).toBe('NOT_FOUND');
  });
});

describe('program list: search, filters, sort and keyset paging', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  const names = ['Alpha pod pilot', 'Bravo hub rollout', 'Charlie hub design', 'Delta forecast', 'Echo hub scale'];
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    for (const [index, name] of names.entries()) {
      await createProgram(team.agents.manager, team.users.manager.id, {
        name,
        targetModel: name.includes('hub') ? 'hub_and_spoke' : 'pod',
        targetDate: `2027-0${9 - index}-01`,
        status: index % 2 === 0 ? 'on_track' : 'at_risk',
      });
    }
  });
  afterAll(async () => {
    await app.close();
  });

  const list = async (variables: Record<string, unknown>) => {
    const res = await gql<{ programs: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Program[] } }>(team.agents.executive, LIST, variables);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.programs;
  };

  it('pages through every program exactly once in sort order', async () => {
    for (const [field, expected] of [
      ['name', [...names]],
      ['target_date', [...names].reverse()],
    ] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await list({ sort: { field, direction: 'asc' }, first: 2, after });
        expect(page.totalCount).toBe(5);
        seen.push(...page.nodes.map((p) => p.name));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(expected);
    }
  });

  it('combines search and filters, and counts the matches', async () => {
    const page = await list({ filter: { search: 'HUB', statuses: ['at_risk'], models: ['hub_and_spoke'] }, sort: { field: 'name', direction: 'desc' } });
    expect(page.nodes.map((p) => p.name)).toEqual(['Bravo hub rollout']);
    expect(page.totalCount).toBe(1);
    expect((await list({ filter: { search: '%' } })).totalCount).toBe(0);
  });

  it('refuses a page size over 100 and a forged cursor with typed errors', async () => {
    const tooMany = await gql(team.agents.executive, LIST, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'first' }] });
    const forged = await gql(team.agents.executive, LIST, { after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after' }] });
  });
});
