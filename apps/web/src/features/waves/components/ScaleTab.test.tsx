import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { MoveWaveUnitMutation } from '../hooks/useRolloutPlan';
import { aCarriedActivity, aRolloutPlan, aWave, aWaveUnit, PAUSED, rolloutRead, unitDetailsRead, type WaveFixture } from '../testing/rollout-fixtures';
import { ScaleTab } from './ScaleTab';

const programId = anId();
function waves(): WaveFixture[] {
  return [
    aWave('Wave 1', (id) => [aWaveUnit(id, 'Nordics', { stage: 'ready', checklistDone: true }), aWaveUnit(id, 'UK', { stage: 'live', breached: ['Win rate'] })], PAUSED),
    aWave('Wave 2', (id) => [aWaveUnit(id, 'Iberia', { stage: 'not_started' }), aWaveUnit(id, 'US West', { stage: 'not_started', region: 'Americas', viewerCanReport: false })]),
  ];
}
const column = (name: string) => screen.getByRole('listitem', { name });
const card = (name: string) => {
  const found = screen.getAllByTestId('wave-unit-card').find((element) => element.dataset.unit === name);
  if (!found) throw new Error(`no card for ${name}`);
  return found;
};

describe('ScaleTab', () => {
  it('shows waves as columns with their units, the pause a breached guardrail caused, progress, why there is no forecast yet, and what every wave carries', async () => {
    const plan = aRolloutPlan(waves(), false, [aCarriedActivity('Lead routing', 'Process & planning', 'Routing rules')]);
    renderWithApp(<ScaleTab programId={programId} />, { mocks: [rolloutRead(programId, plan, false)] });
    await screen.findByText('Roll-out board');
    expect(within(column('Wave 1')).getByTestId('wave-paused').textContent).toContain(PAUSED);
    expect(within(column('Wave 1')).getAllByTestId('wave-unit-card').map((element) => element.dataset.unit)).toEqual(['Nordics', 'UK']);
    expect(within(column('Wave 2')).queryByTestId('wave-paused')).toBeNull();
    expect(screen.getByTestId('rollout-forecast').textContent).toBe('No unit is adopted yet, so there is no pace to project. The last wave is planned to end Dec 20, 2026.');
    expect(screen.getByText(/of 4 units adopted/).textContent).toBe('0 of 4 units adopted');
    const carries = screen.getByRole('region', { name: 'What every wave carries' });
    expect(within(carries).getByTestId('pilot-activity-group').textContent).toBe('Process & planning:Lead routing · Hub');
    expect(within(carries).getByText('Routing rules')).toBeTruthy();
    // Only the program's leads plan waves.
    expect(screen.queryByRole('button', { name: 'Plan a wave' })).toBeNull();
  });

  it('filters the board by region', async () => {
    const { user } = renderWithApp(<ScaleTab programId={programId} />, { mocks: [rolloutRead(programId, aRolloutPlan(waves(), true))] });
    await screen.findByText('Roll-out board');
    await user.click(screen.getByRole('combobox', { name: 'Region' }));
    await user.click(await screen.findByRole('option', { name: 'Americas' }));
    expect(screen.getAllByTestId('wave-unit-card').map((element) => element.dataset.unit)).toEqual(['US West']);
    expect(within(column('Wave 1')).getByText('No units of this region.')).toBeTruthy();
  });

  it('offers a partner the moves up to ready and blocked, never going live; a lead cannot take a unit live while its wave is paused', async () => {
    const partnerWaves = waves();
    const nordicsOf = (of: WaveFixture[]) => of[0]?.units[0] ?? aWaveUnit('', 'missing', { stage: 'ready' });
    const partnerView = renderWithApp(<ScaleTab programId={programId} />, { mocks: [rolloutRead(programId, aRolloutPlan(partnerWaves, false), false), unitDetailsRead(nordicsOf(partnerWaves))] });
    await screen.findByText('Roll-out board');
    await partnerView.user.click(within(card('Nordics')).getByRole('button'));
    const drawer = await screen.findByRole('dialog');
    await within(drawer).findByRole('button', { name: 'Prepare' });
    expect(within(drawer).queryByRole('button', { name: 'Go live' })).toBeNull();
    expect(within(drawer).getByRole('button', { name: 'Prepare' })).toBeTruthy();
    expect(within(drawer).getByRole('button', { name: 'Report blocked' })).toBeTruthy();
    partnerView.unmount();

    const leadWaves = waves();
    const comparison = { __typename: 'NotYetComparison' as const, metricId: anId(), metricName: 'Lead response time', metricUnit: 'hours' as const, ownChange: -11, othersChange: -1, effect: 10, others: 3 };
    const leadView = renderWithApp(<ScaleTab programId={programId} />, {
      mocks: [rolloutRead(programId, aRolloutPlan(leadWaves, true)), unitDetailsRead({ ...nordicsOf(leadWaves), comparisons: [comparison] })],
    });
    await screen.findByText('Roll-out board');
    await leadView.user.click(within(card('Nordics')).getByRole('button'));
    const leadDrawer = await screen.findByRole('dialog');
    const goLive = await within(leadDrawer).findByRole<HTMLButtonElement>('button', { name: 'Go live' });
    expect(goLive.disabled).toBe(true);
    // Why, in words the keyboard and a screen reader reach too.
    const why = document.getElementById(goLive.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe('Go live: The wave is paused for a breached guardrail: no unit goes live until it resumes.');
    // Against the units not yet in a wave, in words.
    expect(within(leadDrawer).getByText(/^Lead response time: /).textContent).toBe('Lead response time: −11 h since its wave, −1 h in the 3 units not yet in a wave: 10 h better.');
  });

  it('moves a unit with the version it shows and shows the stage the answer brings; a reason is asked before blocking', async () => {
    const before = waves();
    const iberia = before[1]?.units[0];
    if (!iberia) throw new Error('no Iberia');
    const after = before.map((wave) => ({ ...wave, units: wave.units.map((unit) => (unit.id === iberia.id ? { ...unit, stage: 'preparing' as const, stageLabel: 'Preparing', version: 3 } : unit)) }));
    const sent: unknown[] = [];
    const { user } = renderWithApp(<ScaleTab programId={programId} />, {
      mocks: [
        rolloutRead(programId, aRolloutPlan(before, true)),
        unitDetailsRead(iberia),
        unitDetailsRead({ ...iberia, stage: 'preparing', stageLabel: 'Preparing', version: 3 }),
        { request: { query: MoveWaveUnitMutation, variables: (variables: unknown) => (sent.push(variables), true) }, result: { data: { moveWaveUnit: { ...aRolloutPlan(after, true) } } } },
      ],
    });
    await screen.findByText('Roll-out board');
    await user.click(within(card('Iberia')).getByRole('button'));
    const drawer = await screen.findByRole('dialog');
    await user.click(await within(drawer).findByRole('button', { name: 'Report blocked' }));
    const why = within(drawer).getByRole('textbox', { name: 'Why report blocked?' });
    const confirm = within(drawer).getAllByRole('button', { name: 'Report blocked' }).at(-1) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await user.type(why, 'short');
    expect(confirm.disabled).toBe(true);
    await user.click(within(drawer).getByRole('button', { name: 'Cancel' }));
    await user.click(within(drawer).getByRole('button', { name: 'Prepare' }));
    await waitFor(() => expect(sent).toEqual([{ input: { id: iberia.id, to: 'preparing', reason: '', override: false, expectedVersion: 2 } }]));
    await waitFor(() => expect(within(card('Iberia')).getByText('Preparing')).toBeTruthy());
  });
});
