import { shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/time/today.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aPilot, aWaveUnit } from './factories/pilot.factory.js';
import { computedNow, createTestApp, type TestApp } from './support/test-app.js';

const UNITS = `query { units { name rollouts { blocked program { name } stage { stage } } } }`;

interface Answer {
  units: { name: string; rollouts: { blocked: boolean; program: { name: string }; stage: { stage: string } }[] }[];
}

// Each program's units and their stages are kept by the program's data version, which the database
// moves on every write behind them, whoever writes: these tests write straight to the tables.
describe('the units page’s rollouts kept per program', () => {
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

  it('answers unchanged programs from what it kept, and sees every write behind a unit’s place in a program at once', async () => {
    const { org, users } = team;
    const lisbon = await aUnit(app.dataSource, org.id, { name: 'Lisbon', parentId: null, kind: 'country' });
    const program = await aProgram(app.dataSource, org.id, users.manager.id, { name: 'Iberia', phase: 'pilot' });
    await aProgramUnit(app.dataSource, org.id, program.id, lisbon.id);

    const read = async () => {
      const { data, statements } = await computedNow<Answer>(team.agents.admin, UNITS);
      return { units: data.units, lisbon: data.units.find((unit) => unit.name === 'Lisbon')?.rollouts, statements };
    };

    const first = await read();
    expect(first.lisbon).toEqual([{ blocked: false, program: { name: 'Iberia' }, stage: { stage: 'not_started' } }]);
    const second = await read();
    expect(second.units).toEqual(first.units);
    // The program's units, pilots and waves (three statements) are not read again.
    expect(second.statements).toBe(first.statements - 3);

    // Reported blocked, then in a running pilot, then live in a wave of its roll-out.
    await app.dataSource.query(`UPDATE program_unit SET blocked = true WHERE program_id = $1 AND unit_id = $2`, [program.id, lisbon.id]);
    expect((await read()).lisbon?.[0]?.blocked).toBe(true);
    const pilot = await aPilot(app.dataSource, org.id, program.id, { name: 'Iberia pilot', unitIds: [lisbon.id], status: 'running', startDate: shiftDays(day, -20), endDate: shiftDays(day, 20) });
    expect((await read()).lisbon?.[0]?.stage.stage).toBe('piloting');
    await app.dataSource.query(`UPDATE pilot SET status = 'decided', end_date = $2 WHERE id = $1`, [pilot.id, shiftDays(day, -10)]);
    const other = await aUnit(app.dataSource, org.id, { name: 'Porto', parentId: null, kind: 'country' });
    await aProgramUnit(app.dataSource, org.id, program.id, other.id);
    await aWaveUnit(app.dataSource, pilot, other.id, { stage: 'live', start: shiftDays(day, -7), end: shiftDays(day, 21) });
    expect((await read()).units.find((unit) => unit.name === 'Porto')?.rollouts[0]?.stage.stage).toBe('live');

    // The program renamed (read fresh, not kept), then the unit leaving it.
    await app.dataSource.query(`UPDATE program SET name = 'Iberia 2027' WHERE id = $1`, [program.id]);
    expect((await read()).lisbon?.[0]?.program.name).toBe('Iberia 2027');
    await app.dataSource.query(`DELETE FROM program_unit WHERE program_id = $1 AND unit_id = $2`, [program.id, lisbon.id]);
    expect((await read()).lisbon).toEqual([]);
  });
});
