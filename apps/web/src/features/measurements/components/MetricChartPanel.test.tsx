import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { aMetricEvaluation, aSuccessMetric } from '../../pilots/testing/pilot-fixtures';
import { MetricChartPanel } from './MetricChartPanel';

function panelProps(evaluation: ReturnType<typeof aMetricEvaluation>) {
  return { metric: evaluation.metric, baseline: evaluation.baseline, weekly: evaluation.weekly };
}

describe('MetricChartPanel', () => {
  it('describes the chart for screen readers and lists every weekly value in a table on demand', async () => {
    const evaluation = panelProps(
      aMetricEvaluation({
        metric: aSuccessMetric({ name: 'Lead response time', enteredBaseline: 18, target: 8 }),
        weekly: [
          { weekStart: '2026-02-16', pilot: 18.4, comparison: 17.9 },
          { weekStart: '2026-02-23', pilot: 17.6, comparison: null },
          { weekStart: '2026-03-02', pilot: 13.8, comparison: 17.4 },
          { weekStart: '2026-03-09', pilot: null, comparison: 16.9 },
          { weekStart: '2026-03-16', pilot: 7.6, comparison: 16.5 },
        ],
      }),
    );
    const { user } = renderWithApp(<MetricChartPanel {...evaluation} startDate="2026-03-02" hasComparison />);

    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Lead response time per week: pilot units from 18.4 h (week of Feb 16) to 7.6 h (week of Mar 16); comparison units from 17.9 h (week of Feb 16) to 16.5 h (week of Mar 16). Lines mark the baseline 18 h and the target 8 h.',
    );
    expect(screen.queryByRole('table')).toBeNull();

    const toggle = screen.getByRole('button', { name: 'Show the values as a table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);

    // The table sits in a Collapse that reveals it a frame or two later: wait for it.
    const table = await screen.findByRole('table', { name: 'Lead response time, weekly values' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Week starting', 'Pilot units', 'Comparison units']);
    const rows = within(table)
      .getAllByTestId('metric-week-row')
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Feb 16 · before the start', '18.4 h', '17.9 h'],
      ['Feb 23 · before the start', '17.6 h', '—'],
      ['Mar 2', '13.8 h', '17.4 h'],
      ['Mar 9', '—', '16.9 h'],
      ['Mar 16', '7.6 h', '16.5 h'],
    ]);
    expect(screen.getByRole('button', { name: 'Hide the values' }).getAttribute('aria-expanded')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Hide the values' }));
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
  });

  it('leaves out the comparison column without comparison units and says when there are no values', () => {
    const withoutComparison = panelProps(aMetricEvaluation({ weekly: [{ weekStart: '2026-03-02', pilot: 12, comparison: null }] }));
    const { unmount } = renderWithApp(<MetricChartPanel {...withoutComparison} startDate="2026-03-02" hasComparison={false} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('pilot units 12 h in the week of Mar 2');
    unmount();

    const empty = panelProps(aMetricEvaluation({ weekly: [] }));
    renderWithApp(<MetricChartPanel {...empty} startDate="2026-03-02" hasComparison />);
    expect(screen.getByTestId('metric-chart-empty').textContent).toContain('No weekly values yet');
    expect(screen.queryByRole('img')).toBeNull();
  });
});
