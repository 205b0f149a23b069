import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgramEntity } from '../src/modules/programs/program.entity.js';
import { withoutAssessmentGate } from './factories/assessment.factory.js';
import { aProgram, aTeam, aUnit } from './factories/organization.factory.js';
import { aPilot } from './factories/pilot.factory.js';
import { auditEventCount, createTestApp, errorCode, gql, type TestApp } from './support/test-app.js';

type Entry = { operation: string; recordType: string; summary: string; actor: { id: string } | null; changes: { field: string; from: string | null; to: string | null }[] };
const HISTORY = `query($id: ID!) { recordHistory(recordType: program, recordId: $id) { operation recordType summary actor { id } changes { field from to } } }`;
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
    await withoutAssessmentGate(app.dataSource, programId);
    await gql(team.agents.manager, CHANGE_PHASE, { input: { programId, toPhase: 'align', expectedVersion: 1 } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('records who changed which fields from what to what, in the same transaction as the change', async () => {
    const res = await gql<{ recordHistory: Entry[] }>(team.agents.executive, HISTORY, { id: programId });
    const [created, started, moved, ...rest] = res.data?.recordHistory ?? [];
    expect(created?.operation).toBe('insert');
    expect(created?.actor).toEqual({ id: team.users.manager.id });
    expect(created?.changes).toContainEqual({ field: 'name', from: null, to: 'Audited program' });
    // Phase moves are told by their phase change (who, from what, why), not by the program row's bare phase update.
    expect(started).toMatchObject({ recordType: 'phase_change', summary: 'moved Audited program to the Assess phase' });
    expect(moved).toMatchObject({ recordType: 'phase_change', operation: 'insert', actor: { id: team.users.manager.id }, summary: 'moved Audited program to the Align phase: Previous phase: Assess' });
    expect(rest).toEqual([]);
    // Asked for fewer, it answers the latest ones, still oldest first.
    const latest = await gql<{ recordHistory: Entry[] }>(team.agents.executive, HISTORY.replace('recordId: $id)', 'recordId: $id, first: 2)'), { id: programId });
    expect(latest.data?.recordHistory.map((entry) => entry.summary)).toEqual([started?.summary, moved?.summary]);
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

  it('audits the organization, phase changes and measurement imports (without the file), so a refused call can be checked against every table', async () => {
    const LOG = `query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) { nodes { recordType recordId operation actor { id } changes { field to } } } }`;
    type Node = { recordType: string; recordId: string; operation: string; actor: { id: string } | null; changes: { field: string; to: string | null }[] };
    const log = async (recordType: string) =>
      (await gql<{ auditLog: { nodes: Node[] } }>(team.agents.admin, LOG, { filter: { recordType } })).data?.auditLog.nodes ?? [];
    expect(await log('organization')).toEqual([
      { recordType: 'organization', recordId: team.org.id, operation: 'insert', actor: null, changes: [{ field: 'name', to: team.org.name }] },
    ]);
    const [moved] = await log('phase_change');
    expect(moved).toMatchObject({ operation: 'insert', actor: { id: team.users.manager.id } });
    expect(moved?.changes).toEqual(
      expect.arrayContaining([
        { field: 'programId', to: programId },
        { field: 'fromPhase', to: 'assess' },
        { field: 'toPhase', to: 'align' },
      ]),
    );
    expect(moved?.changes.map((c) => c.field)).not.toContain('changedAt');
    const unit = await aUnit(app.dataSource, team.org.id);
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [unit.id] });
    const upload = await team.agents.manager
      .post(`/api/pilots/${pilot.id.toUpperCase()}/measurement-imports`)
      .set('x-file-name', 'values.csv')
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from(`metric,unit,date,value\nLead response time,${unit.name},2026-03-02,12\n`));
    expect(upload.status).toBe(201);
    const [imported] = await log('measurement_import');
    expect(imported).toMatchObject({ recordId: (upload.body as { importId: string }).importId, operation: 'insert', actor: { id: team.users.manager.id } });
    expect(imported?.changes).toContainEqual({ field: 'fileName', to: 'values.csv' });
    expect(imported?.changes).toContainEqual({ field: 'pilotId', to: pilot.id });
    expect(imported?.changes.map((c) => c.field)).not.toContain('content');
  });

  it('keeps the log append-only', async () => {
    await expect(app.dataSource.query('UPDATE audit_event SET actor_id = NULL')).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });
});
