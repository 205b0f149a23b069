import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramPage } from './pages/ProgramPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { ThisWeekPage } from './pages/ThisWeekPage';
import { newSession } from './support/browser';
import { useBrowserSession } from './support/journey';
import { apiSignedInAs, createRunningPilot, day, gql } from './support/pilot-fixtures';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

describe('governance: a meeting with its generated agenda, minutes and action items', () => {
  const session = useBrowserSession();

  async function signIn(page: Page, email: string) {
    const signInPage = new SignInPage(page);
    await signInPage.goto();
    await signInPage.signIn(email);
    await new AppShell(page).waitUntilSignedIn();
  }

  it('opens tomorrow’s forum meeting with the program’s state on its agenda, records a decision and an action item; the owner is told live and finds it on This week', async () => {
    const { page, problems } = session();
    // A program whose running pilot never had a check-in, and a weekly forum meeting tomorrow (UTC).
    const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
    const pilot = await createRunningPilot(api, { unitCodes: ['EMEA-DE'], startDate: day(-21) });
    const tomorrow = day(1);
    await gql(api, `mutation ($input: CreateForumInput!) { createForum(input: $input) { id } }`, {
      input: {
        programId: pilot.programId,
        name: 'Pilot stand-up',
        purpose: 'What the pilot needs this week.',
        cadence: 'weekly',
        weekday: WEEKDAYS[new Date(`${tomorrow}T00:00:00Z`).getUTCDay()],
        weekOfMonth: null,
        startsOn: day(-14),
        startTime: '09:00',
        timeZone: 'UTC',
        durationMinutes: 30,
        attendeeIds: [],
      },
    }).finally(() => api.dispose());

    // Marco has Rollout open in another browser: his bell should move while he watches.
    const browser = page.context().browser();
    if (!browser) throw new Error('No browser');
    const marco = await newSession(browser, inject('baseUrl'));
    await signIn(marco.page, DEMO_USERS.partnerEmea.email);
    const bell = marco.page.getByRole('button', { name: /^Notifications, / });
    await bell.waitFor();
    const unreadOf = async () => Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
    const unreadBefore = await unreadOf();

    await signIn(page, DEMO_USERS.programManager.email);
    await page.goto(`/programs/${pilot.programId}?tab=govern`);
    await new ProgramPage(page).selectedTab('Govern').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Pilot stand-up' }).first().getByRole('button', { name: /^Open Pilot stand-up/ }).click();

    // The agenda is generated from the program: the pilot unit without a check-in is on it, linked to the pilot.
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    const staleLine = page.getByRole('link', { name: new RegExp(`has no check-in yet \\(${pilot.pilotName}\\)`) });
    await staleLine.waitFor();
    expect(await staleLine.getAttribute('href')).toBe(`/pilots/${pilot.pilotId}`);

    // A lead adds a line, then starts the meeting: the agenda freezes and the minutes open.
    await page.getByRole('button', { name: 'Edit agenda' }).click();
    await page.getByRole('textbox', { name: 'New line' }).fill('Enablement budget');
    await page.getByRole('button', { name: 'Save agenda' }).click();
    await page.getByText('Also on the agenda').waitFor();
    await page.getByRole('button', { name: 'Start meeting' }).click();
    await page.getByRole('heading', { name: 'Decisions' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit agenda' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Record a decision' }).click();
    const decision = page.getByRole('form', { name: 'Record a decision' });
    await decision.getByLabel('Decision').fill('Extend the pilot by two weeks');
    await decision.getByLabel('Why').fill('Its units started late.');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Extend the pilot by two weeks').waitFor();

    await page.getByRole('button', { name: 'Add an action item' }).click();
    const action = page.getByRole('form', { name: 'Add an action item' });
    await action.getByLabel('Action').fill('Chase the DACH check-in');
    await action.getByRole('combobox', { name: 'Owner', exact: true }).click();
    await page.getByRole('option', { name: 'Marco Rossi' }).click();
    await action.getByLabel('Due').fill(day(3));
    await action.getByRole('button', { name: 'Add action item' }).click();
    await page.getByText('Chase the DACH check-in').waitFor();

    // It reached Marco's open page live (the bell's fallback poll is a minute; this is seconds), and his notification says so.
    // At least one more: the other e2e files, running at the same time on the same demo company, may tell him things too.
    await expect.poll(unreadOf, { timeout: 10_000 }).toBeGreaterThanOrEqual(unreadBefore + 1);
    await bell.click();
    await marco.page.getByRole('button', { name: /New action item: Chase the DACH check-in/ }).waitFor();
    await marco.page.keyboard.press('Escape');

    // The owner finds it on This week and ticks it done.
    const thisWeek = new ThisWeekPage(marco.page);
    await thisWeek.goto();
    const mine = marco.page.getByTestId('my-action-items');
    await mine.getByText('Chase the DACH check-in').waitFor();
    // The box follows the saved status: it is clicked, not checked, and the item leaves the list once saved.
    await mine.getByRole('checkbox', { name: 'Mark “Chase the DACH check-in” done' }).click();
    await marco.page.getByText('“Chase the DACH check-in” done.').waitFor();
    await expect.poll(() => mine.getByText('Chase the DACH check-in').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(marco.problems).toEqual([]);
    await marco.context.close();
  });
});
