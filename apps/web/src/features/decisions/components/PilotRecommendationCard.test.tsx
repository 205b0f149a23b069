import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { aPilotDetail, type PilotOverrides } from '../../pilots/testing/pilot-fixtures';
import { PilotRecommendationCard, PilotRecommendationFragment } from './PilotRecommendationCard';

function renderCard(overrides: PilotOverrides) {
  renderWithApp(<PilotRecommendationCard pilot={makeFragmentData(aPilotDetail(overrides), PilotRecommendationFragment)} />);
  return screen.getByTestId('pilot-recommendation');
}

describe('PilotRecommendationCard', () => {
  it('while running: too early to call, what it is on course for, and what would change it', () => {
    const card = renderCard({
      recommendation: {
        decision: 'extend',
        stage: 'interim',
        tooEarly: true,
        summary: 'Too early to call (week 3 of 4) — on course for scale: Lead response time improved, but not clearly more than in the comparison units.',
        whatWouldChange: 'To scale before the end, Lead response time would need an effect beyond −3.9 h (it is −3.2 h).',
      },
    });
    expect(within(card).getByText('Recommendation if decided today')).toBeTruthy();
    expect(within(card).getByTestId('recommendation-summary').textContent).toContain('Too early to call (week 3 of 4) — on course for scale');
    expect(within(card).getByText('Interim look: too early to call')).toBeTruthy();
    // The decision if taken today, marked as provisional.
    expect(within(card).getByText('For now: extend').closest('[data-decision]')?.getAttribute('data-decision')).toBe('extend');
    expect(within(card).getByTestId('what-would-change').textContent).toBe(
      'What would change it: To scale before the end, Lead response time would need an effect beyond −3.9 h (it is −3.2 h).',
    );
  });

  it('after the planned end: the final analysis, with nothing left to change it', () => {
    const card = renderCard({
      status: 'in_review',
      recommendation: { decision: 'scale', stage: 'final', tooEarly: false, summary: 'Scale: every primary metric is met or on track and clearly better than in the comparison units.' },
    });
    expect(within(card).getByText('Recommendation for the gate')).toBeTruthy();
    expect(within(card).getByTestId('recommendation-stage').textContent).toContain('Final analysis');
    expect(within(card).queryByTestId('what-would-change')).toBeNull();
  });
});
