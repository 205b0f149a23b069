import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Every nested field a screen asks for, so a field resolver without a DataLoader shows up as N+1.
const PROGRAMS = `query($first: Int) { programs(first: $first) { totalCount nodes { id name viewerCanManage owner { name units { id } }
  phaseHistory { toPhase changedBy { name } } units { status viewerCanUpdate unit { name } } members { role user { name } } } } }`;

describe('database statements per request', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    const unit = await aUnit(app.dataSource, team.org.id, { parentId: team.region.id });
    for (let i = 0; i < 20; i += 1) {
      const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
      await aProgramUnit(app.dataSource, team.org.id, program.id, unit.id);
    }
  });
  afterAll(async () => {
    await app.close();
  });

  it('does not grow with the number of programs listed (no N+1)', async () => {
    const statements = async (first: number) => {
      const res = await team.agents.partner.post('/graphql').set('apollo-require-preflight', 'true').send({ query: PROGRAMS, variables: { first } });
      expect((res.body as { errors?: unknown }).errors).toBeUndefined();
      return Number(res.headers['x-db-statements']);
    };
    const forTwo = await statements(2);
    const forTwenty = await statements(20);
    expect(forTwo).toBeGreaterThan(0);
    expect(forTwenty).toBe(forTwo);
  });
});
