import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { PilotQuery } from '../hooks/usePilot';
import { ChangePilotStatusMutation, DeletePilotMutation } from '../hooks/usePilotMutations';
import { anActivity } from '../../assessments/testing/catalog-fixtures';
import { aCheckIn, aMetricEvaluation, aPilotDetail, aPilotUnit, aSuccessMetric } from '../testing/pilot-fixtures';
import { PilotPage } from './PilotPage';

type Pilot = ReturnType<typeof aPilotDetail>;

function pilotMock(pilot: Pilot, maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: PilotQuery, variables: { id: pilot.id } }, result: { data: { pilot } }, maxUsageCount };
}

function renderPilot(pilot: Pilot, options: { role?: 'program_manager' | 'executive' | 'regional_partner'; mocks?: MockLink.MockedResponse[] } = {}) {
  return renderWithApp(<PilotPage />, {
    route: `/pilots/${pilot.id}`,
    path: '/pilots/:pilotId',
    user: aCurrentUser({ role: options.role ?? 'program_manager' }),
    mocks: [pilotMock(pilot, 5), ...(options.mocks ?? [])],
  });
}

const manageButtons = /^(Edit|Delete|Start pilot|Move to review|Gate review|Add metric|Import values)$/;

describe('PilotPage', () => {
  it('shows an executive what the pilot tests, how its metrics do and what the units reported, with nothing to change', async () => {
    const uki = aPilotUnit('UK & Ireland', 'EMEA-UKI');
    const usEast = aPilotUnit('US East', 'NA-USE');
    const pilot = aPilotDetail({
      name: 'UK & Ireland and US East routing wave 0',
      status: 'running',
      startDate: '2026-03-02',
      endDate: '2026-03-29',
      asOf: '2026-03-11',
      viewerCanManage: false,
      units: [uki, usEast],
      comparisonUnits: [aPilotUnit('France & Benelux', 'EMEA-FRB')],
      steering: ['Erin Walsh', 'Daniel Kim'],
      activities: [
        anActivity('Lead routing', 'Process & planning', { placement: 'hub', raciDomains: ['Lead routing'] }),
        anActivity('Data quality', 'Data & insights', { placement: 'shared', raciDomains: ['Data governance', 'CRM schema'] }),
        anActivity('Forecasting framework', 'Process & planning'),
      ],
      program: { name: 'Global hub-and-spoke RevOps' },
      metrics: [
        aMetricEvaluation({ state: 'on_track', summary: 'Lead response time fell from 20 h to 14.6 h, target 8 h: on track.' }),
        aMetricEvaluation({
          metric: aSuccessMetric({ name: 'Marketing–sales SLA adherence', catalogKey: 'sla_adherence', unit: 'percent', direction: 'higher_is_better', kind: 'guardrail', enteredBaseline: 85, target: 85, tolerance: 3 }),
          state: 'at_risk',
          current: 84,
          progress: null,
          summary: 'Marketing–sales SLA adherence (guardrail) fell from 85% to 84%: within its tolerance of 3 points.',
        }),
      ],
      checkIns: [
        aCheckIn({ unit: uki, weekStart: '2026-03-09', status: 'green', confidence: 4, highlights: 'Response time falling week on week.', blockers: 'Reps skip the new mandatory fields on mobile.' }),
        aCheckIn({ unit: usEast, weekStart: '2026-03-02', status: 'amber', confidence: 3, commentary: 'Named accounts still go to the old queue.', asksForHelp: 'Sales ops hours for the mapping.', by: 'Lena Fischer', submittedOn: '2026-03-01' }),
        aCheckIn({ unit: uki, weekStart: '2026-03-02', status: 'green', confidence: 4, highlights: 'Routing live for demo requests.' }),
      ],
      staleUnitIds: [usEast.id],
      recommendation: { decision: 'extend', summary: 'Extend: CRM data completeness needs more data.' },
    });
    renderPilot(pilot, { role: 'executive' });

    expect(await screen.findByRole('heading', { level: 1, name: 'UK & Ireland and US East routing wave 0' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Global hub-and-spoke RevOps' }).getAttribute('href')).toBe(`/programs/${pilot.program.id}`);
    expect(screen.getByText('Running').closest('[data-status]')?.getAttribute('data-status')).toBe('running');
    expect(screen.getByTestId('pilot-dates').textContent).toBe('Mar 2, 2026 – Mar 29, 2026');
    expect(screen.getByTestId('pilot-week').textContent).toBe('Week 2 of 4');
    expect(screen.getByTestId('pilot-hypothesis').textContent).toBe(pilot.hypothesis);
    expect(screen.getByTestId('pilot-units').textContent).toContain('UK & Ireland');
    // Each unit's stage in the program, the same badge and words as on the program page.
    const pilotUnits = within(screen.getByTestId('pilot-units')).getAllByTestId('pilot-unit');
    expect(pilotUnits.map((unit) => [unit.getAttribute('data-unit-code'), within(unit).getByTestId('unit-stage').textContent])).toEqual([
      ['EMEA-UKI', 'Piloting · week 2 of 4'],
      ['NA-USE', 'Piloting · week 2 of 4'],
    ]);
    expect(screen.getByTestId('pilot-comparison-units').textContent).toContain('France & Benelux');
    expect(screen.getByTestId('pilot-steering').textContent).toContain('Erin Walsh, Daniel Kim');
    // The activities under their capability (capabilities in the order their first activity comes), each with its place in
    // the target model, and the RACI domains linked to them.
    expect(screen.getAllByTestId('pilot-activity-group').map((group) => group.textContent)).toEqual([
      'Process & planning:Lead routing · HubForecasting framework',
      'Data & insights:Data quality · Shared',
    ]);
    expect(screen.getByTestId('pilot-raci-domains').textContent).toBe('Decision rights it changesLead routing, Data governance, CRM schema');
    expect(screen.getByTestId('recommendation-summary').textContent).toBe('Extend: CRM data completeness needs more data.');

    const cards = screen.getAllByTestId('metric-card');
    expect(cards.map((card) => [card.getAttribute('data-metric-name'), card.getAttribute('data-state')])).toEqual([
      ['Lead response time', 'on_track'],
      ['Marketing–sales SLA adherence', 'at_risk'],
    ]);
    expect(within(cards[0] as HTMLElement).getByText('Lead response time fell from 20 h to 14.6 h, target 8 h: on track.')).toBeTruthy();

    // Latest status per unit, with the stale one called out.
    const usEastReport = screen.getAllByTestId('unit-report').find((row) => row.getAttribute('data-unit-code') === 'NA-USE');
    expect(usEastReport?.getAttribute('data-stale')).toBe('true');
    expect(within(usEastReport as HTMLElement).getByText('Amber')).toBeTruthy();
    expect(within(usEastReport as HTMLElement).getByText('No check-in for 10 days')).toBeTruthy();
    expect(screen.getByText('1 unit silent for over a week')).toBeTruthy();
    // Every check-in, newest week first, with what it said and who sent it.
    const checkIns = screen.getAllByTestId('check-in');
    expect(checkIns.map((item) => item.textContent?.split(' · week')[0])).toEqual(['UK & Ireland', 'US East', 'UK & Ireland']);
    expect(checkIns[1]?.textContent).toContain('Why: Named accounts still go to the old queue.');
    expect(checkIns[1]?.textContent).toContain('Asks for help: Sales ops hours for the mapping.');
    expect(checkIns[1]?.textContent).toContain('Lena Fischer');
    expect(checkIns[0]?.textContent).toContain('Blockers: Reps skip the new mandatory fields on mobile.');

    // Exports are for everyone; changes are not.
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(`/api/pilots/${pilot.id}/measurements.csv`);
    expect(screen.getByRole('link', { name: 'Download Excel' }).getAttribute('href')).toBe(`/api/pilots/${pilot.id}/measurements.xlsx`);
    expect(screen.queryAllByRole('button', { name: manageButtons })).toEqual([]);
    expect(screen.queryByRole('button', { name: /^(Edit|Remove) / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Check in for/ })).toBeNull();
  });

  it('says a running pilot past its last day is overdue for its gate review, and who owes the decision', async () => {
    const pilot = aPilotDetail({ name: 'Late pilot', status: 'running', startDate: '2026-03-02', endDate: '2026-03-29', asOf: '2026-04-03', viewerCanManage: false });
    renderPilot(pilot, { role: 'regional_partner' });

    const alert = await screen.findByTestId('gate-review-overdue');
    expect(alert.textContent).toContain('Overdue for gate review');
    expect(alert.textContent).toContain('The pilot ended on Mar 29, 2026: no more check-ins are due. Its steering committee owes the gate decision.');
    expect(within(screen.getByTestId('pilot-units')).getByTestId('unit-stage').textContent).toBe('Overdue for gate review');
  });

  it('says nothing is overdue while the pilot runs', async () => {
    renderPilot(aPilotDetail({ name: 'On-time pilot', status: 'running' }));
    await screen.findByRole('heading', { level: 1, name: 'On-time pilot' });
    expect(screen.queryByTestId('gate-review-overdue')).toBeNull();
  });

  it('says why a pilot cannot start before anyone tries: no metric has both a baseline and a target', async () => {
    const pilot = aPilotDetail({
      status: 'planned',
      metrics: [aMetricEvaluation({ metric: aSuccessMetric({ enteredBaseline: null }), baseline: null, baselineSource: null, current: null, state: 'not_enough_data' })],
    });
    const { user } = renderPilot(pilot);

    const start = await screen.findByRole('button', { name: 'Start pilot' });
    expect(start.hasAttribute('data-disabled')).toBe(true);
    expect(start.getAttribute('aria-description')).toBe('Add at least one success metric with a baseline and a target before starting the pilot.');
    await user.click(start);
    expect(screen.queryByRole('dialog', { name: 'Start the pilot?' })).toBeNull();
  });

  it('shows why the pilot cannot start when the API refuses', async () => {
    const pilot = aPilotDetail({ status: 'planned', metrics: [aMetricEvaluation()] });
    // The page saw a ready metric; meanwhile someone removed its target, and the API says so.
    const message = 'Add at least one success metric with a baseline and a target before starting the pilot.';
    const { user } = renderPilot(pilot, {
      mocks: [
        {
          request: { query: ChangePilotStatusMutation, variables: { input: { id: pilot.id, expectedVersion: pilot.version, status: 'running' } } },
          result: graphQLError('BAD_USER_INPUT', message, { fieldErrors: [{ field: 'status', message }] }),
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Start pilot' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start the pilot?' });
    expect(dialog.textContent).toContain('its success metrics, units, comparison units and start date are fixed');
    await user.click(within(dialog).getByRole('button', { name: 'Start pilot' }));

    const alert = await screen.findByTestId('status-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The pilot cannot start yet');
    expect(alert.textContent).toContain(message);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Still planned: the metrics can still be fixed.
    expect(screen.getByRole('button', { name: 'Add metric' })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Edit ${pilot.evaluation.metrics[0]?.metric.name ?? ''}` })).toBeTruthy();
  });

  it('deletes a planned pilot only after confirmation, then returns to its program', async () => {
    const pilot = aPilotDetail({ name: 'Japan routing pilot', status: 'planned' });
    const { user, currentLocation } = renderPilot(pilot, {
      mocks: [
        {
          request: { query: DeletePilotMutation, variables: { id: pilot.id, expectedVersion: pilot.version } },
          result: { data: { deletePilot: true } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete this pilot?' });
    expect(dialog.textContent).toContain('Japan routing pilot and its success metrics will be deleted.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(currentLocation()).toBe(`/pilots/${pilot.id}`);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete this pilot?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete pilot' }));
    await waitFor(() => expect(currentLocation()).toBe(`/programs/${pilot.program.id}`));
  });

  it('asks a manager for the first success metric and offers no start without the next step', async () => {
    const pilot = aPilotDetail({ status: 'planned', metrics: [] });
    renderPilot(pilot);

    expect(await screen.findByText('No success metrics yet — add one before starting the pilot')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Add metric' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start pilot' })).toBeTruthy();
    // No recommendation before the pilot runs, and no exports without metrics.
    expect(screen.queryByTestId('pilot-recommendation')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Download CSV' })).toBeNull();
  });

  it('links a pilot in review to its gate review, and offers check-ins for the units the viewer reports on', async () => {
    const uki = aPilotUnit('UK & Ireland', 'EMEA-UKI');
    const usEast = aPilotUnit('US East', 'NA-USE');
    const pilot = aPilotDetail({ status: 'in_review', units: [uki, usEast], reportingUnitIds: [uki.id], metrics: [aMetricEvaluation()] });
    renderPilot(pilot);

    expect((await screen.findByRole('link', { name: 'Gate review' })).getAttribute('href')).toBe(`/pilots/${pilot.id}/gate`);
    expect(screen.queryByRole('button', { name: 'Start pilot' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Check in for UK & Ireland' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check in for US East' })).toBeNull();
    // Metrics are fixed once the pilot has started.
    expect(screen.queryByRole('button', { name: 'Add metric' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^(Edit|Remove) Lead/ })).toBeNull();
  });

  it('says so when the pilot does not exist', async () => {
    const pilot = aPilotDetail();
    renderWithApp(<PilotPage />, {
      route: `/pilots/${pilot.id}`,
      path: '/pilots/:pilotId',
      mocks: [{ request: { query: PilotQuery, variables: { id: pilot.id } }, result: graphQLError('NOT_FOUND', 'Pilot not found.', { entity: 'Pilot' }) }],
    });
    expect(await screen.findByText('Pilot not found')).toBeTruthy();
  });
});
