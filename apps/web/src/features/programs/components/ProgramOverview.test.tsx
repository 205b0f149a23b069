import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { aCurrentUser, aPilotEngagement, aProgramDetail, aProgramUnit } from '../../../test/fixtures';
import type { CurrentUser } from '../../../shared/session/current-user';
import { renderWithApp } from '../../../test/render';
import { aMetricEvaluation, aPilotDetail, aPilotUnit, aSuccessMetric } from '../../pilots/testing/pilot-fixtures';
import { ProgramOverview, ProgramOverviewFragment, ProgramOverviewPilotFragment } from './ProgramOverview';

function renderOverview(pilots: ReturnType<typeof aPilotDetail>[] | undefined, options: { pilotsFailed?: boolean; user?: CurrentUser; status?: 'at_risk' | 'on_hold' } = {}) {
  const program = aProgramDetail({
    phase: 'pilot',
    status: options.status ?? 'at_risk',
    units: [
      aProgramUnit({ name: 'DACH', engagements: [aPilotEngagement()], viewerCanUpdate: options.user?.role === 'regional_partner' }),
      aProgramUnit({ name: 'UK & Ireland', engagements: [aPilotEngagement()], viewerCanUpdate: options.user?.role === 'regional_partner' }),
      aProgramUnit({ name: 'US West', blocked: true }),
      aProgramUnit({ name: 'Nordics' }),
    ],
  });
  return renderWithApp(
    <ProgramOverview
      program={makeFragmentData(program, ProgramOverviewFragment)}
      pilots={pilots?.map((pilot) => makeFragmentData(pilot, ProgramOverviewPilotFragment))}
      pilotsFailed={options.pilotsFailed}
    />,
    { user: options.user },
  );
}

