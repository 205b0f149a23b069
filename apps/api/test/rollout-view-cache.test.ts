import { isoWeekStart, shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/time/today.js';
import { anActivity } from './factories/assessment.factory.js';
import { aBaseline } from './factories/assessment-inventory.factory.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aCheckIn, aLesson, aPilot, aSuccessMetric, aWaveUnit, weeklyMeasurements } from './factories/pilot.factory.js';
import { computedNow, createTestApp, type TestApp } from './support/test-app.js';

const ROLLOUT = `query($id: ID!) { program(id: $id) { rolloutPlan {
  waves { units { unitName region metricState lastCheckIn { status } readiness { parts { part value } } moves { movedByName } } }
  candidates { unitName riskFlag } } } }`;

interface WaveUnitAnswer {
  unitName: string;
  region: string;
  metricState: string;
  lastCheckIn: { status: string } | null;
  readiness: { parts: { part: string; value: number | null }[] };
  moves: { movedByName: string }[];
}
interface Answer {
  program: { rolloutPlan: { waves: { units: WaveUnitAnswer[] }[]; candidates: { unitName: string; riskFlag: string | null }[] } };
}

// A program's roll-out view is kept by the versions of everything it reads, which the database moves
// on every write behind it, whoever writes: these tests write straight to the tables.
describe('the roll-out view kept by its data versions', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  const day = today();

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers an unchanged roll-out from what it kept, and sees every kind of write behind it at once', async () => {
    const { org, users } = team;
    const [lisbon, porto, faro] = await Promise.all(['Lisbon', 'Porto', 'Faro'].map((name) => aUnit(app.dataSource, org.id, { name, parentId: null, kind: 'country' })));
    if (!lisbon || !porto || !faro) throw new Error('units not made');
    const program = await aProgram(app.dataSource, org.id, users.manager.id, { name: 'Iberia', phase: 'scale' });
    for (const unit of [lisbon, porto, faro]) await aProgramUnit(app.dataSource, org.id, program.id, unit.id);
    const pilot = await aPilot(app.dataSource, org.id, program.id, { name: 'Iberia pilot', unitIds: [lisbon.id], status: 'decided', startDate: shiftDays(day, -90), endDate: shiftDays(day, -30) });
    const metric = await aSuccessMetric(app.dataSource, pilot);
    const waveStart = isoWeekStart(shiftDays(day, -14));
    const { waveUnitId } = await aWaveUnit(app.dataSource, pilot, porto.id, { stage: 'preparing', start: waveStart, end: shiftDays(day, 28) });
    const activity = await anActivity(app.dataSource, org.id, program.id, 'Lead routing');

    const read = async () => {
      const { data, statements } = await computedNow<Answer>(team.agents.manager, ROLLOUT, { id: program.id });
      const plan = data.program.rolloutPlan;
      return { porto: plan.waves[0]?.units[0], faro: plan.candidates.find((unit) => unit.unitName === 'Faro'), plan, statements };
    };

    const first = await read();
    expect(first.porto).toMatchObject({ unitName: 'Porto', region: 'Porto', metricState: 'no_data', lastCheckIn: null, moves: [] });
    expect(first.faro?.riskFlag).toBeNull();
    const second = await read();
    expect(second.plan).toEqual(first.plan);
    // The plan, its pilot, metrics, waves, units, moves, the unit tree, program units, weekly values,
    // last check-ins, data quality and risk flags (twelve statements) are not read again.
    expect(second.statements).toBe(first.statements - 12);

    // The program's data: a check-in, and a stage move by the manager.
    await aCheckIn(app.dataSource, pilot, porto.id, users.partner.id, { weekStart: isoWeekStart(day), status: 'red', submittedOn: day });
    expect((await read()).porto?.lastCheckIn).toEqual({ status: 'red' });
    await app.dataSource.query(`INSERT INTO wave_unit_move (org_id, wave_unit_id, program_id, from_stage, to_stage, moved_by_id, moved_at) VALUES ($1, $2, $3, 'not_started', 'preparing', $4, now())`, [
      org.id,
      waveUnitId,
      program.id,
      users.manager.id,
    ]);
    expect((await read()).porto?.moves).toEqual([{ movedByName: users.manager.name }]);

    // The scaled pilot's values: its metric measured in Porto since the wave started (under the target of 8 hours), and the assessment's data quality.
    await weeklyMeasurements(app.dataSource, metric, porto.id, users.manager.id, waveStart, [7, 7]);
    expect((await read()).porto?.metricState).toBe('met');
    await aBaseline(app.dataSource, org.id, program.id, { unitId: porto.id, catalogKey: 'crm_data_completeness', value: 64 });
    expect((await read()).porto?.readiness.parts.find((part) => part.part === 'data')?.value).toBe(64);

    // The organization's directory: Porto renamed and placed under a region, the manager renamed.
    await app.dataSource.query(`UPDATE unit SET name = 'Oporto', parent_id = (SELECT id FROM unit WHERE org_id = $1 AND kind = 'region' ORDER BY name LIMIT 1) WHERE id = $2`, [org.id, porto.id]);
    const [region] = await app.dataSource.query<{ name: string }[]>(`SELECT name FROM unit WHERE org_id = $1 AND kind = 'region' ORDER BY name LIMIT 1`, [org.id]);
    expect((await read()).porto).toMatchObject({ unitName: 'Oporto', region: region?.name });
    await app.dataSource.query(`UPDATE app_user SET name = 'Ana Lima' WHERE id = $1`, [users.manager.id]);
    expect((await read()).porto?.moves).toEqual([{ movedByName: 'Ana Lima' }]);

    // A lesson that routing must change before scaling flags the units that route leads locally: the
    // lesson, then Faro's assessment saying it does, then the lesson and the activity reworded.
    const lesson = await aLesson(app.dataSource, pilot, activity.id, users.manager.id, { kind: 'change_before_scaling', text: 'Route by territory first.' });
    expect((await read()).faro?.riskFlag).toBeNull();
    await app.dataSource.query(`INSERT INTO assessment_cell (org_id, program_id, activity_id, unit_id, performer) VALUES ($1, $2, $3, $4, 'local')`, [org.id, program.id, activity.id, faro.id]);
    expect((await read()).faro?.riskFlag).toBe('the pilot’s lesson on Lead routing: Route by territory first.');
    await app.dataSource.query(`UPDATE lesson SET text = 'Route by segment first.' WHERE id = $1`, [lesson.id]);
    expect((await read()).faro?.riskFlag).toBe('the pilot’s lesson on Lead routing: Route by segment first.');
    await app.dataSource.query(`UPDATE activity SET name = 'Lead assignment' WHERE id = $1`, [activity.id]);
    expect((await read()).faro?.riskFlag).toBe('the pilot’s lesson on Lead assignment: Route by segment first.');
  });
});
