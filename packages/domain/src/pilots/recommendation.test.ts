import { describe, expect, it } from 'vitest';
import { evaluateMetric, type EvaluatedMetric, type MetricEvaluation } from './evaluation.js';
import type { DidEstimate } from './statistics/difference-in-differences.js';
import { describeEvaluation, recommendGate } from './recommendation.js';
import type { MetricState } from './pilot.types.js';
import { aGuardrailMetric, aMeasuredValue, aWinRateMetric } from '../testing/index.js';

const START = '2026-01-05';
const END = '2026-02-02';
const W = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'];
const v = aMeasuredValue;

const winRate: EvaluatedMetric = aWinRateMetric({ id: 'm-win' });

const completeness: EvaluatedMetric = aGuardrailMetric({ id: 'm-crm' });

/** A hand-made effect estimate with the given verdict (interval and boundary to match). */
function anEffect(verdict: DidEstimate['verdict']): DidEstimate {
  const look = { weekStart: W[3] ?? '', effect: 1, interval: verdict === null ? null : { low: -1, high: 3 }, boundary: verdict === null ? null : 2, verdict };
  return {
    ...look,
    weeks: 4,
    pilotChange: 2,
    comparisonChange: 1,
    comparisonBaseline: 20,
    method: 'units',
    adjusted: false,
    pilotUnits: 3,
    comparisonUnits: 3,
    standardError: 1,
    degreesOfFreedom: 4,
    informationFraction: 1,
    looks: [look],
  };
}

/** A hand-made evaluation for testing the decision rules on their own (final look unless `stage` says otherwise). */
function judged(name: string, state: MetricState, extra: Partial<MetricEvaluation> & { kind?: 'primary' | 'guardrail'; verdict?: DidEstimate['verdict'] } = {}): MetricEvaluation {
  const { kind = 'primary', verdict, ...rest } = extra;
  const effect = verdict === undefined ? null : anEffect(verdict);
  return {
    metric: { ...winRate, id: name, name, kind },
    baseline: 20,
    baselineSource: 'entered',
    current: 25,
    currentWeek: W[3] ?? null,
    progress: 0.5,
    trend: 1,
    elapsedShare: 1,
    weeksWithData: 4,
    plannedWeeks: 4,
    stage: 'final',
    state,
    guardrailBreached: kind === 'guardrail' ? state === 'off_track' : null,
    effect,
    weekly: [],
    missingWeeks: [],
    byUnit: [],
    ...rest,
  };
}

