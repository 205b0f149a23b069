import { shiftDays, weekStart } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/time/today.js';
import { aProgram, aTeam, aUnit } from './factories/organization.factory.js';
import { aPilot } from './factories/pilot.factory.js';
import { createTestApp, gql, type TestApp } from './support/test-app.js';

type Pilot = { name: string; endDate: string; gateReviewOverdue: boolean };
const GATE_REVIEWS = `{ gateReviews { name endDate gateReviewOverdue } }`;
const OWED = `{ checkInsOwed { pilot { name } } }`;
const REPORTS = `query($id: ID!) { pilot(id: $id) { gateReviewOverdue unitReports { stale } } }`;

describe('pilots past their last day wait for their gate review', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  let lateId = '';
  const now = today();

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const archived = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { archivedAt: new Date() });
    const unit = await aUnit(app.dataSource, team.org.id, { parentId: team.region.id, kind: 'country' });
    const elsewhere = await aUnit(app.dataSource, team.org.id);
    const steering = [team.users.executive.id];
    const pilot = (name: string, overrides: Parameters<typeof aPilot>[3]) => aPilot(app.dataSource, team.org.id, program.id, { name, ...overrides });
    // Ended before this week began: no check-in is owed for this week.
    const late = await pilot('Late', { unitIds: [unit.id], status: 'running', startDate: shiftDays(now, -45), endDate: shiftDays(weekStart(now), -1) });
    lateId = late.id;
    await pilot('Current', { unitIds: [unit.id], status: 'running', startDate: shiftDays(now, -10), endDate: shiftDays(now, 18), steeringMemberIds: steering });
    await pilot('Planned', { unitIds: [elsewhere.id], status: 'planned', startDate: shiftDays(now, 20), endDate: shiftDays(now, 47), steeringMemberIds: steering });
    await pilot('Decided', { unitIds: [unit.id], status: 'decided', startDate: shiftDays(now, -90), endDate: shiftDays(now, -60), steeringMemberIds: steering });
    await pilot('Elsewhere late', { unitIds: [elsewhere.id], status: 'in_review', startDate: shiftDays(now, -45), endDate: shiftDays(now, -17) });
    await aPilot(app.dataSource, team.org.id, archived.id, { name: 'Archived', unitIds: [elsewhere.id], status: 'running', startDate: shiftDays(now, -10), endDate: shiftDays(now, 18), steeringMemberIds: steering });
  });
  afterAll(async () => {
    await app.close();
  });

  it('stops asking the partner for check-ins and tells them the gate review is overdue', async () => {
    const owed = await gql<{ checkInsOwed: { pilot: { name: string } }[] }>(team.agents.partner, OWED);
    expect(owed.data?.checkInsOwed.map((item) => item.pilot.name)).toEqual(['Current']);
    const reviews = await gql<{ gateReviews: Pilot[] }>(team.agents.partner, GATE_REVIEWS);
    expect(reviews.data?.gateReviews).toEqual([{ name: 'Late', endDate: shiftDays(weekStart(now), -1), gateReviewOverdue: true }]);
    const pilot = await gql<{ pilot: { gateReviewOverdue: boolean; unitReports: { stale: boolean }[] } }>(team.agents.partner, REPORTS, { id: lateId });
    // No check-in since the start, yet nobody is chased: the pilot is over.
    expect(pilot.data?.pilot).toEqual({ gateReviewOverdue: true, unitReports: [{ stale: false }] });
  });

  it('shows an executive what their steering committees will decide and when, soonest first', async () => {
    const reviews = await gql<{ gateReviews: Pilot[] }>(team.agents.executive, GATE_REVIEWS);
    expect(reviews.data?.gateReviews).toEqual([
      { name: 'Current', endDate: shiftDays(now, 18), gateReviewOverdue: false },
      { name: 'Planned', endDate: shiftDays(now, 47), gateReviewOverdue: false },
    ]);
  });
});
