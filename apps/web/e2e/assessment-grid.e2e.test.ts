import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramPage } from './pages/ProgramPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { uniqueName, useBrowserSession } from './support/journey';
import { apiSignedInAs, day, gql } from './support/pilot-fixtures';

const PHONE = { width: 390, height: 844 };

/** A new program of the program manager with two of the EMEA partner's units (DACH, UK & Ireland) and one outside it (US East). */
async function programInAssess(): Promise<{ id: string; name: string }> {
  const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
  try {
    const { me, units } = await gql<{ me: { id: string }; units: { id: string; code: string }[] }>(api, `query { me { id } units { id code } }`);
    const name = uniqueName('E2E assessment');
    const { createProgram } = await gql<{ createProgram: { id: string } }>(api, `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`, {
      input: { name, ownerId: me.id, sponsor: 'Dana Whitfield, CRO', startDate: day(-10), targetDate: day(200), targetModel: 'undecided' },
    });
    const unitIds = ['EMEA-DACH', 'EMEA-UKI', 'NA-USE'].map((code) => units.find((unit) => unit.code === code)?.id);
    await gql(api, `mutation ($input: AddProgramUnitsInput!) { addProgramUnits(input: $input) { id } }`, { input: { programId: createProgram.id, unitIds } });
    return { id: createProgram.id, name };
  } finally {
    await api.dispose();
  }
}

/** On a phone: picks the unit, opens the activity and says the unit does the work itself. */
async function fillOwnCell(page: Page, unit: string, activity: string, maturity: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Unit' }).click();
  await page.getByRole('option', { name: unit, exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${activity}: `) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'The unit itself' }).check();
  await dialog.getByRole('combobox', { name: 'Maturity' }).click();
  await page.getByRole('option', { name: maturity, exact: true }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: `${activity}: The unit itself` }).waitFor();
}

describe('the assessment grid', () => {
  const session = useBrowserSession();

  it('a partner fills their units’ rows on a phone; the program manager sees the duplication they reveal', async () => {
    const { page, problems } = session();
    const program = await programInAssess();

    await page.setViewportSize(PHONE);
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.partnerEmea.email);
    await new AppShell(page).waitUntilSignedIn();
    await page.goto(`/programs/${program.id}?tab=assess`);
    const programPage = new ProgramPage(page);
    await programPage.heading(program.name).waitFor();

    // The partner fills Dashboards for both their units; a unit outside their region is read-only.
    await fillOwnCell(page, 'DACH', 'Dashboards', '2 – Repeatable');
    await fillOwnCell(page, 'UK & Ireland', 'Dashboards', '3 – Defined');
    await page.getByRole('combobox', { name: 'Unit' }).click();
    await page.getByRole('option', { name: 'US East', exact: true }).click();
    await page.getByRole('button', { name: /^Dashboards: / }).click();
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Save' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `the Assess tab is ${width} px wide`).toBeLessThanOrEqual(PHONE.width);

    // The program manager, at a desk, sees the finding and follows it to its cells.
    await page.context().clearCookies();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.programManager.email);
    await new AppShell(page).waitUntilSignedIn();
    await page.goto(`/programs/${program.id}?tab=assess`);
    await programPage.selectedTab('Assess').waitFor();
    const findings = page.getByRole('list', { name: 'Findings' });
    await findings.getByText('Dashboards: DACH and UK & Ireland each do this work separately.').waitFor();
    await findings.getByRole('button', { name: 'Show the 2 cells' }).click();
    const dach = page.getByRole('button', { name: 'Edit Dashboards, DACH: The unit itself, maturity 2 (Repeatable)' });
    expect(await dach.getAttribute('data-highlighted')).toBe('true');
    const completeness = page.getByRole('list', { name: 'Completeness per unit' });
    expect(await completeness.innerText()).toContain('1 of 18');
    expect(problems).toEqual([]);
  });
});
