import { describe, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { PilotFormDialog, PilotPage, ProgramPilotsCard, SuccessMetricFormDialog } from './pages/PilotPage';
import { GateReviewPage } from './pages/GateReviewPage';
import { DEMO_USERS } from './pages/SignInPage';
import { CheckInDialog, ThisWeekPage } from './pages/ThisWeekPage';
import { openProgram, ROLLOUT_PROGRAM, shot, shotOf, signInAs } from './support/capture';
import { useBrowserSession } from './support/journey';
import { createRunningPilot, day, gql } from './support/pilot-fixtures';

// The pilot screens (check-ins, the gate review, the decision log, the pilot as an executive reads it,
// the pilot forms), part of `npm run screenshots -w @rollout/web` (e2e/artifacts/screens/).
describe('pilot screenshots', () => {
  const session = useBrowserSession();

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
