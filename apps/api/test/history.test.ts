import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgramEntity } from '../src/modules/programs/program.entity.js';
import { aTeam } from './factories/organization.factory.js';
import { auditEventCount, createTestApp, errorCode, gql, type TestApp } from './support/test-app.js';

type Entry = { operation: string; actor: { id: string } | null; changes: { field: string; from: string | null; to: string | null }[] };
const HISTORY = `query($id: ID!) { recordHistory(recordType: program, recordId: $id) { operation actor { id } changes { field from to } } }`;
const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id version } }`;
const CHANGE_PHASE = `mutation($input: ChangeProgramPhaseInput!) { changeProgramPhase(input: $input) { phase version } }`;

describe('change history (audit log)', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  let programId: string;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    const created = await gql<{ createProgram: { id: string } }>(team.agents.manager, CREATE, {
      input: { name: 'Audited program', targetModel: 'pod', sponsor: 'COO', ownerId: team.users.manager.id, startDate: '2026-01-01', targetDate: '2026-06-30' },
    });
    programId = created.data?.createProgram.id ?? '';
    await gql(team.agents.manager, CHANGE_PHASE, { input: { programId, toPhase: 'align', expectedVersion: 1 } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('records who changed which fields from what to what, in the same transaction as the change', async () => {
    const res = await gql<{ recordHistory: Entry[] }>(team.agents.executive, HISTORY, { id: programId });
    const [created, moved] = res.data?.recordHistory ?? [];
    expect(created?.operation).toBe('insert');
    expect(created?.actor).toEqual({ id: team.users.manager.id });
    expect(created?.changes).toContainEqual({ field: 'name', from: null, to: 'Audited program' });
    expect(moved).toEqual({ operation: 'update', actor: { id: team.users.manager.id }, changes: [{ field: 'phase', from: 'assess', to: 'align' }] });
  });

  it('rolls back every row of a multi-row write that fails half-way, audit entries included', async () => {
    // Sabotage the second write of a phase change (the history row) to fail after the program row changed.
    await app.dataSource.query(`CREATE FUNCTION fail_on_sabotage() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.reason LIKE 'SABOTAGE%' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$`);
    await app.dataSource.query(`CREATE TRIGGER sabotage BEFORE INSERT ON program_phase_change FOR EACH ROW EXECUTE FUNCTION fail_on_sabotage()`);
    const auditBefore = await auditEventCount(app);
    const res = await gql(team.agents.manager, CHANGE_PHASE, { input: { programId, toPhase: 'assess', expectedVersion: 2, reason: 'SABOTAGE: must not stick' } });
    expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res)).not.toContain('forced failure');
    expect(await app.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: programId })).toMatchObject({ phase: 'align', version: 2 });
    expect(await auditEventCount(app)).toBe(auditBefore);
    await app.dataSource.query('DROP TRIGGER sabotage ON program_phase_change');
  });

  it('lets only admins search the whole log, by user and record type', async () => {
    const LOG = `query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) { nodes { recordType recordId actor { id } } endCursor } }`;
    const res = await gql<{ auditLog: { nodes: { recordType: string; recordId: string }[] } }>(team.agents.admin, LOG, {
      filter: { actorId: team.users.manager.id, recordType: 'program' },
    });
    expect(res.data?.auditLog.nodes.map((n) => n.recordId)).toEqual([programId, programId]);
    for (const agent of [team.agents.manager, team.agents.executive, team.agents.partner]) {
      expect(errorCode(await gql(agent, LOG, {}))).toBe('FORBIDDEN');
    }
  });

  it('keeps the log append-only', async () => {
    await expect(app.dataSource.query('UPDATE audit_event SET actor_id = NULL')).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });
});
