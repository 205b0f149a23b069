import { describe, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { PilotFormDialog, PilotPage, ProgramPilotsCard, SuccessMetricFormDialog } from './pages/PilotPage';
import { UnitRolloutDialog } from './pages/ProgramPage';
import { GateReviewPage } from './pages/GateReviewPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { CheckInDialog, ThisWeekPage } from './pages/ThisWeekPage';
import { openProgram, ROLLOUT_PROGRAM, shot, shotOf, signInAs } from './support/capture';
import { useBrowserSession } from './support/journey';
import { createRunningPilot, day, gql } from './support/pilot-fixtures';

// A visual review aid, not a test: `npm run screenshots -w @rollout/web` writes every
// screen to e2e/artifacts/screens/.
describe('screenshots', () => {
  const session = useBrowserSession();

  it('captures every screen as a program manager', async () => {
    const { page } = session();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await shot(page, '01-sign-in');
    await signIn.signIn(DEMO_USERS.programManager.email, 'wrong-password');
    await signIn.error.waitFor();
    await shot(page, '02-sign-in-error');
    await signIn.signIn(DEMO_USERS.programManager.email);
    const list = new ProgramsListPage(page);
    await list.waitUntilLoaded();
    await shot(page, '03-programs');

    await page.goto('/programs?status=completed&phase=assess');
    await page.getByText('No programs match').waitFor();
    await shot(page, '04-programs-no-match');

    await page.goto('/programs/new');
    await page.getByRole('button', { name: 'Create program' }).click();
    await page.getByText('Name needs at least 3 characters.').waitFor();
    await shot(page, '05-new-program-errors');

    const program = await openProgram(page, ROLLOUT_PROGRAM);
    await shot(page, '06-program');
    await program.openTab('Phases');
    await shot(page, '06b-program-phases');
    const moveBack = page.getByRole('button', { name: 'Move back…' });
    if (await moveBack.isEnabled()) {
      await moveBack.click();
      await page.getByRole('dialog').getByRole('button', { name: 'Move back' }).click();
      await page.getByText(/needs a reason of at least/).waitFor();
      await shot(page, '07-move-back-dialog', 'viewport');
      await page.keyboard.press('Escape');
    }
    await program.openTab('Units');
    await program.rolloutRows.first().waitFor();
    await shot(page, '06c-program-units');
    await program.addUnitsButton.click();
    await page.getByRole('dialog').getByRole('combobox', { name: 'Units' }).click();
    await page.getByRole('option').first().waitFor();
    await shot(page, '16-add-units-dialog', 'viewport');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await program.openTab('People');
    await program.addMemberButton.click();
    await page.getByRole('dialog').getByRole('combobox', { name: 'Person' }).waitFor();
    await shot(page, '17-add-member-dialog', 'viewport');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await program.openTab('Units');
    await program.rolloutRow('France & Benelux').getByRole('button', { name: 'Remove France & Benelux' }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, '18-remove-unit-confirm', 'viewport');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '19-program-mobile');
    await shotOf(page, program.rollout, '19b-program-mobile-rollout');
    await program.openTab('Change history');
    await program.changeHistoryEntries.first().waitFor();
    await shotOf(page, program.changeHistory, '19c-program-mobile-history');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await shot(page, '08-edit-program');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, '09-archive-confirm', 'viewport');
    await page.keyboard.press('Escape');

    await page.goto('/units');
    await page.getByRole('region', { name: 'Organization units' }).waitFor();
    await shot(page, '10-units');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '10b-units-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByLabel('Search units').fill('de');
    // The search is debounced: wait until the tree highlights the matches.
    await page.getByRole('region', { name: 'Organization units' }).locator('mark').first().waitFor();
    await shot(page, '11-units-search');
    await page.getByLabel('Search units').fill('');
    await page.getByRole('button', { name: 'Add unit' }).first().click();
    await page.getByRole('dialog').waitFor();
    await shot(page, '12-units-add');
    await page.keyboard.press('Escape');

    await page.goto('/metrics');
    await page.getByTestId('metric-row').first().waitFor();
    await shot(page, '13-metrics');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '13b-metrics-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.goto('/nowhere');
    await shot(page, '14-not-found');

    await page.setViewportSize({ width: 390, height: 844 });
    await list.goto();
    await shot(page, '15-programs-mobile');
  });

  it('captures the read-only views of an executive and a regional partner', async () => {
    const { page } = session();
    await signInAs(page, DEMO_USERS.executive.email);
    const list = new ProgramsListPage(page);
    await list.goto();
    await shot(page, '20-executive-programs');
    const executiveView = await openProgram(page, ROLLOUT_PROGRAM);
    await shot(page, '21-executive-program');
    await executiveView.openTab('Units');
    await executiveView.rolloutRows.first().waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await shotOf(page, executiveView.rollout, '21b-executive-program-mobile-rollout');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/units');
    await page.getByRole('region', { name: 'Organization units' }).waitFor();
    await shot(page, '22-executive-units');

    await new AppShell(page).signOut();
    await signInAs(page, DEMO_USERS.partnerEmea.email);
    await list.goto();
    await shot(page, '23-partner-programs');
    const program = await openProgram(page, ROLLOUT_PROGRAM);
    await shot(page, '24-partner-program');
    await program.openTab('Units');
    const dialog = new UnitRolloutDialog(page);
    await program.updateButton('UK & Ireland').click();
    await dialog.fill(true, 'IT ticket');
    await dialog.saveButton.click();
    await dialog.dialog.getByText('Say what blocks this unit').waitFor();
    await shot(page, '25-partner-update-dialog', 'viewport');
  });

  it('captures the admin screens and the account menu', async () => {
    const { page } = session();
    await signInAs(page, DEMO_USERS.admin.email);

    await page.goto('/admin/users');
    await page.getByTestId('user-row').first().waitFor();
    await shot(page, '30-users');

    await page.getByRole('button', { name: 'New user' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.getByText('Pick a role.').waitFor();
    await shot(page, '31-new-user-errors');
    await dialog.getByLabel('Email').fill('sam.kim@northwind.example');
    await dialog.getByLabel('Name').fill('Sam Kim');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Regional RevOps partner', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Units' }).click();
    await page.getByRole('option').first().click();
    await dialog.getByRole('button', { name: 'Generate' }).click();
    // Close the units dropdown so the whole form shows.
    await dialog.getByRole('heading').or(dialog.getByText('New user', { exact: true })).first().click();
    await shot(page, '32-new-user');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    const partnerRow = page.getByTestId('user-row').filter({ hasText: 'Regional RevOps partner' }).first();
    await partnerRow.getByRole('button', { name: /^Actions for/ }).click();
    await shot(page, '33-user-actions');
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await dialog.waitFor();
    await shot(page, '34-edit-user');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await partnerRow.getByRole('button', { name: /^Actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Reset password' }).click();
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await shot(page, '35-reset-password');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await partnerRow.getByRole('button', { name: /^Actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    await dialog.waitFor();
    await shot(page, '36-deactivate-confirm');
    await page.keyboard.press('Escape');

    await page.goto('/admin/audit-log');
    await page.getByTestId('audit-entry').first().waitFor();
    await shot(page, '37-audit-log');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '37b-audit-log-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/admin/audit-log?type=program_unit');
    await page.getByTestId('audit-entry').first().waitFor();
    await shot(page, '38-audit-log-filtered');
    await page.goto('/admin/audit-log?type=user&from=2020-01-01&to=2020-01-31');
    await page.getByText('No changes match').waitFor();
    await shot(page, '39-audit-log-empty');

    await new AppShell(page).accountMenu('Change password');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByText('Enter your current password.').waitFor();
    await shot(page, '40-change-password');
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/admin/users');
    await page.getByTestId('user-row').first().waitFor();
    await shot(page, '41-users-mobile');

    await page.setViewportSize({ width: 1440, height: 900 });
    await new AppShell(page).signOut();
    await signInAs(page, DEMO_USERS.executive.email);
    await page.goto('/admin/users');
    await page.getByText('Only admins can manage user accounts.').waitFor();
    await shot(page, '42-users-not-allowed');
  });

  it('captures the pilot check-ins, the gate review and the decision log', async () => {
    const { page, context } = session();
    await signInAs(page, DEMO_USERS.partnerEmea.email);
    const thisWeek = new ThisWeekPage(page);
    await thisWeek.goto();
    await thisWeek.pilots.first().waitFor();
    await shot(page, '60-this-week');
    await page.getByRole('button', { name: 'Check in for UK & Ireland' }).click();
    const checkIn = new CheckInDialog(page);
    await checkIn.dialog.waitFor();
    await checkIn.status('Amber');
    await checkIn.highlights.fill('Routing rules live for inbound web leads.');
    await checkIn.submitButton.click();
    await checkIn.dialog.getByText('Say why the status is amber (at least 10 characters).', { exact: true }).waitFor();
    await shot(page, '61-check-in-amber', 'viewport');
    await page.keyboard.press('Escape');
    await checkIn.dialog.waitFor({ state: 'hidden' });
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '62-this-week-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Daniel leads the program with the demo pilots.
    await new AppShell(page).signOut();
    await signInAs(page, DEMO_USERS.programLead.email);
    const { programs } = await gql<{ programs: { nodes: { id: string; pilots: { id: string; status: string }[] }[] } }>(
      context.request,
      `query ($search: String) { programs(filter: { search: $search }) { nodes { id pilots { id status } } } }`,
      { search: ROLLOUT_PROGRAM },
    );
    const demoPilots = programs.nodes[0]?.pilots ?? [];
    const running = demoPilots.find((pilot) => pilot.status === 'running');
    const decided = demoPilots.find((pilot) => pilot.status === 'decided');
    const gate = new GateReviewPage(page);
    if (running) {
      await gate.goto(running.id);
      await gate.evidenceRows.first().waitFor();
      await shot(page, '63-gate-review-running');
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, '63b-gate-review-running-mobile');
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    if (decided) {
      await gate.goto(decided.id);
      await gate.outcome('scale').waitFor();
      await shot(page, '64-gate-review-decided');
    }

    // The decision form, on a pilot of its own (moving the demo pilot would change later screens).
    const own = await createRunningPilot(context.request, { unitCodes: ['EMEA-FRB'], startDate: day(-21) });
    await gate.goto(own.pilotId);
    await gate.moveToReview();
    await gate.form.waitFor();
    await gate.decisionCard('stop').click();
    await gate.recordButton('Stop').click();
    await gate.form.getByText('The recommendation is Extend: say why you chose Stop (at least 10 characters).').waitFor();
    await gate.lessons.getByRole('button', { name: 'Add lesson' }).click();
    await shot(page, '65-gate-decision-form');

    if (programs.nodes[0]) {
      await page.goto(`/programs/${programs.nodes[0].id}?tab=decisions`);
      const log = page.getByRole('region', { name: 'Decision log' });
      await log.getByTestId('decision-log-entry').first().waitFor();
      await shotOf(page, log.locator('xpath=../..'), '66-program-decision-log-and-lessons');
    }
  });

  it('captures the pilot pages as an executive reads them, and the pilot forms', async () => {
    const { page } = session();
    const runningPilot = 'UK & Ireland and US East routing wave 0';
    const finishedPilot = 'DACH hub routing and forecast pilot';
    await signInAs(page, DEMO_USERS.executive.email);
    await openProgram(page, ROLLOUT_PROGRAM);
    const pilotsCard = new ProgramPilotsCard(page);
    await pilotsCard.rows.first().waitFor();
    await shotOf(page, pilotsCard.card, '50-program-pilots');

    const pilot = new PilotPage(page);
    await pilotsCard.open(runningPilot);
    await pilot.heading(runningPilot).waitFor();
    await pilot.metricCards.first().locator('.recharts-line').first().waitFor();
    await shot(page, '51-pilot-running');
    await pilot.metricCards.first().getByRole('button', { name: 'Show the values as a table' }).click();
    await shotOf(page, pilot.metricCards.first(), '52-pilot-metric-table');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '53-pilot-running-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.goBack();
    await pilotsCard.open(finishedPilot);
    await pilot.heading(finishedPilot).waitFor();
    await pilot.metricCards.first().locator('.recharts-line').first().waitFor();
    await shot(page, '54-pilot-decided');

    // The forms, as the program lead sees them on a pilot of his own.
    await new AppShell(page).signOut();
    await signInAs(page, DEMO_USERS.programLead.email);
    await openProgram(page, ROLLOUT_PROGRAM);
    await pilotsCard.newPilotButton.click();
    const form = new PilotFormDialog(page);
    await form.submit('Create pilot');
    await form.dialog.getByText('Name needs at least 3 characters.').waitFor();
    await shot(page, '55-new-pilot-errors', 'viewport');
    await form.name.fill('Nordics forecast pilot');
    await form.hypothesis.fill('One hub-run forecast call gets the Nordics within 10 % without a local analyst.');
    await form.pick(form.pilotUnits, 'Nordics (EMEA-NORD)');
    await form.pick(form.comparisonUnits, 'France & Benelux (EMEA-FRB)');
    await form.submit('Create pilot');
    await pilot.heading('Nordics forecast pilot').waitFor();
    await pilot.emptyMetrics.waitFor();
    await shot(page, '56-pilot-planned-empty');
    await pilot.addMetricButton.click();
    const metric = new SuccessMetricFormDialog(page);
    await metric.catalogMetric.click();
    await page.getByRole('option', { name: 'Forecast variance', exact: true }).click();
    await metric.baseline.fill('18');
    await metric.target.fill('25');
    await metric.dialog.getByRole('button', { name: 'Add metric' }).click();
    await metric.dialog.getByText('Lower is better for this metric: set a target below the baseline.').waitFor();
    await shot(page, '57-add-metric-errors', 'viewport');
    await metric.target.fill('10');
    await metric.dialog.getByRole('button', { name: 'Add metric' }).click();
    await metric.dialog.waitFor({ state: 'hidden' });
    await pilot.metricCard('Forecast variance').waitFor();
    await shot(page, '58-pilot-planned-with-metric');
  });
});
