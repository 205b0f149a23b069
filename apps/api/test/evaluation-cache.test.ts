import { isoWeekStart, shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { today } from '../src/common/time/today.js';
import { EvaluationWarmupService } from '../src/modules/decisions/evaluation-warmup.service.js';
import { PilotEvaluationService } from '../src/modules/decisions/pilot-evaluation.service.js';
import { MeasurementsRepository } from '../src/modules/measurements/measurements.repository.js';
import { toPilotModel } from '../src/modules/pilots/pilot.mapper.js';
import { PilotsRepository } from '../src/modules/pilots/pilots.repository.js';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { aBaseline } from './factories/assessment-inventory.factory.js';
import { aCheckIn, aPilot, aSuccessMetric, weeklyMeasurements } from './factories/pilot.factory.js';
import { createTestApp, dataOf, type GraphQLResponse, type TestApp } from './support/test-app.js';

const EVALUATION = `query($id: ID!) { pilot(id: $id) { evaluation(asOf: "2026-03-30") { recommendation { decision reasons flags { message } } metrics { current baseline metric { name } } } } }`;

interface Evaluation {
  recommendation: { decision: string; reasons: string[]; flags: { message: string }[] };
  metrics: { current: number | null; baseline: number | null; metric: { name: string } }[];
}

// Evaluations are cached by the pilot's data version, which the database moves on every write behind
// them, whoever writes: these tests write straight to the tables, as an import or another process would.
describe('the pilot evaluation cache', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  async function read(pilotId: string, query = EVALUATION): Promise<{ evaluation: Evaluation; statements: number }> {
    const res = await team.agents.executive.post('/graphql').set('apollo-require-preflight', 'true').send({ query, variables: { id: pilotId } });
    return { evaluation: dataOf(res.body as GraphQLResponse<{ pilot: { evaluation: Evaluation } }>).pilot.evaluation, statements: Number(res.headers['x-db-statements']) };
  }

  it('answers a second read from the cache, and a write to any table behind the evaluation is seen at once', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [team.region.id], status: 'running' });
    const metric = await aSuccessMetric(app.dataSource, pilot, { name: 'Lead response time', baseline: null });
    await weeklyMeasurements(app.dataSource, metric, team.region.id, team.users.manager.id, '2026-03-02', [12, 10]);

    const first = await read(pilot.id);
    expect(first.evaluation.metrics).toEqual([{ current: 10, baseline: null, metric: { name: 'Lead response time' } }]);
    const second = await read(pilot.id);
    expect(second.evaluation).toEqual(first.evaluation);
    // The four statements that read the values, check-ins, metrics and baselines are not sent again.
    expect(second.statements).toBe(first.statements - 4);

    // A value added, changed, removed; a metric renamed; a check-in; an assessment baseline: each is seen at once.
    await weeklyMeasurements(app.dataSource, metric, team.region.id, team.users.manager.id, '2026-03-16', [9]);
    expect((await read(pilot.id)).evaluation.metrics[0]?.current).toBe(9);
    await app.dataSource.query(`UPDATE measurement SET value = 7 WHERE metric_id = $1 AND date = '2026-03-16'`, [metric.id]);
    expect((await read(pilot.id)).evaluation.metrics[0]?.current).toBe(7);
    await app.dataSource.query(`DELETE FROM measurement WHERE metric_id = $1 AND date = '2026-03-16'`, [metric.id]);
    expect((await read(pilot.id)).evaluation.metrics[0]?.current).toBe(10);
    await app.dataSource.query(`UPDATE success_metric SET name = 'Time to first touch' WHERE id = $1`, [metric.id]);
    expect((await read(pilot.id)).evaluation.metrics[0]?.metric.name).toBe('Time to first touch');
    await aBaseline(app.dataSource, team.org.id, program.id, { catalogKey: metric.catalogKey ?? 'lead_response_time', unitId: null, value: 20 });
    const withBaseline = await read(pilot.id);
    expect(withBaseline.evaluation.metrics[0]?.baseline).toBe(20);
    // Worse than the baseline in the unit, which then reports green: the recommendation flags it.
    await app.dataSource.query(`UPDATE measurement SET value = 30 WHERE metric_id = $1`, [metric.id]);
    expect((await read(pilot.id)).evaluation.recommendation.flags).toEqual([]);
    const cached = await read(pilot.id);
    await aCheckIn(app.dataSource, pilot, team.region.id, team.users.partner.id, { weekStart: '2026-03-09', status: 'green' });
    const checkedIn = await read(pilot.id);
    // A check-in changes the recommendation, never the metrics: only the check-ins are read again.
    expect(checkedIn.statements).toBe(cached.statements + 1);
    expect(checkedIn.evaluation.metrics).toEqual(cached.evaluation.metrics);
    const [flag, ...more] = checkedIn.evaluation.recommendation.flags;
    expect(more).toEqual([]);
    expect(flag?.message).toMatch(/^Reports green for the week of .+, but Time to first touch is off track in this unit\.$/);
  });

  it('is filled early each day for every running pilot, so the first reader of the day finds it', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    const day = today();
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [team.region.id], status: 'running', startDate: shiftDays(day, -21), endDate: shiftDays(day, 21) });
    const metric = await aSuccessMetric(app.dataSource, pilot);
    await weeklyMeasurements(app.dataSource, metric, team.region.id, team.users.manager.id, isoWeekStart(shiftDays(day, -21)), [17, 15, 14]);
    const TODAY = EVALUATION.replace('evaluation(asOf: "2026-03-30")', 'evaluation');
    expect(await app.app.get(EvaluationWarmupService).warm(day)).toBeGreaterThanOrEqual(1);
    const first = await read(pilot.id, TODAY);
    const again = await read(pilot.id, TODAY);
    expect(first.evaluation.metrics[0]?.current).toBe(14);
    // Nothing left to compute on the first read: it sends what a cached read sends.
    expect(first.statements).toBe(again.statements);
  });

  it('computes a pilot once for readers arriving together', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [team.region.id], status: 'running' });
    const metric = await aSuccessMetric(app.dataSource, pilot);
    await weeklyMeasurements(app.dataSource, metric, team.region.id, team.users.manager.id, '2026-03-02', [12, 10]);
    const service = app.app.get(PilotEvaluationService);
    const reads = vi.spyOn(app.app.get(MeasurementsRepository), 'weeklyMeansOfPilots');
    const models = (await app.app.get(PilotsRepository).byIds([pilot.id])).map(toPilotModel);
    const [first, second, third] = await Promise.all([service.evaluate(models, '2026-03-30'), service.evaluate(models, '2026-03-30'), service.evaluate(models, '2026-03-30')]);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(second?.[0]).toBe(first?.[0]);
    expect(third?.[0]).toBe(first?.[0]);
    reads.mockRestore();
  });
});

