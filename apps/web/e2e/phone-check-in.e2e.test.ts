import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramPage } from './pages/ProgramPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { CheckInDialog, ThisWeekPage } from './pages/ThisWeekPage';
import { uniqueName, useBrowserSession } from './support/journey';
import { apiSignedInAs, createRunningPilot, day, type RunningPilot } from './support/pilot-fixtures';

const PHONE = { width: 390, height: 844 };
// Owned by Priya; the EMEA partner reports on its EMEA units.
const ROLLOUT_PROGRAM = 'Global hub-and-spoke RevOps';

/** The page is no wider than the phone: nothing makes it scroll sideways. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${where} is ${width} px wide`).toBeLessThanOrEqual(PHONE.width);
}

describe('a partner on a phone', () => {
  const session = useBrowserSession();

  async function preparePilot(): Promise<RunningPilot> {
    const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
    try {
      return await createRunningPilot(api, { unitCodes: ['EMEA-NORD'], startDate: day(-7) });
    } finally {
      await api.dispose();
    }
  }

  it('signs in, checks in on This week, sees it on the pilot page, and never scrolls sideways', async () => {
    const { page, problems } = session();
    await page.setViewportSize(PHONE);
    const pilot = await preparePilot();
    const [nordics] = pilot.units;
    if (!nordics) throw new Error('One pilot unit expected');

    const signIn = new SignInPage(page);
    await signIn.goto();
    await expectNoSidewaysScroll(page, 'Sign-in');
    await signIn.signIn(DEMO_USERS.partnerEmea.email);
    const shell = new AppShell(page);
    await shell.waitUntilSignedIn();

    // The navigation sits behind the menu button on a phone.
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    await shell.open('This week');
    const thisWeek = new ThisWeekPage(page);
    await thisWeek.heading.waitFor();
    const row = thisWeek.unitRow(pilot.pilotName, nordics.name);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('due');
    await expectNoSidewaysScroll(page, 'This week');

    await thisWeek.checkInButton(pilot.pilotName, nordics.name).click();
    const dialog = new CheckInDialog(page);
    await dialog.dialog.waitFor();
    await dialog.status('Green');
    await dialog.confidence(4);
    const highlights = uniqueName('Routing desk answered every lead within the hour');
    await dialog.highlights.fill(highlights);
    await expectNoSidewaysScroll(page, 'The check-in form');
    await dialog.submit();

    await thisWeek.unitRow(pilot.pilotName, nordics.name).and(page.locator('[data-state="done"]')).waitFor();
    expect(await row.innerText()).toContain('Green');
    await expectNoSidewaysScroll(page, 'This week after the check-in');

    // The pilot page shows it: the unit's latest status as a card, and the check-in itself.
    await thisWeek.pilot(pilot.pilotName).getByRole('link', { name: pilot.pilotName, exact: true }).click();
    await page.waitForURL(new RegExp(`/pilots/${pilot.pilotId}$`));
    await page.getByRole('heading', { name: pilot.pilotName, level: 1 }).waitFor();
    const report = page.getByRole('list', { name: 'Latest check-in per unit' }).getByTestId('unit-report').filter({ hasText: nordics.name });
    await report.waitFor();
    expect(await report.innerText()).toContain('Green');
    await page.getByText(highlights).first().waitFor();
    await expectNoSidewaysScroll(page, 'The pilot page');

    // The program's units, as cards too.
    const list = new ProgramsListPage(page);
    await list.goto();
    await list.find(ROLLOUT_PROGRAM);
    await expectNoSidewaysScroll(page, 'Programs');
    await list.open(ROLLOUT_PROGRAM);
    const program = new ProgramPage(page);
    await program.heading(ROLLOUT_PROGRAM).waitFor();
    await expectNoSidewaysScroll(page, 'The program page');
    await program.openTab('Units');
    await program.rolloutRow('DACH').waitFor();
    expect(await program.rolloutRow('DACH').evaluate((element) => element.tagName)).toBe('LI');
    await expectNoSidewaysScroll(page, 'The program’s units');

    expect(problems).toEqual([]);
  });
});
