import type { MockLink } from '@apollo/client/testing';
import { shiftDays, weekStart as weekStartOf, type RagStatus } from '@rollout/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { formatLocalDate, todayLocalDate } from '../../../shared/lib/format';
import { ThisWeekQuery } from '../hooks/useThisWeek';
import { ThisWeekPage } from './ThisWeekPage';

const THIS_WEEK = weekStartOf(todayLocalDate());

function aPilot(name: string, programName: string, startDate = shiftDays(THIS_WEEK, -14)) {
  return {
    __typename: 'Pilot' as const,
    id: anId(),
    name,
    status: 'running' as const,
    startDate,
    endDate: shiftDays(startDate, 27),
    program: { __typename: 'Program' as const, id: anId(), name: programName },
  };
}

function aCheckIn(status: RagStatus, week = THIS_WEEK) {
  return {
    __typename: 'CheckIn' as const,
    id: anId(),
    version: 1,
    status,
    confidence: 4,
    highlights: '',
    blockers: '',
    asksForHelp: '',
    commentary: status === 'green' ? '' : 'Two legacy forms still bypass routing.',
    submittedOn: week,
    weekStart: week,
    submittedBy: { __typename: 'User' as const, id: anId(), name: 'Marco Rossi' },
  };
}

function owed(
  pilot: ReturnType<typeof aPilot>,
  unit: { name: string; code: string },
  options: { checkIn?: ReturnType<typeof aCheckIn>; previous?: ReturnType<typeof aCheckIn>; stale?: boolean; week?: string; wave?: { id: string; name: string; plannedStart: string } } = {},
) {
  const unitId = anId();
  const previous = options.previous;
  return {
    __typename: 'OwedCheckIn' as const,
    unitId,
    weekStart: options.week ?? THIS_WEEK,
    stale: options.stale ?? false,
    unit: { __typename: 'Unit' as const, id: unitId, ...unit },
    pilot,
    checkIn: options.checkIn ?? null,
    previousCheckIn: previous ? { __typename: 'CheckIn' as const, id: previous.id, status: previous.status, weekStart: previous.weekStart } : null,
    wave: options.wave ? { __typename: 'OwedWave' as const, ...options.wave } : null,
  };
}

function aGateReview(pilot: ReturnType<typeof aPilot>, overdue = false) {
  return { ...pilot, gateReviewOverdue: overdue };
}

function weekMock(weekStart: string, items: ReturnType<typeof owed>[], gateReviews: ReturnType<typeof aGateReview>[] = []): MockLink.MockedResponse {
  return { request: { query: ThisWeekQuery, variables: { weekStart } }, result: { data: { checkInsOwed: items, gateReviews } } };
}

function renderPage(mocks: MockLink.MockedResponse[], route = '/this-week', role: 'regional_partner' | 'executive' = 'regional_partner') {
  return renderWithApp(<ThisWeekPage />, { route, path: '/this-week', user: aCurrentUser({ role }), mocks });
}

