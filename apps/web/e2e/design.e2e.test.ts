import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { DesignTab } from './pages/DesignTab';
import { ProgramPage } from './pages/ProgramPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { uniqueName, useBrowserSession } from './support/journey';
import { apiSignedInAs, day, gql } from './support/pilot-fixtures';

const PHONE = { width: 390, height: 844 };
const TRAINING_FLAG = 'Training is placed in the hub, but proximity to field leans local.';

/** A program of the demo program manager with the hybrid model chosen and the default catalog, made through the API. */
async function programWithChosenModel(): Promise<{ id: string; name: string }> {
  const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
  try {
    const { me } = await gql<{ me: { id: string } }>(api, '{ me { id } }');
    const name = uniqueName('E2E design');
    const { createProgram } = await gql<{ createProgram: { id: string } }>(api, 'mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }', {
      input: { name, objective: '', ownerId: me.id, sponsor: 'Dana Whitfield, CRO', startDate: day(-30), targetDate: day(200), targetModel: 'hybrid' },
    });
    return { id: createProgram.id, name };
  } finally {
    await api.dispose();
  }
}

describe('the Design tab: placements and decision rights', () => {
  const session = useBrowserSession();

  it('the program manager places three activities, sees the one against its dimension flagged, and changing the emphasis clears the flag', async () => {
    const { page, problems } = session();
    const program = await programWithChosenModel();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.programManager.email);
    await new AppShell(page).waitUntilSignedIn();
    await page.goto(`/programs/${program.id}?tab=design`);
    await new ProgramPage(page).selectedTab('Design').waitFor();
    const design = new DesignTab(page);
    await design.summary.filter({ hasText: '0 of 18 activities placed.' }).waitFor();

    await design.place('Lead routing', 'Hub');
    await design.place('Dashboards', 'Shared');
    // Training answers to proximity to field, which leans local by default: in the hub it is flagged.
    await design.place('Training', 'Hub');
    await design.flagOf('Training').filter({ hasText: TRAINING_FLAG }).waitFor();
    expect(await design.flags.count()).toBe(1);
    expect(await design.summary.innerText()).toBe('3 of 18 activities placed; 1 against its dimension’s emphasis.');
    const why = design.activity('Training').getByRole('textbox', { name: 'Why' });
    await why.fill('A central enablement team trains every pod.');
    await why.press('Enter');

    // Two steps from leans local to leans central: the flag goes once the emphasis is saved.
    const proximity = design.dimension('Proximity to field');
    expect(await proximity.getByTestId('dimension-emphasis').innerText()).toBe('Leans local (default)');
    await design.emphasisSlider('Proximity to field').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await design.flagOf('Training').waitFor({ state: 'detached' });
    expect(await design.flags.count()).toBe(0);
    expect(await proximity.getByTestId('dimension-emphasis').innerText()).toBe('Leans central');
    expect(await design.summary.innerText()).toBe('3 of 18 activities placed.');

    // All of it was saved: the page reads the same after a reload.
    await page.reload();
    await design.summary.filter({ hasText: '3 of 18 activities placed.' }).waitFor();
    expect(await design.dimension('Proximity to field').getByTestId('dimension-emphasis').innerText()).toBe('Leans central');
    expect(await design.activity('Training').getByRole('textbox', { name: 'Why' }).inputValue()).toBe('A central enablement team trains every pod.');
    expect(await design.shiftList('Activities without a placement').getByText('15', { exact: true }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('an executive reads the demo program’s design on a phone: placements and the flag, no controls, no sideways scroll', async () => {
    const { page, problems } = session();
    await page.setViewportSize(PHONE);
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.executive.email);
    await new AppShell(page).waitUntilSignedIn();
    const programs = new ProgramsListPage(page);
    await programs.goto();
    await programs.find('Customer Success ops consolidation');
    await programs.open('Customer Success ops consolidation');
    const programPage = new ProgramPage(page);
    await programPage.heading('Customer Success ops consolidation').waitFor();
    await programPage.openTab('Design');
    const design = new DesignTab(page);
    await design.flagOf('Training').filter({ hasText: TRAINING_FLAG }).waitFor();
    await design.activity('Dashboards').getByText('Shared: hub sets the standard, spokes execute').waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('slider').count()).toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `the Design tab is ${width} px wide`).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
  });

  it('the program manager builds a RACI row with two Accountables, sees the error as it is typed, and fixing it clears it', async () => {
    const { page, problems } = session();
    const program = await programWithChosenModel();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.programManager.email);
    await new AppShell(page).waitUntilSignedIn();
    await page.goto(`/programs/${program.id}?tab=design`);
    const raci = page.getByRole('region', { name: /Decision rights \(RACI\)/ });
    const forecasting = raci.getByRole('row').filter({ has: page.getByText('Forecasting', { exact: true }) });
    const cell = (role: string) => raci.getByRole('combobox', { name: `Forecasting × ${role}` });
    const twoAccountables = 'Forecasting has 2 Accountables (Head/VP RevOps and Finance): keep exactly one.';
    const noResponsible = 'Forecasting has no Responsible: pick at least one role to do the work.';

    // Every default domain starts with both errors; each letter is saved as it is picked.
    await forecasting.getByText(noResponsible).waitFor();
    await cell('Head/VP RevOps').selectOption('A');
    await cell('Finance').selectOption('A');
    await forecasting.getByText(twoAccountables).waitFor();
    await cell('Finance').selectOption('R');
    await forecasting.getByText(twoAccountables).waitFor({ state: 'detached' });
    await forecasting.getByText(noResponsible).waitFor({ state: 'detached' });

    // Saved: the row reads the same after a reload, and the matrix is still a draft (other domains have errors).
    await page.reload();
    await expect.poll(() => cell('Finance').inputValue()).toBe('R');
    expect(await cell('Head/VP RevOps').inputValue()).toBe('A');
    expect(await raci.getByRole('button', { name: 'Mark final' }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
  });
});
