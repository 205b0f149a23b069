import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { DesignTab } from './pages/DesignTab';
import { ProgramPage } from './pages/ProgramPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { uniqueName, useBrowserSession } from './support/journey';
import { pdfText } from './support/pdf';
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

/**
 * Brings a program close to a sign-off through the API: every activity but `leftOpen` placed in the
 * hub, and a RACI filled from a file (each domain Accountable in the hub, Finance Responsible) where
 * Forecasting has two Accountables.
 */
async function almostSignable(programId: string, leftOpen: readonly string[]): Promise<void> {
  const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
  try {
    const { program } = await gql<{ program: { design: { unplacedActivities: { id: string; name: string }[] }; raci: { domains: { name: string }[] } } }>(
      api,
      'query ($id: ID!) { program(id: $id) { design { unplacedActivities { id name } } raci { domains { name } } } }',
      { id: programId },
    );
    for (const activity of program.design.unplacedActivities.filter((one) => !leftOpen.includes(one.name))) {
      await gql(api, 'mutation ($input: SavePlacementInput!) { savePlacement(input: $input) { id } }', {
        input: { programId, activityId: activity.id, placement: 'hub', reason: 'One team, one standard.' },
      });
    }
    const rows = program.raci.domains.map((domain) => `${domain.name},A,${domain.name === 'Forecasting' ? 'A' : 'R'}`);
    const file = ['Domain,Head/VP RevOps,Finance', ...rows].join('\n');
    const response = await api.post(`/api/programs/${programId}/raci-imports/commit`, {
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'raci.csv' },
      data: Buffer.from(file),
    });
    expect(response.status(), await response.text()).toBe(200);
  } finally {
    await api.dispose();
  }
}

/** Text as a PDF holds it: line breaks, spacing and case (table headers print in capitals) vary, so comparisons ignore them. */
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

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

  it('the program manager finishes the design, signs it off, and prints the target model summary for the steering committee', async () => {
    const { page, problems } = session();
    const program = await programWithChosenModel();
    await almostSignable(program.id, ['Lead routing', 'Dashboards', 'Training']);
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.programManager.email);
    await new AppShell(page).waitUntilSignedIn();
    await page.goto(`/programs/${program.id}?tab=design`);
    const design = new DesignTab(page);
    await design.summary.filter({ hasText: /^15 of 18 activities placed/ }).waitFor();

    // The last three activities placed in the browser; the sign-off names what still blocks it.
    const signOff = page.getByRole('region', { name: 'Sign-off' });
    await signOff.getByText('Place every activity: Lead routing, Dashboards and Training have no placement.').waitFor();
    await design.place('Lead routing', 'Hub');
    await design.place('Dashboards', 'Shared');
    await design.place('Training', 'Hub');
    await design.summary.filter({ hasText: /^18 of 18 activities placed/ }).waitFor();
    await signOff.getByText(/^Place every activity/).waitFor({ state: 'detached' });

    // The RACI's one error fixed, its warnings acknowledged, marked final.
    const raci = page.getByRole('region', { name: /Decision rights \(RACI\)/ });
    const twoAccountables = 'Forecasting has 2 Accountables (Head/VP RevOps and Finance): keep exactly one.';
    await raci.getByText(twoAccountables).waitFor();
    await raci.getByRole('combobox', { name: 'Forecasting × Finance' }).selectOption('R');
    await raci.getByText(twoAccountables).waitFor({ state: 'detached' });
    for (const warning of await raci.getByRole('checkbox', { name: /^Acknowledge:/ }).all()) await warning.check();
    await raci.getByRole('button', { name: 'Mark final' }).click();
    await raci.getByText(/^Marked final on /).waitFor();

    // Signed off with a note, after a confirmation: the design reads only.
    await signOff.getByRole('textbox', { name: /Sign-off note/ }).fill('Steering committee, 4 December');
    await signOff.getByRole('button', { name: 'Sign off version 1' }).click();
    await page.getByRole('dialog', { name: 'Sign off version 1?' }).getByRole('button', { name: 'Sign off' }).click();
    await signOff.getByText('Version 1 · Signed off').waitFor();
    await page.getByText('Version 1 is signed off', { exact: true }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await raci.getByRole('combobox').count()).toBe(0);

    // The summary: one page, its workbook, and its print for the steering committee.
    await page.getByRole('link', { name: 'Target model summary' }).click();
    await page.getByRole('heading', { name: 'Target model summary', level: 1 }).waitFor();
    const why = page.getByRole('region', { name: 'The model and why' });
    await why.getByText(/^Version 1 signed off on .* by Priya Shah: “Steering committee, 4 December”$/).waitFor();
    const risks = page.getByRole('region', { name: 'Open risks' });
    await risks.getByText(TRAINING_FLAG).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^e2e-design-.*-target-model\.xlsx$/);

    await page.emulateMedia({ media: 'print' });
    const { text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    const printed = squash(text);
    for (const expected of [
      'Target model summary',
      program.name,
      'Hybrid',
      'Version 1 signed off',
      'Steering committee, 4 December',
      'Placement map',
      'Central hub (17)',
      'Shared: hub sets the standard, spokes execute (1)',
      'Decision rights (RACI)',
      'Head/VP RevOps',
      'Roles and headcount',
      'Current vs target',
      'Open risks',
      TRAINING_FLAG,
    ]) {
      expect(printed, `the printed summary shows “${expected}”`).toContain(squash(expected));
    }
    // The print is the document alone: no menu, no buttons.
    for (const absent of ['Sign out', 'Metric catalog', 'Print or save as PDF', 'Download XLSX']) {
      expect(printed, `the printed summary leaves out “${absent}”`).not.toContain(squash(absent));
    }
    expect(problems).toEqual([]);
  });
});
