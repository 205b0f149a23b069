import { weekStart } from '@rollout/domain';
import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { CheckInDialog, ThisWeekPage } from './pages/ThisWeekPage';
import { uniqueName, useBrowserSession } from './support/journey';
import { apiSignedInAs, createRunningPilot, day, gqlRaw, type RunningPilot } from './support/pilot-fixtures';

describe('pilot check-ins', () => {
  const session = useBrowserSession();

  /** A running pilot of the spec's own, in one EMEA unit (Marco's region) and one North American unit (not his). */
  async function preparePilot(): Promise<RunningPilot> {
    const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
    try {
      return await createRunningPilot(api, { unitCodes: ['EMEA-NORD', 'NA-USW'], startDate: day(-7) });
    } finally {
      await api.dispose();
    }
  }

  it('lets the EMEA partner check in his unit on This week, shows it on the pilot page, and nothing outside his region', async () => {
    const { page, context, problems } = session();
    const pilot = await preparePilot();
    const [nordics, usWest] = pilot.units;
    if (!nordics || !usWest) throw new Error('Two pilot units expected');

    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.partnerEmea.email);
    const shell = new AppShell(page);
    await shell.waitUntilSignedIn();
    await shell.open('This week');
    const thisWeek = new ThisWeekPage(page);
    await thisWeek.heading.waitFor();

    // His unit is due; the North American unit of the same pilot is not his to report.
    const row = thisWeek.unitRow(pilot.pilotName, nordics.name);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('due');
    expect(await thisWeek.unitRow(pilot.pilotName, usWest.name).count()).toBe(0);
    expect(await thisWeek.pilot(pilot.pilotName).innerText()).toContain('0 of 1 done');

    // Amber needs commentary: refused in the form first, then submitted with it.
    await thisWeek.checkInButton(pilot.pilotName, nordics.name).click();
    const dialog = new CheckInDialog(page);
    await dialog.dialog.waitFor();
    await dialog.status('Amber');
    await dialog.confidence(3);
    const highlights = uniqueName('Routing desk staffed for the Nordics');
    const commentary = uniqueName('Two SDR vacancies slow the desk down');
    await dialog.highlights.fill(highlights);
    await dialog.submitButton.click();
    await dialog.dialog.getByText('Say why the status is amber (at least 10 characters).', { exact: true }).waitFor();
    await dialog.commentary.fill(commentary);
    await dialog.submit();

    await thisWeek.unitRow(pilot.pilotName, nordics.name).and(page.locator('[data-state="done"]')).waitFor();
    expect(await row.innerText()).toContain('Amber');
    expect(await thisWeek.pilot(pilot.pilotName).innerText()).toContain('1 of 1 done');

    // The pilot page shows the check-in, lets him update it, and offers nothing for US West.
    await thisWeek.pilot(pilot.pilotName).getByRole('link', { name: pilot.pilotName, exact: true }).click();
    await page.waitForURL(new RegExp(`/pilots/${pilot.pilotId}$`));
    await page.getByRole('heading', { name: pilot.pilotName, level: 1 }).waitFor();
    await page.getByText(commentary).first().waitFor();
    await page.getByText(highlights).first().waitFor();
    await page.getByRole('button', { name: `Update the check-in for ${nordics.name}` }).waitFor();
    const usWestActions = page.getByRole('button', { name: new RegExp(`^(Check in for|Update the check-in for) ${usWest.name}$`) });
    expect(await usWestActions.count()).toBe(0);

    // And the API refuses a check-in for it anyway.
    const refused = await gqlRaw(context.request, `mutation ($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { id } }`, {
      input: { pilotId: pilot.pilotId, unitId: usWest.id, weekStart: weekStart(day(0)), status: 'green', confidence: 4 },
    });
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect(problems).toEqual([]);
  });
});
