import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anActivity } from './factories/assessment.factory.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aCheckIn, aLesson, aPilot, aSuccessMetric, weeklyMeasurements } from './factories/pilot.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Every nested field a screen asks for, so a field resolver without a DataLoader shows up as N+1.
const PROGRAMS = `query($first: Int) { programs(first: $first) { totalCount nodes { id name viewerCanManage owner { name units { id } }
  phaseHistory { toPhase changedBy { name } } units { blocked stage { label engagement { name } } viewerCanUpdate unit { name } } members { role user { name } }
  decisions { decision decidedBy { name } pilot { name } } lessons { activity { name capabilityName } createdBy { name } }
  pilots { name program { name } activities { name capabilityName } units { name } unitStages { label unit { name } } comparisonUnits { name } steeringMembers { name } viewerCanManage metrics { name }
    unitReports { stale viewerCanReport unit { name } lastCheckIn { status } } checkIns { status unit { name } submittedBy { name } }
    decisions { decision decidedBy { name } } lessons { text }
    evaluation(asOf: "2026-03-30") { recommendation { decision flags { unit { name } } } metrics { state metric { name } byUnit { unit { name } } } } } } } }`;

describe('database statements per request', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    // Every nested list of every program at once is far over the cost limit; this test counts statements, not cost.
    app = await createTestApp({ NODE_ENV: 'test', GRAPHQL_MAX_COST: '1000000' });
    team = await aTeam(app);
    const unit = await aUnit(app.dataSource, team.org.id, { parentId: team.region.id });
    for (let i = 0; i < 20; i += 1) {
      const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
      await aProgramUnit(app.dataSource, team.org.id, program.id, unit.id);
      const activity = await anActivity(app.dataSource, team.org.id, program.id);
      const pilot = await aPilot(app.dataSource, team.org.id, program.id, {
        unitIds: [unit.id],
        comparisonUnitIds: [team.region.id],
        steeringMemberIds: [team.users.executive.id],
        activityIds: [activity.id],
        status: 'running',
      });
      await aLesson(app.dataSource, pilot, activity.id, team.users.manager.id);
      const metric = await aSuccessMetric(app.dataSource, pilot);
      await weeklyMeasurements(app.dataSource, metric, unit.id, team.users.manager.id, '2026-02-23', [18, 15, 12]);
      await aCheckIn(app.dataSource, pilot, unit.id, team.users.partner.id, { weekStart: '2026-03-02' });
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
    // DataLoader batches per tick. Whether two loads from different depths (e.g. steering members and
    // check-in authors, both users) land in the same tick depends on how fast sibling queries return,
    // so under load a count moves by one either way. An N+1 field adds 18 statements for 20 vs 2.
    const fewest = async (first: number) => Math.min(await statements(first), await statements(first), await statements(first));
    const forTwo = await fewest(2);
    const forTwenty = await fewest(20);
    expect(forTwo).toBeGreaterThan(0);
    expect(Math.abs(forTwenty - forTwo)).toBeLessThanOrEqual(2);
  });
});
