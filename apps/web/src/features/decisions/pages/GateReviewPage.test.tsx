import type { MockLink } from '@apollo/client/testing';
import type { EvaluationStage, GateDecision, PilotStatus } from '@rollout/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { GateMoveToReviewMutation, GateReviewQuery } from '../hooks/useGateReview';
import { GateReviewPage } from './GateReviewPage';

const UKI = { __typename: 'Unit' as const, id: anId(), name: 'UK & Ireland' };

function aGatePilot(overrides: { status?: PilotStatus; viewerCanManage?: boolean; decisions?: ReturnType<typeof aDecision>[] } = {}) {
  return {
    __typename: 'Pilot' as const,
    id: anId(),
    version: 6,
    name: 'UK & Ireland and US East routing wave 0',
    status: overrides.status ?? 'in_review',
    startDate: '2026-11-09',
    endDate: '2026-12-06',
    viewerCanManage: overrides.viewerCanManage ?? true,
    activityIds: [anId()],
    program: { __typename: 'Program' as const, id: anId(), name: 'Global hub-and-spoke RevOps', archived: false },
    evaluation: {
      __typename: 'PilotEvaluation' as const,
      asOf: '2026-11-23',
      recommendation: {
        __typename: 'GateRecommendation' as const,
        decision: 'adjust' as GateDecision,
        stage: 'final' as EvaluationStage,
        tooEarly: false,
        whatWouldChange: null as string | null,
        summary: 'Adjust: CRM data completeness is behind while others are on track.',
        reasons: [
          'Lead response time fell from 20 h to 11 h, target 8 h: on track.',
          'CRM data completeness rose from 71% to 72%, target 90%: off track.',
        ],
        weightedProgress: 0.41,
        flags: [
          {
            __typename: 'GateFlag' as const,
            unitId: UKI.id,
            unit: UKI,
            message: 'Reports green for the week of 2026-11-16, but CRM data completeness is off track in this unit.',
          },
        ],
      },
      metrics: [
        evaluation('Lead response time', 'hours', 'lower_is_better', 'on_track', { baseline: 20, current: 11, target: 8 }),
        evaluation('CRM data completeness', 'percent', 'higher_is_better', 'off_track', { baseline: 71, current: 72, target: 90 }),
      ],
    },
    decisions: overrides.decisions ?? [],
    lessons: [],
  };
}

function evaluation(
  name: string,
  unit: 'hours' | 'percent',
  direction: 'lower_is_better' | 'higher_is_better',
  state: 'on_track' | 'off_track',
  values: { baseline: number; current: number; target: number },
) {
  return {
    __typename: 'MetricEvaluation' as const,
    state,
    baseline: values.baseline,
    baselineSource: 'entered' as const,
    current: values.current,
    currentWeek: '2026-11-16',
    weeksWithData: 2,
    guardrailBreached: null,
    howSure: direction === 'lower_is_better' ? 'Very likely improved by 4.8 to 10.2 h.' : 'Could be no effect (between 2.1 points worse and 3.1 points better).',
    missingWeeks: [] as { __typename: 'MissingWeek'; weekStart: string; units: { __typename: 'Unit'; id: string; name: string }[] }[],
    metric: { __typename: 'SuccessMetric' as const, id: anId(), name, unit, kind: 'primary' as const, direction, target: values.target, tolerance: null },
    effect: {
      __typename: 'EffectEstimate' as const,
      effect: direction === 'lower_is_better' ? -7.5 : 0.5,
      low: direction === 'lower_is_better' ? -10.2 : -2.1,
      high: direction === 'lower_is_better' ? -4.8 : 3.1,
      boundary: direction === 'lower_is_better' ? -4.4 : 2.9,
      verdict: direction === 'lower_is_better' ? ('improved' as const) : ('inconclusive' as const),
      weeks: 2,
      looks: [] as { __typename: 'EffectLook'; weekStart: string; effect: number; low: number | null; high: number | null; boundary: number | null }[],
    },
  };
}

