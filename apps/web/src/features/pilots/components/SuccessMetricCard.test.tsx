import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { aMetricEvaluation, aPilotUnit, aSuccessMetric, type EvaluationOverrides } from '../testing/pilot-fixtures';
import { MetricEvaluationCardFragment, SuccessMetricCard, type SuccessMetricCardProps } from './SuccessMetricCard';

function renderCard(overrides: EvaluationOverrides, props: Partial<SuccessMetricCardProps> = {}) {
  const evaluation = makeFragmentData(aMetricEvaluation(overrides), MetricEvaluationCardFragment);
  const result = renderWithApp(<SuccessMetricCard evaluation={evaluation} startDate="2026-03-02" hasComparison {...props} />);
  return { ...result, card: screen.getByTestId('metric-card') };
}

const figure = (card: HTMLElement, testId: string) => within(card).getByTestId(testId).textContent;

describe('SuccessMetricCard', () => {
  it('shows where a met primary metric stands: values, state, progress, summary and the effect against comparison units', () => {
    const summary =
      'Lead response time fell from 18 h to 6.1 h, target 8 h: met; on average the pilot units fell 8.5 h and the comparison units fell 2 h, so the pilot’s effect is about −6.5 h (−10.7 to −2.3).';
    const { card } = renderCard({
      current: 6.1,
      currentWeek: '2026-03-23',
      progress: 1.19,
      state: 'met',
      weeksWithData: 4,
      summary,
      effect: { effect: -6.5, low: -10.7, high: -2.3, verdict: 'improved', weeks: 4 },
    });

    expect(card.getAttribute('data-state')).toBe('met');
    expect(within(card).getByRole('heading', { level: 3, name: 'Lead response time' })).toBeTruthy();
    expect(card.querySelector('[data-kind]')?.textContent).toBe('Primary');
    const state = within(card).getByText('Met');
    expect(state.closest('[data-state]')?.getAttribute('data-state')).toBe('met');

    expect(figure(card, 'metric-current')).toBe('Current6.1 hWeek of Mar 23');
    expect(figure(card, 'metric-baseline')).toBe('Baseline18 hEntered');
    expect(figure(card, 'metric-target')).toBe('Target8 h4 weeks of data');
    // Past the target: the bar is full and says so in words.
    const bar = within(card).getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('100');
    expect(within(card).getByText('119% of the way from baseline to target')).toBeTruthy();
    expect(within(card).getByTestId('metric-summary').textContent).toBe(summary);

    const effect = within(card).getByTestId('metric-effect');
    expect(effect.textContent).toContain('−6.5 h');
    expect(effect.textContent).toContain('(interval −10.7 to −2.3) over 4 weeks');
    expect(within(effect).getByText('Better than the comparison units')).toBeTruthy();
    expect(within(card).queryByRole('alert')).toBeNull();
  });

  it('says how sure the effect is, the boundary it had to pass, shows the looks as a chart, and names missing weeks', () => {
    const { card } = renderCard({
      state: 'on_track',
      howSure: 'Could be no effect (between 1.2 h worse and 7.9 h better); 1 unit-week is missing (the week of 2026-03-09), which weakens the evidence.',
      missingWeeks: [{ weekStart: '2026-03-09', units: [aPilotUnit('US East', 'NA-USE')] }],
      effect: {
        effect: -3.4,
        low: -7.9,
        high: 1.2,
        boundary: -4.6,
        verdict: 'inconclusive',
        weeks: 2,
        looks: [
          { weekStart: '2026-03-02', effect: -2, low: null, high: null, boundary: null },
          { weekStart: '2026-03-09', effect: -3.4, low: -7.9, high: 1.2, boundary: -4.6 },
        ],
      },
    });

    const effect = within(card).getByTestId('metric-effect');
    expect(effect.textContent).toContain('(interval −7.9 to +1.2) over 2 weeks; to call it better it had to pass −4.6 h');
    expect(within(effect).getByText('Could be no effect')).toBeTruthy();
    expect(within(effect).getByTestId('metric-how-sure').textContent).toBe(
      'Could be no effect (between 1.2 h worse and 7.9 h better); 1 unit-week is missing (the week of 2026-03-09), which weakens the evidence.',
    );
    const chart = within(effect).getByRole('img', { name: /effect against the comparison units at each weekly look/ });
    expect(chart.getAttribute('aria-label')).toBe(
      'Lead response time, effect against the comparison units at each weekly look: 2 looks; after the week of Mar 9 −3.4 h, interval −7.9 h to +1.2 h; the boundary to call it better was −4.6 h.',
    );
    expect(within(card).getByTestId('missing-weeks').textContent).toBe('No values, counted as missing (not zero): week of Mar 9 (US East).');
  });

  it('marks a measured baseline and shows no progress bar without enough data', () => {
    const { card } = renderCard({
      metric: aSuccessMetric({ name: 'CRM data completeness', catalogKey: 'crm_data_completeness', unit: 'percent', direction: 'higher_is_better', enteredBaseline: null, target: 90 }),
      baseline: 70.4,
      current: 68.9,
      progress: null,
      state: 'not_enough_data',
      weeksWithData: 1,
      summary: 'CRM data completeness fell from 70.4% to 68.9%, target 90%: only 1 week of values in the pilot period, at least 2 are needed to judge it.',
    });

    expect(card.getAttribute('data-state')).toBe('not_enough_data');
    expect(within(card).getByText('Not enough data')).toBeTruthy();
    expect(figure(card, 'metric-baseline')).toBe('Baseline70.4%Measured before the start');
    expect(figure(card, 'metric-target')).toBe('Target90%1 week of data');
    expect(within(card).queryByRole('progressbar')).toBeNull();
    expect(within(card).queryByTestId('metric-effect')).toBeNull();
  });

  it('alerts when a guardrail is breached and shows the level it must hold', () => {
    const { card } = renderCard({
      metric: aSuccessMetric({ name: 'Win rate', catalogKey: 'win_rate', unit: 'percent', direction: 'higher_is_better', kind: 'guardrail', enteredBaseline: 24, target: 24, tolerance: 2 }),
      current: 20.5,
      progress: null,
      state: 'off_track',
      guardrailBreached: true,
      summary: 'Win rate (guardrail) fell from 24% to 20.5%: breached, worse than the baseline by more than its tolerance of 2 points.',
    });

    expect(card.querySelector('[data-kind]')?.textContent).toBe('Guardrail');
    expect(within(card).getByText('Off track')).toBeTruthy();
    const alert = within(card).getByRole('alert');
    expect(alert.textContent).toContain('Guardrail breached');
    expect(alert.textContent).toContain('Win rate is worse than its baseline by more than the 2 points the pilot may cost.');
    expect(figure(card, 'metric-target')).toBe('Hold at24%Guardrail');
    expect(within(card).getByText(/may get worse by at most 2 points/)).toBeTruthy();
  });

  it('offers edit and remove only when the page allows changes, and names the metric it acts on', async () => {
    const metric = aSuccessMetric({ name: 'Forecast accuracy', catalogKey: 'forecast_accuracy', unit: 'percent', direction: 'higher_is_better' });
    const onRemove = vi.fn();
    const onEdit = vi.fn();
    const { user, card, unmount } = renderCard({ metric }, { onEdit, onRemove });

    await user.click(within(card).getByRole('button', { name: 'Remove Forecast accuracy' }));
    expect(onRemove).toHaveBeenCalledWith({ id: metric.id, name: 'Forecast accuracy' });
    await user.click(within(card).getByRole('button', { name: 'Edit Forecast accuracy' }));
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ id: metric.id, version: metric.version }));
    unmount();

    const readOnly = renderCard({ metric }).card;
    expect(within(readOnly).queryByRole('button', { name: /^(Edit|Remove) / })).toBeNull();
  });
});
