import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { PilotFormDialog, PilotPage, ProgramPilotsCard, SuccessMetricFormDialog } from './pages/PilotPage';
import { ProgramPage } from './pages/ProgramPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { uniqueName, useBrowserSession } from './support/journey';

const PROGRAM = 'Global hub-and-spoke RevOps';
// Daniel Kim leads the program (Priya Shah owns it); both may set up its pilots.
const PROGRAM_LEAD = DEMO_USERS.programLead.email;
const RUNNING_DEMO_PILOT = 'UK & Ireland and US East routing wave 0';

describe('pilot setup', () => {
  const session = useBrowserSession();

  async function openProgramAs(email: string): Promise<ProgramPilotsCard> {
    const { page } = session();
    const signIn = new SignInPage(page);
    const list = new ProgramsListPage(page);
    await signIn.goto();
    await signIn.signIn(email);
    await new AppShell(page).waitUntilSignedIn();
    // Executives land on the portfolio, everyone else on the programs: open the list either way.
    await list.goto();
    await list.find(PROGRAM);
    await list.open(PROGRAM);
    await new ProgramPage(page).heading(PROGRAM).waitFor();
    const pilots = new ProgramPilotsCard(page);
    await pilots.rows.first().waitFor();
    return pilots;
  }

  it('lets the program lead create a pilot, add a catalog metric with baseline and target, and start it', async () => {
    const { page, problems } = session();
    const pilots = await openProgramAs(PROGRAM_LEAD);
    const name = uniqueName('US West routing pilot');

    await pilots.newPilotButton.click();
    const form = new PilotFormDialog(page);
    await form.name.fill(name);
    await form.hypothesis.fill('If the hub owns lead routing, US West answers inbound leads within 10 hours.');
    await form.pick(form.pilotUnits, 'US West (NA-USW)');
    await form.pick(form.comparisonUnits, 'France & Benelux (EMEA-FRB)');
    // The end date is left empty: the hint says it defaults to four weeks after the start.
    await form.dialog.getByText(/^Leave empty for four weeks: the pilot then ends on /).waitFor();
    await form.submit('Create pilot');

    const pilot = new PilotPage(page);
    await pilot.heading(name).waitFor();
    expect(await pilot.status.getAttribute('data-status')).toBe('planned');
    expect(await page.getByRole('link', { name: PROGRAM }).getAttribute('href')).toMatch(/^\/programs\//);
    await pilot.emptyMetrics.waitFor();
    expect(await page.getByTestId('pilot-units').innerText()).toContain('US West');
    expect(await page.getByTestId('pilot-comparison-units').innerText()).toContain('France & Benelux');

    await pilot.addMetricButton.click();
    await new SuccessMetricFormDialog(page).addFromCatalog('Lead response time', '20', '10');
    const card = pilot.metricCard('Lead response time');
    await card.waitFor();
    expect(await card.getByTestId('metric-baseline').innerText()).toContain('20 h');
    expect(await card.getByTestId('metric-target').innerText()).toContain('10 h');

    await pilot.moveOn('Start pilot');
    await page.waitForFunction(() => document.querySelector('h1 ~ [data-status]')?.getAttribute('data-status') === 'running');
    await pilot.moveToReviewButton.waitFor();
    // Success metrics are fixed once the pilot runs.
    expect(await pilot.addMetricButton.count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Edit Lead response time' }).count()).toBe(0);
    expect(await pilot.deleteButton.count()).toBe(0);

    // Stored, not just shown; and the program lists it as running.
    await page.reload();
    await pilot.heading(name).waitFor();
    expect(await pilot.status.getAttribute('data-status')).toBe('running');
    await pilot.metricCard('Lead response time').waitFor();
    await page.getByRole('link', { name: PROGRAM }).click();
    const row = new ProgramPilotsCard(page).row(name);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('running');

    expect(problems).toEqual([]);
  });

  it('refuses to start a pilot without a success metric and says why', async () => {
    const { page, problems } = session();
    const pilots = await openProgramAs(PROGRAM_LEAD);
    const name = uniqueName('Nordics pilot');

    await pilots.newPilotButton.click();
    const form = new PilotFormDialog(page);
    await form.name.fill(name);
    await form.hypothesis.fill('The hub forecast call works for the Nordics without a local analyst.');
    await form.pick(form.pilotUnits, 'Nordics (EMEA-NORD)');
    await form.submit('Create pilot');
    const pilot = new PilotPage(page);
    await pilot.heading(name).waitFor();

    // Start pilot says why it cannot start, on hover and to screen readers, and opens nothing.
    await pilot.startButton.hover();
    await page.getByRole('tooltip').getByText('Add at least one success metric with a baseline and a target before starting the pilot.').waitFor();
    expect(await pilot.startButton.getAttribute('aria-description')).toBe('Add at least one success metric with a baseline and a target before starting the pilot.');
    await pilot.startButton.click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await pilot.status.getAttribute('data-status')).toBe('planned');

    // A planned pilot can be deleted, after confirmation.
    await pilot.deleteButton.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete pilot' }).click();
    await page.waitForURL(/\/programs\/[^/]+$/);
    await new ProgramPilotsCard(page).rows.first().waitFor();
    expect(await new ProgramPilotsCard(page).row(name).count()).toBe(0);

    expect(problems).toEqual([]);
  });

  it('shows an executive the running demo pilot with its metrics and check-ins, and nothing to change', async () => {
    const { page, problems } = session();
    const pilots = await openProgramAs(DEMO_USERS.executive.email);
    expect(await pilots.newPilotButton.count()).toBe(0);
    await pilots.open(RUNNING_DEMO_PILOT);

    const pilot = new PilotPage(page);
    await pilot.heading(RUNNING_DEMO_PILOT).waitFor();
    expect(await pilot.status.getAttribute('data-status')).toBe('running');
    expect(await pilot.week.innerText()).toMatch(/^Week \d of 4$/);
    await pilot.metricCards.first().waitFor();
    expect(await pilot.metricCards.count()).toBe(3);
    expect(await pilot.metricCard('Lead response time').getByTestId('metric-summary').innerText()).toContain('Lead response time');
    expect(await pilot.unitReports.count()).toBe(2);
    expect(await pilot.checkIns.count()).toBeGreaterThan(0);
    await pilot.downloadCsv.waitFor();

    expect(await pilot.manageControls().count()).toBe(0);
    expect(await pilot.gateReviewLink.count()).toBe(0);

    expect(problems).toEqual([]);
  });
});