describe('gate recommendation rules, in order', () => {
  it('1. a breached guardrail means adjust, even when every primary metric is met', () => {
    const result = recommendGate([judged('Win rate', 'met'), judged('CRM data completeness', 'off_track', { kind: 'guardrail' })]);
    expect(result.decision).toBe('adjust');
    expect(result.summary).toBe('Adjust: the guardrail CRM data completeness was breached.');
  });

  it('1. a breached guardrail with a primary metric off track means stop', () => {
    const result = recommendGate([
      judged('Win rate', 'off_track'),
      judged('Forecast accuracy', 'on_track'),
      judged('CRM data completeness', 'off_track', { kind: 'guardrail' }),
    ]);
    expect(result.decision).toBe('stop');
    expect(result.summary).toBe('Stop: the guardrail CRM data completeness was breached and Win rate is off track.');
  });

  it('1. a guardrail within tolerance (on track) does not block scaling', () => {
    expect(recommendGate([judged('Win rate', 'met'), judged('CRM data completeness', 'on_track', { kind: 'guardrail' })]).decision).toBe('scale');
  });

  it('2. without a primary metric there is nothing to scale on: extend', () => {
    expect(recommendGate([judged('CRM data completeness', 'met', { kind: 'guardrail' })]).decision).toBe('extend');
    expect(recommendGate([]).decision).toBe('extend');
  });

  it('3. too little data on any primary metric means extend, not a guess', () => {
    const result = recommendGate([judged('Win rate', 'met'), judged('Forecast accuracy', 'not_enough_data'), judged('Sales cycle length', 'off_track')]);
    expect(result.decision).toBe('extend');
    expect(result.summary).toBe('Extend: Forecast accuracy needs more data.');
  });

  it('4c. every primary metric met or on track, with no comparison or a clear improvement: scale', () => {
    expect(recommendGate([judged('Win rate', 'met'), judged('Forecast accuracy', 'on_track')]).decision).toBe('scale');
    const clear = recommendGate([judged('Win rate', 'met', { verdict: 'improved' })]);
    expect(clear).toMatchObject({ decision: 'scale', stage: 'final', tooEarly: false, onCourseFor: null, whatWouldChange: null });
    expect(clear.summary).toBe('Scale: every primary metric is met or on track and clearly better than in the comparison units.');
  });

  it('4a. comparison units without a range yet (one paired week) block scaling too: extend', () => {
    expect(recommendGate([judged('Win rate', 'met', { verdict: null })]).decision).toBe('extend');
  });

  it('4a. never scale while a primary effect is inconclusive (interval crosses zero): extend', () => {
    const result = recommendGate([judged('Win rate', 'met', { verdict: 'inconclusive' }), judged('Forecast accuracy', 'on_track', { verdict: 'improved' })]);
    expect(result.decision).toBe('extend');
    expect(result.summary).toBe('Extend: Win rate improved, but not clearly more than in the comparison units.');
  });

  it('4b. comparison units clearly did better: adjust', () => {
    expect(recommendGate([judged('Win rate', 'met', { verdict: 'worsened' })]).decision).toBe('adjust');
  });

  it('5. primary metrics off track and none on track: stop', () => {
    const result = recommendGate([judged('Win rate', 'off_track'), judged('Forecast accuracy', 'off_track'), judged('Sales cycle length', 'at_risk')]);
    expect(result.decision).toBe('stop');
    expect(result.summary).toBe('Stop: Win rate and Forecast accuracy are off track and no primary metric is on track.');
  });

  it('6. mixed results: adjust', () => {
    expect(recommendGate([judged('Win rate', 'met'), judged('Forecast accuracy', 'off_track')]).decision).toBe('adjust');
    expect(recommendGate([judged('Win rate', 'on_track'), judged('Forecast accuracy', 'at_risk')]).summary).toBe(
      'Adjust: Forecast accuracy is behind while others are on track.',
    );
    expect(recommendGate([judged('Win rate', 'at_risk')]).decision).toBe('adjust');
  });

  it('weighs primary progress, capping each metric at 1: (3 × 1 + 1 × 0.5) / 4 = 0.875', () => {
    const result = recommendGate([
      judged('Win rate', 'met', { progress: 1.2, metric: { ...winRate, weight: 3 } }),
      judged('Forecast accuracy', 'on_track', { progress: 0.5 }),
      judged('Ignored', 'on_track', { progress: 0, metric: { ...winRate, name: 'Ignored', weight: 0 } }),
      judged('CRM data completeness', 'met', { kind: 'guardrail', progress: 0 }),
    ]);
    expect(result.weightedProgress).toBeCloseTo(0.875, 10);
    expect(recommendGate([judged('Win rate', 'not_enough_data', { progress: null })]).weightedProgress).toBeNull();
  });
});