function unitRow(name: string): HTMLElement {
  const row = screen.getAllByTestId('this-week-unit').find((element) => within(element).queryByText(name, { exact: true }));
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

describe('ThisWeekPage', () => {
  it('groups the check-ins by pilot, with what is done, what is due and which units are stale', async () => {
    const wave = aPilot('UK & Ireland routing wave 0', 'Global hub-and-spoke RevOps');
    const forecast = aPilot('Nordics forecast call', 'EMEA forecasting');
    renderPage([
      weekMock(THIS_WEEK, [
        owed(wave, { name: 'UK & Ireland', code: 'EMEA-UKI' }, { previous: aCheckIn('amber', shiftDays(THIS_WEEK, -7)) }),
        owed(forecast, { name: 'Nordics', code: 'EMEA-NORD' }, { stale: true }),
        owed(wave, { name: 'DACH', code: 'EMEA-DACH' }, { checkIn: aCheckIn('green') }),
      ]),
    ]);

    const pilots = await screen.findAllByTestId('this-week-pilot');
    expect(pilots).toHaveLength(2);
    const [first, second] = pilots;
    if (!first || !second) throw new Error('Two pilots expected');
    // Pilot name links to the pilot, with its program; its units listed under it.
    expect(within(first).getByRole('link', { name: 'UK & Ireland routing wave 0' }).getAttribute('href')).toBe(`/pilots/${wave.id}`);
    expect(within(first).getByRole('link', { name: 'Global hub-and-spoke RevOps' }).getAttribute('href')).toBe(`/programs/${wave.program.id}`);
    expect(within(first).getAllByTestId('this-week-unit').map((row) => row.getAttribute('data-unit-code'))).toEqual(['EMEA-UKI', 'EMEA-DACH']);
    expect(within(first).getByText('1 of 2 done')).toBeTruthy();
    expect(within(first).getByText(/week 3 of 4/)).toBeTruthy();
    expect(within(second).getAllByTestId('this-week-unit').map((row) => row.getAttribute('data-unit-code'))).toEqual(['EMEA-NORD']);

    expect(screen.getByTestId('this-week-summary').textContent).toContain('1 of 3 check-ins done');
    expect(screen.getByTestId('this-week-summary').textContent).toContain('1 unit has had no check-in for more than 7 days');

    // Done: this week's status and an update option.
    const dach = unitRow('DACH');
    expect(dach.getAttribute('data-state')).toBe('done');
    expect(within(dach).getByText('Green')).toBeTruthy();
    expect(within(dach).getByRole('button', { name: 'Update the check-in for DACH' })).toBeTruthy();
    // Due: a check-in button, last week's status for reference.
    const uki = unitRow('UK & Ireland');
    expect(uki.getAttribute('data-state')).toBe('due');
    expect(within(uki).getByText('Due')).toBeTruthy();
    expect(within(uki).getByText('Amber')).toBeTruthy();
    expect(within(uki).getByRole('button', { name: 'Check in for UK & Ireland' })).toBeTruthy();
    // Stale units are flagged.
    expect(within(unitRow('Nordics')).getByText('No check-in for more than 7 days')).toBeTruthy();
    expect(within(uki).queryByText('No check-in for more than 7 days')).toBeNull();
  });

  it('lists the units rolling out in a wave apart from the pilot they scale, linked to the roll-out', async () => {
    const dach = aPilot('DACH hub', 'Global hub-and-spoke RevOps', shiftDays(THIS_WEEK, -120));
    const wave1 = { id: anId(), name: 'Wave 1', plannedStart: shiftDays(THIS_WEEK, -14) };
    renderPage([weekMock(THIS_WEEK, [owed(dach, { name: 'Nordics', code: 'EMEA-NORD' }, { wave: wave1 }), owed(dach, { name: 'Benelux', code: 'EMEA-BNL' }, { wave: wave1, checkIn: aCheckIn('green') })])]);
    const [group] = await screen.findAllByTestId('this-week-pilot');
    if (!group) throw new Error('A wave group expected');
    expect(within(group).getByRole('link', { name: 'Wave 1 · roll-out of DACH hub' }).getAttribute('href')).toBe(`/programs/${dach.program.id}?tab=scale`);
    expect(within(group).getByText(/week 3 of the wave/)).toBeTruthy();
    expect(within(group).getByText('1 of 2 done')).toBeTruthy();
    expect(unitRow('Nordics').getAttribute('data-state')).toBe('due');
  });

  it('says when everything is done', async () => {
    const wave = aPilot('UK & Ireland routing wave 0', 'Global hub-and-spoke RevOps');
    renderPage([weekMock(THIS_WEEK, [owed(wave, { name: 'UK & Ireland', code: 'EMEA-UKI' }, { checkIn: aCheckIn('amber') })])]);

    const summary = await screen.findByTestId('this-week-summary');
    expect(summary.textContent).toContain('1 of 1 check-ins done');
    expect(summary.textContent).toContain('All done for this week.');
  });

  it('shows an empty state to someone with nothing to report', async () => {
    renderPage([weekMock(THIS_WEEK, [])]);

    expect(await screen.findByText('No check-ins to do')).toBeTruthy();
    expect(screen.queryByTestId('this-week-summary')).toBeNull();
  });

  it('shows an executive on a steering committee what it will decide and when, instead of an empty page', async () => {
    const wave = aPilot('UK & Ireland routing wave 0', 'Global hub-and-spoke RevOps');
    renderPage([weekMock(THIS_WEEK, [], [aGateReview(wave)])], '/this-week', 'executive');

    const review = await screen.findByTestId('gate-review');
    expect(within(review).getByRole('link', { name: 'UK & Ireland routing wave 0' }).getAttribute('href')).toBe(`/pilots/${wave.id}`);
    expect(within(review).getByRole('link', { name: 'Global hub-and-spoke RevOps' }).getAttribute('href')).toBe(`/programs/${wave.program.id}`);
    expect(review.textContent).toContain(`Gate review after ${formatLocalDate(wave.endDate)} · Week 3 of 4`);
    expect(screen.queryByText('No check-ins to do')).toBeNull();
    expect(screen.queryByText(/no units in a running pilot/)).toBeNull();
  });

  it('tells a partner a pilot that ended is overdue for its gate review, beside this week’s check-ins', async () => {
    const wave = aPilot('UK & Ireland routing wave 0', 'Global hub-and-spoke RevOps');
    const ended = aPilot('DACH hub routing pilot', 'Global hub-and-spoke RevOps', shiftDays(THIS_WEEK, -42));
    renderPage([weekMock(THIS_WEEK, [owed(wave, { name: 'UK & Ireland', code: 'EMEA-UKI' })], [aGateReview(ended, true)])]);

    const review = await screen.findByTestId('gate-review');
    expect(review.getAttribute('data-overdue')).toBe('true');
    expect(review.textContent).toContain(`Overdue for gate review: the pilot ended on ${formatLocalDate(ended.endDate)}. No more check-ins are due.`);
    // Only the running pilot asks for a check-in.
    expect(screen.getAllByTestId('this-week-pilot')).toHaveLength(1);
  });

  it('shows an earlier week picked in the week picker, and keeps it in the URL', async () => {
    const lastWeek = shiftDays(THIS_WEEK, -7);
    const wave = aPilot('UK & Ireland routing wave 0', 'Global hub-and-spoke RevOps');
    const { user, currentLocation } = renderPage([
      weekMock(THIS_WEEK, [owed(wave, { name: 'UK & Ireland', code: 'EMEA-UKI' })]),
      weekMock(lastWeek, [owed(wave, { name: 'UK & Ireland', code: 'EMEA-UKI' }, { checkIn: aCheckIn('amber', lastWeek), week: lastWeek })]),
    ]);

    await waitFor(() => expect(unitRow('UK & Ireland').getAttribute('data-state')).toBe('due'));
    await user.click(screen.getByRole('combobox', { name: 'Week' }));
    await user.click(await screen.findByRole('option', { name: /^Last week/ }));

    await waitFor(() => expect(unitRow('UK & Ireland').getAttribute('data-state')).toBe('done'));
    expect(currentLocation()).toBe(`/this-week?week=${lastWeek}`);
    expect(within(unitRow('UK & Ireland')).getByText('Amber')).toBeTruthy();
  });

  it('owes nothing for a week before the pilot started', async () => {
    const lastWeek = shiftDays(THIS_WEEK, -7);
    const fresh = aPilot('APAC routing pilot', 'Global hub-and-spoke RevOps', THIS_WEEK);
    renderPage([weekMock(lastWeek, [owed(fresh, { name: 'ANZ', code: 'APAC-ANZ' }, { week: lastWeek })])], `/this-week?week=${lastWeek}`);

    await waitFor(() => expect(unitRow('ANZ').getAttribute('data-state')).toBe('not-started'));
    expect(within(unitRow('ANZ')).queryByRole('button')).toBeNull();
    expect(screen.getByTestId('this-week-summary').textContent).toContain('0 of 0 check-ins done');
  });
});
