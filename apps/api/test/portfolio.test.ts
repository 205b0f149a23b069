import { isoWeekStart, shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/time/today.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aCheckIn, aPilot, aSuccessMetric, weeklyMeasurements } from './factories/pilot.factory.js';
import { PortfolioService } from '../src/modules/portfolio/portfolio.service.js';
import { createTestApp, dataOf, gql, type TestApp } from './support/test-app.js';

const ATTENTION = `query { portfolioAttention(first: 200) { totalCount items { kind programName text link daysLate } } }`;

interface Item {
  kind: string;
  programName: string;
  text: string;
  link: string;
  daysLate: number;
}

describe('the portfolio’s attention list', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  /** A program with a pilot past its last day, a blocked unit and an overdue action item. */
  async function aTroubledProgram(name: string, archived = false) {
    const { org, users } = team;
    const program = await aProgram(app.dataSource, org.id, users.manager.id, { name, phase: 'pilot', archivedAt: archived ? new Date() : null });
    const unit = await aUnit(app.dataSource, org.id, { name: `${name} unit`, parentId: team.region.id });
    await aProgramUnit(app.dataSource, org.id, program.id, unit.id);
    await app.dataSource.query(`UPDATE program_unit SET blocked = true, note = 'Sandbox not ready' WHERE program_id = $1`, [program.id]);
    const pilot = await aPilot(app.dataSource, org.id, program.id, { name: `${name} pilot`, unitIds: [unit.id], status: 'running', startDate: shiftDays(today(), -40), endDate: shiftDays(today(), -3) });
    const [forum] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO forum (org_id, program_id, name, cadence, weekday, starts_on, start_time, time_zone, duration_minutes) VALUES ($1, $2, 'Council', 'weekly', 'MO', '2026-01-05', '09:00', 'UTC', 45) RETURNING id`,
      [org.id, program.id],
    );
    const [meeting] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO meeting (org_id, forum_id, program_id, occurs_on, starts_at, agenda) VALUES ($1, $2, $3, $4, now(), '{"items": [], "dismissedKeys": []}') RETURNING id`,
      [org.id, forum?.id, program.id, shiftDays(today(), -7)],
    );
    await app.dataSource.query(`INSERT INTO action_item (org_id, program_id, meeting_id, title, owner_id, due_on) VALUES ($1, $2, $3, 'Fix the routing rules', $4, $5)`, [org.id, program.id, meeting?.id, users.partner.id, shiftDays(today(), -2)]);
    return { program, pilot, unit, meetingId: meeting?.id ?? '' };
  }

  it('lists what is late across the active programs, each linked to its record, and leaves archived programs out', async () => {
    const { program, pilot, unit, meetingId } = await aTroubledProgram('Alpha');
    await aTroubledProgram('Archived', true);
    const items = dataOf(await gql<{ portfolioAttention: { items: Item[] } }>(team.agents.executive, ATTENTION)).portfolioAttention.items.filter((item) => item.programName === 'Alpha' || item.programName === 'Archived');
    expect(items.map((item) => [item.kind, item.text, item.link, item.daysLate])).toEqual([
      ['gate_overdue', expect.stringMatching(/^Alpha pilot ended 3 days ago \(.+\) and is not in review yet$/), `/pilots/${pilot.id}`, 3],
      ['unit_blocked', `${unit.name} is blocked: Sandbox not ready`, `/programs/${program.id}?tab=units`, 0],
      ['action_overdue', expect.stringMatching(/^Fix the routing rules \(.+\) was due .+, 2 days ago$/), `/programs/${program.id}/meetings/${meetingId}`, 2],
    ]);
  });

  it('lists units that report green while their pilot’s metric is off track there, linked to their check-in', async () => {
    const { org, users } = team;
    const program = await aProgram(app.dataSource, org.id, users.manager.id, { name: 'Zeta', phase: 'pilot' });
    const unit = await aUnit(app.dataSource, org.id, { name: 'Zeta unit', parentId: team.region.id });
    await aProgramUnit(app.dataSource, org.id, program.id, unit.id);
    const start = isoWeekStart(shiftDays(today(), -21));
    const pilot = await aPilot(app.dataSource, org.id, program.id, { name: 'Zeta pilot', unitIds: [unit.id], status: 'running', startDate: start, endDate: shiftDays(start, 55) });
    // Lead response time, 18 h before, target 8 h: the unit is at 30 h, worse than it started.
    const metric = await aSuccessMetric(app.dataSource, pilot);
    await weeklyMeasurements(app.dataSource, metric, unit.id, users.manager.id, start, [30, 31, 30]);
    await aCheckIn(app.dataSource, pilot, unit.id, users.partner.id, { weekStart: shiftDays(start, 14), status: 'green' });
    const items = dataOf(await gql<{ portfolioAttention: { items: Item[] } }>(team.agents.executive, ATTENTION)).portfolioAttention.items.filter((item) => item.programName === 'Zeta');
    expect(items.map((item) => [item.kind, item.link])).toEqual([['green_off_track', `/pilots/${pilot.id}#check-in-${unit.id}`]]);
    expect(items[0]?.text).toMatch(/^Zeta unit in Zeta pilot: Reports green for the week of .+, but Lead response time is off track in this unit\.$/);
  });

  it('tells the executives on Monday, once a week, what the portfolio needs, in the app (and by email, by their preferences)', async () => {
    await aTroubledProgram('Epsilon');
    const digests = app.app.get(PortfolioService);
    const INBOX = `query { notifications(first: 20) { kind title link } }`;
    const inbox = async () => dataOf(await gql<{ notifications: { kind: string; title: string; link: string }[] }>(team.agents.executive, INBOX)).notifications.filter((n) => n.kind === 'portfolio_digest');
    const written = await digests.sendDigests();
    expect(written).toBeGreaterThanOrEqual(1);
    const [digest, ...others] = await inbox();
    expect(others).toEqual([]);
    expect(digest).toMatchObject({ link: '/portfolio' });
    expect(digest?.title).toMatch(/^The portfolio this week: \d+ late, \d+ coming$/);
    // The same week again writes nothing new; partners get no digest.
    await digests.sendDigests();
    expect(await inbox()).toHaveLength(1);
    const partnerInbox = dataOf(await gql<{ notifications: { kind: string }[] }>(team.agents.partner, INBOX)).notifications;
    expect(partnerInbox.filter((n) => n.kind === 'portfolio_digest')).toEqual([]);
  });

  it('pages the list as the whole list orders it, wording only the requests past a service level that the page shows', async () => {
    const { org, users } = team;
    // Items of the kinds listed before requests, whichever tests ran first: a page can end before the requests.
    await aTroubledProgram('Omicron');
    const program = await aProgram(app.dataSource, org.id, users.manager.id, { name: 'Omega', phase: 'pilot' });
    const [type] = await app.dataSource.query<{ id: string }[]>(`INSERT INTO request_type (org_id, program_id, name, triage_days, deliver_days, position) VALUES ($1, $2, 'Data fix', 2, 10, 0) RETURNING id`, [org.id, program.id]);
    // Twelve requests filed twenty days ago, none triaged: REQ-1 … REQ-12, which the list orders as their lines read (REQ-1, REQ-10, REQ-11, REQ-12, REQ-13, REQ-14, REQ-2, …).
    for (let number = 1; number <= 12; number++) {
      await app.dataSource.query(
        `INSERT INTO revops_request (org_id, program_id, number, type_id, unit_id, problem, filed_by_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now() - interval '20 days')`,
        [org.id, program.id, number, type?.id, team.region.id, `Problem number ${number}`, users.partner.id],
      );
    }
    // Either side of each service level (triage in 2 days, delivery in 10): two more are past one, five are not.
    const more: [number, string, string, string | null, string | null][] = [
      [13, 'committed', '20 days', '19 days', null], // triaged in time, not delivered: 10 days past delivery
      [14, 'new', '3 days', null, null], // a day past triage
      [15, 'new', '2 days', null, null], // triage due today
      [16, 'delivered', '20 days', '19 days', '12 days'],
      [17, 'declined', '20 days', '19 days', null],
      [18, 'triaged', '20 days', '19 days', '20 days'], // delivered on the day, still open in this test's data
      [19, 'new', '1 day', null, null],
    ];
    for (const [number, status, filed, triaged, delivered] of more) {
      await app.dataSource.query(
        `INSERT INTO revops_request (org_id, program_id, number, type_id, unit_id, problem, filed_by_id, status, created_at, triaged_at, delivered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - $9::interval, now() - $10::interval, now() - $11::interval)`,
        [org.id, program.id, number, type?.id, team.region.id, `Problem number ${number}`, users.partner.id, status, filed, triaged, delivered],
      );
    }
    // Two programs after it, both named Psi, each with one request past triage: read only by pages
    // reaching them, and both at once, since their lines interleave.
    for (const problem of ['Locked out', 'Access to reports']) {
      const psi = await aProgram(app.dataSource, org.id, users.manager.id, { name: 'Psi', phase: 'pilot' });
      const [psiType] = await app.dataSource.query<{ id: string }[]>(`INSERT INTO request_type (org_id, program_id, name, triage_days, deliver_days, position) VALUES ($1, $2, 'Access', 1, 5, 0) RETURNING id`, [org.id, psi.id]);
      await app.dataSource.query(
        `INSERT INTO revops_request (org_id, program_id, number, type_id, unit_id, problem, filed_by_id, created_at) VALUES ($1, $2, 1, $3, $4, $5, $6, now() - interval '4 days')`,
        [org.id, psi.id, psiType?.id, team.region.id, problem, users.partner.id],
      );
    }
    const page = async (first: number) => dataOf(await gql<{ portfolioAttention: { totalCount: number; items: Item[] } }>(team.agents.executive, `query { portfolioAttention(first: ${first}) { totalCount items { kind programName text link daysLate } } }`)).portfolioAttention;
    const whole = await page(200);
    const omega = whole.items.filter((item) => item.programName === 'Omega');
    expect(omega.map((item) => [item.kind, item.text.split(':')[0]])).toEqual(
      [1, 10, 11, 12, 13, 14, 2, 3, 4, 5, 6, 7, 8, 9].map((number) => ['request_breached', `REQ-${number} Problem number ${number}`]),
    );
    expect(omega.find((item) => item.text.startsWith('REQ-13 '))?.text).toMatch(/: 10 days past its delivery target \(Data fix: 10 days, due .+\)$/);
    expect(omega.find((item) => item.text.startsWith('REQ-14 '))?.text).toMatch(/: Waiting 1 day past its triage target \(Data fix: 2 days, due .+\)$/);
    // Counted where the requests are, the whole list holds exactly what the backlog's rule words.
    expect(whole.totalCount).toBe(whole.items.length);
    const afterOmega = whole.items.indexOf(omega.at(-1) as Item) + 1;
    expect(whole.items.slice(afterOmega, afterOmega + 2).map((item) => [item.programName, item.text.split(':')[0]])).toEqual([
      ['Psi', 'REQ-1 Access to reports'],
      ['Psi', 'REQ-1 Locked out'],
    ]);
    // A page ending before them, among them or past them holds the whole list's first items, worded the same, and counts them all.
    const firstOmega = whole.items.indexOf(omega[0] as Item);
    for (const first of [firstOmega, firstOmega + 1, firstOmega + 5, afterOmega + 1]) {
      const part = await page(first);
      expect(part.items).toEqual(whole.items.slice(0, first));
      expect(part.totalCount).toBe(whole.totalCount);
    }
  });

  it('reads the same number of statements however many programs need attention', async () => {
    const read = async () => Number((await team.agents.executive.post('/graphql').set('apollo-require-preflight', 'true').send({ query: ATTENTION })).headers['x-db-statements']);
    // The second read of the same data: new pilots' evaluations are computed once, then cached.
    const statements = async () => (await read(), await read());
    const before = await statements();
    for (const name of ['Beta', 'Gamma', 'Delta']) await aTroubledProgram(name);
    expect(await statements()).toBe(before);
  });
});
