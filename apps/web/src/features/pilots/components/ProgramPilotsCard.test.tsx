import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { ProgramPilotsQuery } from '../hooks/useProgramPilots';
import { aMetricEvaluation, aPilotDetail, aPilotUnit } from '../testing/pilot-fixtures';
import { ProgramPilotsCard } from './ProgramPilotsCard';

type PilotData = ReturnType<typeof aPilotDetail> | (Omit<ReturnType<typeof aPilotDetail>, 'evaluation'> & { evaluation: null });

function renderCard(pilots: PilotData[], viewerCanManage: boolean, errors?: { message: string; path: (string | number)[]; extensions: Record<string, unknown> }[]) {
  const programId = anId();
  return renderWithApp(<ProgramPilotsCard programId={programId} />, {
    route: `/programs/${programId}`,
    mocks: [
      {
        request: { query: ProgramPilotsQuery, variables: { programId } },
        result: { data: { program: { __typename: 'Program', id: programId, archived: false, viewerCanManage, units: [], pilots } }, errors },
      },
    ],
  });
}

const row = (name: string) => {
  const match = screen.getAllByTestId('pilot-row').find((element) => within(element).queryByRole('link', { name }));
  if (!match) throw new Error(`No row for ${name}`);
  return match;
};

describe('ProgramPilotsCard', () => {
  it('lists each pilot with its status, dates, units, the gate recommendation or decision, and units behind on check-ins', async () => {
    const usEast = aPilotUnit('US East');
    const running = aPilotDetail({
      name: 'Routing wave 0',
      status: 'running',
      startDate: '2026-03-02',
      endDate: '2026-03-29',
      asOf: '2026-03-18',
      units: [aPilotUnit('UK & Ireland'), usEast],
      staleUnitIds: [usEast.id],
      metrics: [aMetricEvaluation()],
      recommendation: { decision: 'adjust', summary: 'Adjust: CRM data completeness is off track while Lead response time is on track.' },
    });
    const decided = aPilotDetail({ name: 'DACH pilot', status: 'decided', metrics: [aMetricEvaluation()], decisions: [{ decision: 'scale' }] });
    const planned = aPilotDetail({ name: 'Japan pilot', status: 'planned', metrics: [] });
    renderCard([decided, running, planned], false);

    await screen.findAllByTestId('pilot-row');
    const wave = row('Routing wave 0');
    expect(within(wave).getByRole('link', { name: 'Routing wave 0' }).getAttribute('href')).toBe(`/pilots/${running.id}`);
    expect(wave.getAttribute('data-status')).toBe('running');
    expect(wave.textContent).toContain('Mar 2, 2026 – Mar 29, 2026 · Week 3 of 4 · UK & Ireland, US East');
    expect(within(wave).getByText('Recommends: adjust')).toBeTruthy();
    expect(within(wave).getByTestId('pilot-recommendation-summary').textContent).toBe(
      'Adjust: CRM data completeness is off track while Lead response time is on track.',
    );
    expect(within(wave).getByTestId('pilot-stale').textContent).toBe('1 unit silent for over a week');

    expect(within(row('DACH pilot')).getByText('Decided: scale')).toBeTruthy();
    expect(within(row('DACH pilot')).queryByTestId('pilot-stale')).toBeNull();
    expect(within(row('Japan pilot')).getByText('No success metrics yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New pilot' })).toBeNull();
  });

  it('says which running pilot is past its last day and overdue for its gate review', async () => {
    const late = aPilotDetail({ name: 'Late pilot', status: 'running', startDate: '2026-03-02', endDate: '2026-03-29', asOf: '2026-04-02', metrics: [aMetricEvaluation()] });
    const onTime = aPilotDetail({ name: 'On-time pilot', status: 'running', metrics: [aMetricEvaluation()] });
    renderCard([late, onTime], false);

    await screen.findAllByTestId('pilot-row');
    expect(within(row('Late pilot')).getByTestId('pilot-gate-overdue').textContent).toBe('Overdue for gate review');
    expect(within(row('On-time pilot')).queryByTestId('pilot-gate-overdue')).toBeNull();
  });

  it('shows “evaluation unavailable” with the reason on a pilot the API could not evaluate, and the other pilots as usual', async () => {
    const good = aPilotDetail({ name: 'Routing wave 0', status: 'running', metrics: [aMetricEvaluation()], recommendation: { decision: 'scale', summary: 'Scale: on track.' } });
    const broken = { ...aPilotDetail({ name: 'Far future pilot', status: 'planned', startDate: '9999-12-31', endDate: '10000-01-28' }), evaluation: null };
    const reason = 'This pilot cannot be evaluated. The start date 9999-12-31 is not a day from 2000-01-01 to 2100-12-31: edit the pilot’s dates.';
    renderCard([good, broken], false, [{ message: reason, path: ['program', 'pilots', 1, 'evaluation'], extensions: { code: 'BAD_USER_INPUT' } }]);

    await screen.findAllByTestId('pilot-row');
    expect(within(row('Routing wave 0')).getByText('Recommends: scale')).toBeTruthy();
    expect(within(row('Far future pilot')).getByTestId('evaluation-unavailable').textContent).toBe(`Evaluation unavailable: ${reason}`);
    expect(screen.queryByText('Could not load the pilots')).toBeNull();
  });

  it('invites a manager to set up the first pilot', async () => {
    const { user } = renderCard([], true);

    expect(await screen.findByText('No pilots yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'New pilot' }));
    expect(await screen.findByRole('dialog', { name: 'New pilot' })).toBeTruthy();
  });
});
