import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenameGateReviewToDecision1796447916573 } from '../src/database/migrations/1796447916573-RenameGateReviewToDecision.js';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { aPilot } from './factories/pilot.factory.js';
import { createTestApp, gql, type TestApp } from './support/test-app.js';

const HISTORY = `query($id: ID!) { recordHistory(recordType: decision, recordId: $id) { operation changes { field to } } }`;

async function insertDecision(app: TestApp, table: string, pilot: { orgId: string; id: string; programId: string }, decidedById: string): Promise<string> {
  const rows = await app.dataSource.query<{ id: string }[]>(
    `INSERT INTO "${table}" (org_id, pilot_id, program_id, recommendation, decision, decided_by_id) VALUES ($1, $2, $3, 'scale', 'extend', $4) RETURNING id`,
    [pilot.orgId, pilot.id, pilot.programId, decidedById],
  );
  return rows[0]?.id ?? '';
}

describe('migration: the gate_review table becomes decision', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps the history written under the old name readable and audits the renamed table', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [team.region.id], status: 'in_review' });
    const migration = new RenameGateReviewToDecision1796447916573();
    const runner = app.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const before = await insertDecision(app, 'gate_review', pilot, team.users.manager.id);
      await migration.up(runner);
      const after = await insertDecision(app, 'decision', pilot, team.users.manager.id);

      for (const id of [before, after]) {
        const res = await gql<{ recordHistory: { operation: string; changes: { field: string; to: string | null }[] }[] }>(team.agents.manager, HISTORY, { id });
        expect(res.errors).toBeUndefined();
        expect(res.data?.recordHistory).toHaveLength(1);
        expect(res.data?.recordHistory[0]?.changes).toContainEqual({ field: 'decision', to: 'extend' });
      }
      const stale = await app.dataSource.query<unknown[]>(`SELECT 1 FROM audit_event WHERE table_name = 'gate_review'`);
      expect(stale).toHaveLength(0);
      // The log is append-only again once the migration is done.
      await expect(app.dataSource.query(`UPDATE audit_event SET table_name = table_name`)).rejects.toThrow(/append-only/);
    } finally {
      await runner.release();
    }
  });
});