describe('reasons in plain words', () => {
  it('states the comparison-unit effect with its interval (scale)', () => {
    // Lead response time: baseline 18 h, target 8 h; pilot 14, 10, 8, 6; comparison baseline 20,
    // then 19, 18, 18, 17 → pilot −8.5 h, comparison −2 h, effect −6.5 h (−10.71 to −2.29), see evaluation.test.ts.
    const comparison = [
      [20, 18],
      [18, 18],
      [19, 17],
      [17, 17],
    ];
    const measurements = [
      v('C1', '2025-12-22', 21),
      v('C2', '2025-12-22', 19),
      v('C1', '2025-12-29', 19),
      v('C2', '2025-12-29', 21),
      ...W.flatMap((week, i) => [v('P', week, [14, 10, 8, 6][i] ?? 0), v('C1', week, comparison[i]?.[0] ?? 0), v('C2', week, comparison[i]?.[1] ?? 0)]),
    ];
    const evaluation = evaluateMetric({
      metric: { ...winRate, id: 'm-lrt', name: 'Lead response time', unit: 'hours', direction: 'lower_is_better', baseline: 18, target: 8 },
      measurements,
      pilotUnitIds: ['P'],
      comparisonUnitIds: ['C1', 'C2'],
      startDate: START,
      endDate: END,
      today: '2026-01-30',
    });
    // Interim (the end is 2026-02-02), but the effect clears the boundary: −6.5 ± 3.35 × 1.32 = (−10.9, −2.1).
    const result = recommendGate([evaluation]);
    expect(result).toMatchObject({ decision: 'scale', stage: 'interim', tooEarly: false });
    expect(result.reasons).toEqual([
      "Lead response time fell from 18 h to 6 h, target 8 h: met; on average the pilot units fell 8.5 h and the comparison units fell 2 h, so the pilot's effect is about −6.5 h: " +
        "very likely improved by 2.1 to 10.9 h; the pilot's baseline was entered, not measured, so the evidence is weaker.",
    ]);
  });

  it('says when the effect could be zero, and then does not scale', () => {
    // CRM data completeness (primary here): entered baseline 70 %, target 80 %; pilot 74, 78, 80, 82;
    // comparison baseline 70 (one week), then 76, 75, 81, 78.
    // d = (P − C) − (70 − 70) = −2, 3, −1, 4 → mean 1, variance 26 / 3. One comparison week before the
    // start gives no spread, so its pilot weeks' spread (variance 7) stands in: se² = 26/12 + 7/1.
    // pilot change 78.5 − 70 = 8.5 points, comparison change 77.5 − 70 = 7.5 points.
    const pilot = [74, 78, 80, 82];
    const control = [76, 75, 81, 78];
    const evaluation = evaluateMetric({
      metric: { ...completeness, kind: 'primary', baseline: 70, target: 80, tolerance: null },
      measurements: [v('C', '2025-12-29', 70), ...W.flatMap((week, i) => [v('P', week, pilot[i] ?? 0), v('C', week, control[i] ?? 0)])],
      pilotUnitIds: ['P'],
      comparisonUnitIds: ['C'],
      startDate: START,
      endDate: END,
      today: '2026-01-30',
    });
    expect(evaluation.effect?.effect).toBeCloseTo(1, 10);
    expect(evaluation.effect?.standardError).toBeCloseTo(Math.sqrt(26 / 12 + 7), 10);
    expect(evaluation.effect?.verdict).toBe('inconclusive');
    expect(evaluation.state).toBe('met');
    const result = recommendGate([evaluation]);
    expect(result).toMatchObject({ decision: 'extend', stage: 'interim', tooEarly: true, onCourseFor: 'scale' });
    expect(result.summary).toBe(
      'Too early to call (week 4 of 4) — on course for scale: CRM data completeness improved, but not clearly more than in the comparison units.',
    );
    expect(result.reasons[0]).toBe(
      "CRM data completeness rose from 70% to 82%, target 80%: met; on average the pilot units rose 8.5 points and the comparison units rose 7.5 points, so the pilot's effect is about +1 point: " +
        "could be no effect (between 7.3 points worse and 9.3 points better); the pilot's baseline was entered, not measured, so the evidence is weaker.",
    );
    // At the planned end the same data are final: extend, not scale.
    expect(recommendGate([{ ...evaluation, stage: 'final' }]).decision).toBe('extend');
  });

  it('describes guardrails by their tolerance', () => {
    const run = (values: number[]) =>
      evaluateMetric({
        metric: completeness,
        measurements: values.map((value, i) => v('A', W[i] ?? '', value)),
        pilotUnitIds: ['A'],
        startDate: START,
        endDate: END,
        today: '2026-01-23',
      });
    expect(describeEvaluation(run([89, 87]))).toBe(
      'CRM data completeness (guardrail) fell from 90% to 87%: breached, worse than the baseline by more than its tolerance of 2 points.',
    );
    expect(describeEvaluation(run([89, 89]))).toBe('CRM data completeness (guardrail) fell from 90% to 89%: within its tolerance of 2 points.');
  });

  it('explains missing data instead of judging', () => {
    const base = { pilotUnitIds: ['A'], startDate: START, endDate: END, today: '2026-01-09' };
    expect(describeEvaluation(evaluateMetric({ ...base, metric: winRate, measurements: [v('A', '2026-01-07', 31)] }))).toBe(
      'Win rate rose from 20% to 31%, target 30%: only 1 week of values in the pilot period, at least 2 are needed to judge it.',
    );
    expect(describeEvaluation(evaluateMetric({ ...base, metric: winRate, measurements: [] }))).toBe('Win rate: no values in the pilot period yet (baseline 20%).');
    expect(describeEvaluation(evaluateMetric({ ...base, metric: { ...winRate, baseline: null }, measurements: [v('A', '2026-01-07', 31)] }))).toBe(
      'Win rate: no baseline yet; enter one or record values from before the start.',
    );
  });

  it('formats days and currency', () => {
    const base = { pilotUnitIds: ['A'], startDate: START, endDate: END, today: '2026-01-30' };
    const cycle = evaluateMetric({
      ...base,
      metric: { ...winRate, name: 'Sales cycle length', unit: 'days', direction: 'lower_is_better', baseline: 45, target: 35 },
      measurements: [v('A', W[0] ?? '', 44), v('A', W[3] ?? '', 42)],
    });
    // progress (42 − 45) / (35 − 45) = 0.3 with 25 / 28 elapsed → at risk
    expect(describeEvaluation(cycle)).toBe(
      'Sales cycle length fell from 45 d to 42 d, target 35 d: at risk; 2 unit-weeks are missing (the weeks of Jan 12, 2026 and Jan 19, 2026), which weakens the evidence.',
    );
    const revenue = evaluateMetric({
      ...base,
      metric: { ...winRate, name: 'Revenue per rep', unit: 'currency', baseline: 100000, target: 120000 },
      measurements: [v('A', W[0] ?? '', 101000), v('A', W[3] ?? '', 121250.4)],
    });
    expect(describeEvaluation(revenue)).toMatch(/^Revenue per rep rose from \$100,000 to \$121,250, target \$120,000: met; 2 unit-weeks are missing/);
  });
});