describe('ProgramOverview', () => {
  it('computes the health from the pilots and units, and shows the hand-set status beside it when they disagree', () => {
    const failing = aPilotDetail({
      name: 'Routing wave 0',
      status: 'running',
      metrics: [aMetricEvaluation({ state: 'off_track', metric: aSuccessMetric({ name: 'CRM data completeness', kind: 'primary' }) })],
    });
    renderOverview([failing]);
    const overview = screen.getByRole('region', { name: 'At a glance' });
    expect(within(overview).getByTestId('overview-health').textContent).toBe('Off track: CRM data completeness in Routing wave 0 is off track.');
    expect(within(overview).getByTestId('overview-reported-status').textContent).toBe('Reported asAt risk');
  });

  it('keeps a program on hold as set: its status says where it stands, not how healthy it is', () => {
    renderOverview([aPilotDetail({ status: 'running', metrics: [aMetricEvaluation({ state: 'off_track' })] })], { status: 'on_hold' });
    const overview = screen.getByRole('region', { name: 'At a glance' });
    expect(within(overview).getByText('On hold')).toBeTruthy();
    expect(within(overview).queryByTestId('overview-health')).toBeNull();
  });

  it('shows phase and health, each pilot with its recommendation or decision, units by stage, and what is due, soonest first', () => {
    const usEast = aPilotUnit('US East');
    const running = aPilotDetail({
      name: 'Routing wave 0',
      status: 'running',
      startDate: '2026-11-16',
      endDate: '2026-12-13',
      units: [aPilotUnit('UK & Ireland'), usEast],
      staleUnitIds: [usEast.id],
      metrics: [aMetricEvaluation()],
      recommendation: { decision: 'adjust', summary: 'Adjust: CRM data completeness is off track.' },
    });
    const decided = aPilotDetail({ name: 'DACH pilot', status: 'decided', metrics: [aMetricEvaluation()], decisions: [{ decision: 'scale' }] });
    const planned = aPilotDetail({ name: 'Japan pilot', status: 'planned', startDate: '2027-01-11', endDate: '2027-02-07', metrics: [] });
    const review = aPilotDetail({ name: 'Nordics pilot', status: 'in_review', metrics: [aMetricEvaluation()], recommendation: { decision: 'extend', summary: 'Extend.' } });
    renderOverview([decided, planned, running, review]);

    const overview = screen.getByRole('region', { name: 'At a glance' });
    expect(within(overview).getByText('Phase 4 of 6, then Scale')).toBeTruthy();
    expect(within(overview).getByText('At risk')).toBeTruthy();
    // Computed from the units and pilots: it agrees with the hand-set status, which is then not repeated.
    expect(within(overview).getByTestId('overview-health').textContent).toBe('At risk: US West is blocked and 1 unit owes a check-in.');
    expect(within(overview).queryByTestId('overview-reported-status')).toBeNull();

    const pilots = screen.getAllByTestId('overview-pilot');
    expect(pilots.map((line) => within(line).getByRole('link').textContent)).toEqual([
      'DACH pilot',
      'Japan pilot',
      'Routing wave 0',
      'Nordics pilot',
    ]);
    expect(within(pilots[0] as HTMLElement).getByText('Decided: scale')).toBeTruthy();
    expect(within(pilots[0] as HTMLElement).queryByText('Decided')).toBeNull();
    expect(within(pilots[1] as HTMLElement).getByText('Planned')).toBeTruthy();
    // A planned pilot has nothing to recommend yet.
    expect(within(pilots[1] as HTMLElement).queryByText(/^Recommends:/)).toBeNull();
    expect(within(pilots[2] as HTMLElement).getByText('Recommends: adjust')).toBeTruthy();
    expect(within(pilots[2] as HTMLElement).getByRole('link').getAttribute('href')).toBe(`/pilots/${running.id}`);
    expect(within(pilots[3] as HTMLElement).getByText('Recommends: extend')).toBeTruthy();

    const summary = within(overview).getByTestId('rollout-summary');
    expect(within(summary).getByText('piloting', { exact: false }).textContent).toBe('2 piloting');
    expect(within(summary).getByText('blocked', { exact: false }).textContent).toBe('1 blocked');
    expect(within(summary).getByText('not started', { exact: false }).textContent).toBe('2 not started');

    expect(screen.getAllByTestId('due-item').map((item) => item.textContent)).toEqual([
      'Now · Gate decision on Nordics pilot',
      'Now · 1 unit of Routing wave 0 owes a check-in',
      'Dec 13, 2026 · Gate review of Routing wave 0',
      'Jan 11, 2027 · Japan pilot starts',
    ]);
  });

  it('says so when it has no pilots and nothing is due', () => {
    const { unmount } = renderOverview([]);
    expect(screen.getByText('No pilots yet.')).toBeTruthy();
    expect(screen.getByText('Nothing: no pilot is running, in review or planned.')).toBeTruthy();
    unmount();

    renderOverview([aPilotDetail({ name: 'DACH pilot', status: 'decided', metrics: [aMetricEvaluation()], decisions: [{ decision: 'stop' }] })]);

    expect(screen.getByText('Decided: stop')).toBeTruthy();
    expect(screen.queryByTestId('due-item')).toBeNull();
    expect(screen.getByText('Nothing: no pilot is running, in review or planned.')).toBeTruthy();
  });

  it('waits for the pilots, and says when they could not be loaded', () => {
    const { unmount } = renderOverview(undefined);
    expect(screen.getByLabelText('Loading pilots')).toBeTruthy();
    expect(screen.queryByTestId('due-item')).toBeNull();
    unmount();

    renderOverview(undefined, { pilotsFailed: true });
    expect(screen.getByText('The pilots could not be loaded.')).toBeTruthy();
    expect(screen.getByText('Not known without the pilots.')).toBeTruthy();
  });

  it('shows a regional partner the units they report on here and where to update them; others see no such line', () => {
    const { unmount } = renderOverview([], { user: aCurrentUser({ role: 'regional_partner' }) });
    const line = screen.getByTestId('overview-your-units');
    expect(line.textContent).toBe('Your units: DACH, UK & Ireland · Update');
    expect(within(line).getByRole('link', { name: 'Update' }).getAttribute('href')).toContain('tab=units');
    unmount();

    renderOverview([]);
    expect(screen.queryByTestId('overview-your-units')).toBeNull();
  });
});
