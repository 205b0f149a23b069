import { isoWeekStart, shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/time/today.js';
import { aProgram, aTeam, aUnit } from './factories/organization.factory.js';
import { aCheckIn, aPilot } from './factories/pilot.factory.js';
import { createTestApp, dataOf, gql, type TestApp } from './support/test-app.js';

const READ = `query($id: ID!, $first: Int) { pilot(id: $id) { checkInCount checkIns(first: $first) { weekStart unit { name } }
  unitReports { unit { name } lastCheckIn { weekStart } previousCheckIn { weekStart status } } } }`;

interface Read {
  pilot: { checkInCount: number; checkIns: { weekStart: string; unit: { name: string } }[]; unitReports: { unit: { name: string }; lastCheckIn: { weekStart: string } | null; previousCheckIn: { weekStart: string; status: string } | null }[] };
}

describe('a pilot’s check-ins, paged', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers the newest first, says how many there are, and gives each unit the check-in this week’s is compared with', async () => {
    const thisWeek = isoWeekStart(today());
    const week = (ago: number) => shiftDays(thisWeek, -7 * ago);
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    const north = await aUnit(app.dataSource, team.org.id, { name: 'North', parentId: team.region.id });
    const south = await aUnit(app.dataSource, team.org.id, { name: 'South', parentId: team.region.id });
    const pilot = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [north.id, south.id], status: 'running', startDate: week(5), endDate: shiftDays(thisWeek, 30) });
    const checkIn = (unitId: string, ago: number, status: 'green' | 'amber' | 'red' = 'green') =>
      aCheckIn(app.dataSource, pilot, unitId, team.users.partner.id, { weekStart: week(ago), status, commentary: status === 'green' ? '' : 'The routing rules are not live yet.' });
    // North: this week, last week (amber), four weeks ago. South: three weeks ago only.
    await checkIn(north.id, 0);
    await checkIn(north.id, 1, 'amber');
    await checkIn(north.id, 4);
    await checkIn(south.id, 3, 'red');

    const page = dataOf(await gql<Read>(team.agents.executive, READ, { id: pilot.id, first: 3 })).pilot;
    expect(page.checkInCount).toBe(4);
    expect(page.checkIns.map((row) => [row.weekStart, row.unit.name])).toEqual([
      [week(0), 'North'],
      [week(1), 'North'],
      [week(3), 'South'],
    ]);
    expect(page.unitReports.map((report) => [report.unit.name, report.lastCheckIn?.weekStart, report.previousCheckIn])).toEqual([
      ['North', week(0), { weekStart: week(1), status: 'amber' }],
      ['South', week(3), { weekStart: week(3), status: 'red' }],
    ]);
    // Without `first` (left out or null), every check-in; out of range, a field error.
    expect(dataOf(await gql<Read>(team.agents.executive, READ, { id: pilot.id, first: null })).pilot.checkIns).toHaveLength(4);
    const leftOut = dataOf(await gql<{ pilot: { checkIns: unknown[] } }>(team.agents.executive, `query($id: ID!) { pilot(id: $id) { checkIns { weekStart } } }`, { id: pilot.id }));
    expect(leftOut.pilot.checkIns).toHaveLength(4);
    const refused = await gql(team.agents.executive, READ, { id: pilot.id, first: 0 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'first' }] });
  });
});