describe('green but off track', () => {
  // Win rate 20 % → 30 %. A: 19, 18 (worse → off track); B: 28, 31 (met).
  // Group: (19 + 28) / 2 = 23.5, (18 + 31) / 2 = 24.5 → progress 0.45 ≥ 11/28 − 0.1 → on track.
  const evaluation = evaluateMetric({
    metric: winRate,
    measurements: [v('A', W[0] ?? '', 19), v('B', W[0] ?? '', 28), v('A', W[1] ?? '', 18), v('B', W[1] ?? '', 31)],
    pilotUnitIds: ['A', 'B'],
    startDate: START,
    endDate: END,
    today: '2026-01-16',
  });

  it('flags a unit whose latest check-in is green while its own primary metric is off track', () => {
    expect(evaluation.state).toBe('on_track');
    const result = recommendGate(
      [evaluation],
      [
        { unitId: 'A', weekStart: '2026-01-12', status: 'green' },
        { unitId: 'A', weekStart: '2026-01-05', status: 'red' },
        { unitId: 'B', weekStart: '2026-01-12', status: 'green' },
        { unitId: 'Z', weekStart: '2026-01-12', status: 'green' },
      ],
    );
    expect(result.flags).toEqual([{ unitId: 'A', message: 'Reports green for the week of Jan 12, 2026, but Win rate is off track in this unit.' }]);
  });

  it('does not flag a unit that reports amber or red, or whose latest check-in is not green', () => {
    const result = recommendGate(
      [evaluation],
      [
        { unitId: 'A', weekStart: '2026-01-05', status: 'green' },
        { unitId: 'A', weekStart: '2026-01-12', status: 'amber' },
        { unitId: 'B', weekStart: '2026-01-12', status: 'red' },
      ],
    );
    expect(result.flags).toEqual([]);
    expect(recommendGate([evaluation]).flags).toEqual([]);
  });

  it('ignores guardrails for the flag', () => {
    const guardrail = { ...evaluation, metric: { ...completeness } };
    expect(recommendGate([guardrail], [{ unitId: 'A', weekStart: '2026-01-12', status: 'green' }]).flags).toEqual([]);
  });
});