function aDecision() {
  return {
    __typename: 'Decision' as const,
    id: anId(),
    decision: 'stop' as const,
    recommendation: 'adjust' as const,
    rationale: 'Data standards need a CRM project first; routing moves to the next wave.',
    lessonsLearned: 'Fix data capture before routing.',
    decidedAt: '2026-11-23T10:00:00.000Z',
    decidedBy: { __typename: 'User' as const, id: anId(), name: 'Daniel Kim' },
  };
}

function renderPage(pilot: ReturnType<typeof aGatePilot>, extra: MockLink.MockedResponse[] = [], role: 'program_manager' | 'executive' = 'program_manager') {
  return renderWithApp(<GateReviewPage />, {
    route: `/pilots/${pilot.id}/gate`,
    path: '/pilots/:pilotId/gate',
    user: aCurrentUser({ role }),
    mocks: [{ request: { query: GateReviewQuery, variables: { id: pilot.id } }, result: { data: { pilot } } }, ...extra],
  });
}

describe('GateReviewPage', () => {
  it('shows the recommendation, a reason per metric with its state, flags and the evidence', async () => {
    renderPage(aGatePilot());

    expect(await screen.findByRole('heading', { level: 1, name: 'Gate review: UK & Ireland and US East routing wave 0' })).toBeTruthy();
    const recommendation = screen.getByRole('region', { name: 'Recommendation' });
    expect(recommendation.textContent).toContain('From the success metrics as of Nov 23, 2026. You decide; a different decision needs a rationale.');
    expect(within(recommendation).getByText('Adjust')).toBeTruthy();
    expect(within(recommendation).getByTestId('gate-recommendation-summary').textContent).toBe(
      'Adjust: CRM data completeness is behind while others are on track.',
    );
    const reasons = within(recommendation).getAllByTestId('gate-reason');
    expect(reasons.map((reason) => reason.querySelector('[data-state]')?.getAttribute('data-state'))).toEqual(['on_track', 'off_track']);
    expect(reasons[1]?.textContent).toContain('CRM data completeness rose from 71% to 72%, target 90%: off track.');
    const flag = within(recommendation).getByTestId('gate-flag');
    expect(flag.textContent).toContain('UK & Ireland: green while off track');

    const rows = within(screen.getByRole('region', { name: 'Evidence' })).getAllByTestId('gate-evidence-row');
    expect(rows).toHaveLength(2);
    const [first] = rows;
    expect(first?.textContent).toContain('20 h');
    expect(first?.textContent).toContain('11 h');
    expect(first?.textContent).toContain('8 h');
    expect(first?.textContent).toContain('−7.5 h');
    expect(first?.textContent).toContain('(−10.2 to −4.8)');
    expect(first?.textContent).toContain('Better than comparison');
    expect(within(first as HTMLElement).getByTestId('gate-evidence-boundary').textContent).toBe('boundary −4.4 h');
    expect(within(first as HTMLElement).getByTestId('gate-evidence-how-sure').textContent).toBe('Very likely improved by 4.8 to 10.2 h.');
    expect(within(rows[1] as HTMLElement).getByTestId('gate-evidence-how-sure').textContent).toBe(
      'Could be no effect (between 2.1 points worse and 3.1 points better).',
    );
    // The final analysis says so, with nothing left to change it.
    const stage = within(recommendation).getByTestId('recommendation-stage');
    expect(stage.getAttribute('data-stage')).toBe('final');
    expect(stage.textContent).toContain('Final analysis');
    expect(within(recommendation).queryByTestId('what-would-change')).toBeNull();

    // The lead of an in-review pilot records the decision here.
    expect(screen.getByRole('form', { name: 'Gate decision' })).toBeTruthy();
  });

  it('before the end, says it is too early to call, what it is on course for, and what would change it', async () => {
    const pilot = aGatePilot({ status: 'running' });
    const interim = {
      ...pilot,
      evaluation: {
        ...pilot.evaluation,
        recommendation: {
          ...pilot.evaluation.recommendation,
          decision: 'extend' as const,
          stage: 'interim' as const,
          tooEarly: true,
          summary: 'Too early to call (week 2 of 4) — on course for scale: Lead response time improved, but not clearly more than in the comparison units.',
          whatWouldChange: 'To scale before the end, Lead response time would need an effect beyond −4.4 h (it is −3.1 h).',
        },
        metrics: pilot.evaluation.metrics.map((metric) => ({
          ...metric,
          missingWeeks: [{ __typename: 'MissingWeek' as const, weekStart: '2026-11-16', units: [UKI] }],
          effect: metric.effect && {
            ...metric.effect,
            looks: [{ __typename: 'EffectLook' as const, weekStart: '2026-11-16', effect: -3.1, low: -7.5, high: 1.3, boundary: -4.4 }],
          },
        })),
      },
    };
    renderPage(interim);

    const recommendation = await screen.findByRole('region', { name: 'Recommendation' });
    expect(within(recommendation).getByTestId('gate-recommendation-summary').textContent).toBe(
      'Too early to call (week 2 of 4) — on course for scale: Lead response time improved, but not clearly more than in the comparison units.',
    );
    expect(within(recommendation).getByText('Interim look: too early to call')).toBeTruthy();
    expect(within(recommendation).getByText('For now: extend')).toBeTruthy();
    expect(within(recommendation).getByTestId('what-would-change').textContent).toBe(
      'What would change it: To scale before the end, Lead response time would need an effect beyond −4.4 h (it is −3.1 h).',
    );
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    expect(within(evidence).getAllByTestId('missing-weeks')[0]?.textContent).toBe('No values, counted as missing (not zero): week of Nov 16 (UK & Ireland).');
    // The interval and the boundary of every look, on a chart per metric.
    expect(within(evidence).getAllByTestId('effect-looks-chart')).toHaveLength(2);
  });

  it('shows the decision instead of the form once decided', async () => {
    const decided = aGatePilot({ status: 'decided', decisions: [aDecision()] });
    // Read two weeks after the pilot ended: the figures still stop at its last day.
    renderPage({ ...decided, evaluation: { ...decided.evaluation, asOf: '2026-12-20' } });

    const outcome = await screen.findByTestId('gate-outcome');
    expect(outcome.getAttribute('data-decision')).toBe('stop');
    expect(within(outcome).getByText('Recommended: Adjust')).toBeTruthy();
    expect(outcome.textContent).toContain('Data standards need a CRM project first; routing moves to the next wave.');
    expect(outcome.textContent).toContain('Decided by Daniel Kim');
    expect(screen.queryByRole('form', { name: 'Gate decision' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Recommendation' }).textContent).toContain('From the success metrics over the whole pilot, to Dec 6, 2026.');
  });

  it('offers no decision form to someone who only reads', async () => {
    renderPage(aGatePilot({ viewerCanManage: false }), [], 'executive');

    const recommendation = await screen.findByRole('region', { name: 'Recommendation' });
    expect(screen.queryByRole('form', { name: 'Gate decision' })).toBeNull();
    expect(screen.getByText('The pilot is in review. Its program’s leads record the decision here.')).toBeTruthy();
    // Nobody tells a reader that they decide.
    expect(recommendation.textContent).not.toContain('You decide');
    expect(recommendation.textContent).toContain('The program’s leads record the decision.');
  });

  it('moves a running pilot to review after confirmation', async () => {
    const pilot = aGatePilot({ status: 'running' });
    const sent: unknown[] = [];
    const { user } = renderPage(pilot, [
      {
        request: {
          query: GateMoveToReviewMutation,
          variables: (variables: unknown) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { changePilotStatus: { __typename: 'Pilot', id: pilot.id, version: 7, status: 'in_review' } } },
      },
      { request: { query: GateReviewQuery, variables: { id: pilot.id } }, result: { data: { pilot: { ...pilot, version: 7, status: 'in_review' } } } },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Move to review' }));
    expect(screen.queryByRole('form', { name: 'Gate decision' })).toBeNull();
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Move to review' }));

    await waitFor(() => expect(sent).toEqual([{ input: { id: pilot.id, expectedVersion: 6, status: 'in_review' } }]));
    expect(await screen.findByRole('form', { name: 'Gate decision' })).toBeTruthy();
  });
});
