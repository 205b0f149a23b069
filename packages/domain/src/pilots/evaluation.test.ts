import { describe, expect, it } from 'vitest';
import { computeBaseline, elapsedShare, evaluateMetric, evaluatePilotMetrics, type EvaluatedMetric } from './evaluation.js';
import { describeEvaluation } from './evaluation-wording.js';
import { normalCdf, studentTQuantile } from './statistics/distributions.js';
import { sequentialBoundaries } from './statistics/sequential.js';
import { aGuardrailMetric, aMeasuredValue, aSuccessMetric, aWinRateMetric } from '../testing/index.js';

// Pilot calendar used throughout: start Monday 2026-01-05, end 2026-02-02 (start + 28 days).
// ISO weeks: W-2 = 2025-12-22, W-1 = 2025-12-29 (before the start),
//            W0 = 2026-01-05, W1 = 01-12, W2 = 01-19, W3 = 01-26, W4 = 02-02 (pilot period).
const START = '2026-01-05';
const END = '2026-02-02';
const WEEK = { m2: '2025-12-22', m1: '2025-12-29', w0: '2026-01-05', w1: '2026-01-12', w2: '2026-01-19', w3: '2026-01-26', w4: '2026-02-02' };

const leadResponse: EvaluatedMetric = aSuccessMetric({ id: 'm-lrt', baseline: null });

const winRate: EvaluatedMetric = aWinRateMetric({ id: 'm-win' });

const v = aMeasuredValue;

describe('elapsed share', () => {
  it('is days since start over days from start to end, clamped to 0..1', () => {
    expect(elapsedShare(START, END, '2026-01-19')).toBe(0.5); // 14 / 28
    expect(elapsedShare(START, END, '2025-12-01')).toBe(0);
    expect(elapsedShare(START, END, '2026-03-01')).toBe(1);
  });
});

describe('a lower-is-better metric without comparison units', () => {
  // Two pilot units A and B, baseline computed from the weeks before the start.
  const measurements = [
    // before: W-2 → (20 + 16) / 2 = 18; W-1: A reports twice (22, 24 → 23), B 13 → (23 + 13) / 2 = 18
    v('A', '2025-12-22', 20),
    v('B', '2025-12-23', 16),
    v('A', '2025-12-29', 22),
    v('A', '2026-01-01', 24),
    v('B', '2025-12-30', 13),
    // pilot weeks: W0 (16 + 14) / 2 = 15, W1 (13 + 11) / 2 = 12, W2 (11 + 9) / 2 = 10, W3 (10 + 8) / 2 = 9
    v('A', '2026-01-05', 16),
    v('B', '2026-01-06', 14),
    v('A', '2026-01-12', 13),
    v('B', '2026-01-12', 11),
    v('A', '2026-01-19', 11),
    v('B', '2026-01-19', 9),
    v('A', '2026-01-26', 10),
    v('B', '2026-01-27', 8),
    v('A', '2026-01-31', 2), // after today (2026-01-30): ignored
    v('X', '2026-01-26', 99), // not a pilot unit: ignored
  ];
  // today Friday 2026-01-30 → elapsed = 25 / 28 = 0.892857; on track from 0.892857 − 0.1 = 0.792857
  const evaluation = evaluateMetric({ metric: leadResponse, measurements, pilotUnitIds: ['A', 'B'], startDate: START, endDate: END, today: '2026-01-30' });

  it('computes the baseline as the mean of weekly unit means before the start (18, not the raw mean 19)', () => {
    expect(evaluation.baseline).toBe(18);
    expect(evaluation.baselineSource).toBe('measured');
    expect(computeBaseline(measurements, ['A', 'B'], START)).toBe(18);
  });

  it('takes the current value from the latest pilot week and ignores later values and other units', () => {
    expect(evaluation.current).toBe(9);
    expect(evaluation.currentWeek).toBe(WEEK.w3);
    expect(evaluation.weeksWithData).toBe(4);
    expect(evaluation.weekly.map((w) => w.pilot)).toEqual([15, 12, 10, 9]);
    expect(evaluation.weekly.every((w) => w.comparison === null)).toBe(true);
  });

  it('measures progress as the share of the gap closed: (9 − 18) / (8 − 18) = 0.9', () => {
    expect(evaluation.progress).toBeCloseTo(0.9, 10);
    expect(evaluation.elapsedShare).toBeCloseTo(25 / 28, 10);
  });

  it('fits the trend by least squares: x̄ = 1.5, ȳ = 11.5, Σxy = −10, Σxx = 5 → −2 h per week', () => {
    expect(evaluation.trend).toBeCloseTo(-2, 10);
  });

  it('is on track (0.9 ≥ 0.79) and has no comparison effect nor guardrail verdict', () => {
    expect(evaluation.state).toBe('on_track');
    expect(evaluation.effect).toBeNull();
    expect(evaluation.guardrailBreached).toBeNull();
  });

  it('judges each unit against its own baseline', () => {
    // A: baseline (20 + 23) / 2 = 21.5, current 10, progress (10 − 21.5) / (8 − 21.5) = 0.85185 → on track
    // B: baseline (16 + 13) / 2 = 14.5, current 8 ≤ target 8 → met
    const [a, b] = evaluation.byUnit;
    expect(a).toMatchObject({ unitId: 'A', baseline: 21.5, current: 10, weeksWithData: 4, state: 'on_track' });
    expect(a?.progress).toBeCloseTo(11.5 / 13.5, 10);
    expect(b).toMatchObject({ unitId: 'B', baseline: 14.5, current: 8, state: 'met' });
  });

  it('uses an entered baseline instead of the measured one', () => {
    const entered = evaluateMetric({
      metric: { ...leadResponse, baseline: 20 },
      measurements,
      pilotUnitIds: ['A', 'B'],
      startDate: START,
      endDate: END,
      today: '2026-01-30',
    });
    // progress (9 − 20) / (8 − 20) = 11 / 12
    expect(entered.baseline).toBe(20);
    expect(entered.baselineSource).toBe('entered');
    expect(entered.progress).toBeCloseTo(11 / 12, 10);
    expect(entered.byUnit[0]?.baseline).toBe(20);
  });

  it('counts a value dated on the end day once today reaches it', () => {
    const atEnd = evaluateMetric({
      metric: leadResponse,
      measurements: [...measurements, v('A', '2026-02-02', 7)],
      pilotUnitIds: ['A', 'B'],
      startDate: START,
      endDate: END,
      today: '2026-02-10',
    });
    // W3 now also holds A's 2 from 01-31: A = (10 + 2) / 2 = 6, B = 8 → 7; W4 = 7 (A only) → met
    expect(atEnd.weekly.map((w) => w.pilot)).toEqual([15, 12, 10, 7, 7]);
    expect(atEnd.current).toBe(7);
    expect(atEnd.state).toBe('met');
    expect(atEnd.elapsedShare).toBe(1);
  });
});

describe('a pilot that starts mid-week', () => {
  it('counts the whole week holding the start date as the first pilot week', () => {
    // Start Wednesday 2026-01-07: Friday 01-02 is before (baseline 20); Monday 01-05 is in week 0.
    const e = evaluateMetric({
      metric: { ...winRate, baseline: null },
      measurements: [v('A', '2026-01-02', 20), v('A', '2026-01-05', 24), v('A', '2026-01-12', 26)],
      pilotUnitIds: ['A'],
      startDate: '2026-01-07',
      endDate: '2026-02-04',
      today: '2026-01-21',
    });
    expect(e.baseline).toBe(20);
    expect(e.weekly.map((w) => [w.weekStart, w.pilot])).toEqual([
      ['2026-01-05', 24],
      ['2026-01-12', 26],
    ]);
    // elapsed 14 / 28 = 0.5; progress (26 − 20) / 10 = 0.6 → on track
    expect(e.elapsedShare).toBe(0.5);
    expect(e.state).toBe('on_track');
  });
});

describe('state thresholds on a higher-is-better metric', () => {
  // Win rate, entered baseline 20 %, target 30 %. today Monday 2026-01-26 → elapsed 21 / 28 = 0.75,
  // so on track needs progress ≥ 0.65.
  const run = (values: number[], today = '2026-01-26') =>
    evaluateMetric({
      metric: winRate,
      measurements: values.map((value, week) => v('A', [WEEK.w0, WEEK.w1, WEEK.w2, WEEK.w3][week] ?? WEEK.w4, value)),
      pilotUnitIds: ['A'],
      startDate: START,
      endDate: END,
      today,
    });

  it('met when the latest week reaches the target: 30 ≥ 30', () => {
    expect(run([22, 26, 28, 30]).state).toBe('met');
  });

  it('on track when progress keeps up: (27 − 20) / 10 = 0.7 ≥ 0.65', () => {
    const e = run([22, 24, 25, 27]);
    expect(e.progress).toBeCloseTo(0.7, 10);
    expect(e.state).toBe('on_track');
  });

  it('at risk when it improves but lags: (26 − 20) / 10 = 0.6 < 0.65', () => {
    const e = run([21, 23, 25, 26]);
    expect(e.progress).toBeCloseTo(0.6, 10);
    expect(e.state).toBe('at_risk');
  });

  it('off track with no improvement (progress 0) or worse (−0.2)', () => {
    expect(run([21, 22, 21, 20]).state).toBe('off_track');
    const worse = run([21, 19, 18]);
    expect(worse.progress).toBeCloseTo(-0.2, 10);
    expect(worse.state).toBe('off_track');
  });

  it('allows the slack early on: after 14 of 28 days, progress 0.4 ≥ 0.5 − 0.1 is on track', () => {
    expect(run([22, 24], '2026-01-19').state).toBe('on_track');
  });
});

describe('not enough data', () => {
  it('needs at least two pilot weeks: one week gives values but no trend and no state', () => {
    const e = evaluateMetric({ metric: winRate, measurements: [v('A', '2026-01-07', 31)], pilotUnitIds: ['A'], startDate: START, endDate: END, today: '2026-01-09' });
    expect(e.current).toBe(31);
    expect(e.progress).toBeCloseTo(1.1, 10);
    expect(e.trend).toBeNull();
    expect(e.state).toBe('not_enough_data');
  });

  it('needs a baseline: none entered and nothing before the start', () => {
    const e = evaluateMetric({
      metric: leadResponse,
      measurements: [v('A', WEEK.w0, 12), v('A', WEEK.w1, 10)],
      pilotUnitIds: ['A'],
      startDate: START,
      endDate: END,
      today: '2026-01-20',
    });
    expect(e.baseline).toBeNull();
    expect(e.baselineSource).toBeNull();
    expect(e.progress).toBeNull();
    expect(e.state).toBe('not_enough_data');
  });

  it('has nothing to judge before the pilot starts', () => {
    const e = evaluateMetric({ metric: winRate, measurements: [v('A', WEEK.m1, 20)], pilotUnitIds: ['A'], startDate: START, endDate: END, today: '2026-01-02' });
    expect(e).toMatchObject({ current: null, progress: null, trend: null, weeksWithData: 0, elapsedShare: 0, state: 'not_enough_data' });
  });
});

describe('missing weeks', () => {
  it('fits the trend on real week positions: weeks 0, 1, 3 with 10, 12, 16 give +2 per week (not +3)', () => {
    // x̄ = 4/3, ȳ = 38/3; Σ(x − x̄)(y − ȳ) = 32/9 + 2/9 + 50/9 = 84/9; Σ(x − x̄)² = 42/9 → slope 2.
    // Treating the weeks as 0, 1, 2 would give 6 / 2 = 3.
    const e = evaluateMetric({
      metric: { ...winRate, baseline: 8, target: 20 },
      measurements: [v('A', WEEK.w0, 10), v('A', WEEK.w1, 12), v('A', WEEK.w3, 16)],
      pilotUnitIds: ['A'],
      startDate: START,
      endDate: END,
      today: '2026-01-30',
    });
    expect(e.weeksWithData).toBe(3);
    expect(e.weekly.map((w) => w.weekStart)).toEqual([WEEK.w0, WEEK.w1, WEEK.w3]);
    expect(e.trend).toBeCloseTo(2, 10);
  });

  it('averages the units that reported in a week, and judges a unit by its own latest week', () => {
    // W0: (10 + 20) / 2 = 15; W1: only A → 12; W2: only B → 24 (the group's latest week)
    const e = evaluateMetric({
      metric: { ...winRate, baseline: 10, target: 30 },
      measurements: [v('A', WEEK.w0, 10), v('B', WEEK.w0, 20), v('A', WEEK.w1, 12), v('B', WEEK.w2, 24)],
      pilotUnitIds: ['A', 'B'],
      startDate: START,
      endDate: END,
      today: '2026-01-23',
    });
    expect(e.weekly.map((w) => w.pilot)).toEqual([15, 12, 24]);
    expect(e.current).toBe(24);
    expect(e.byUnit.map((u) => [u.unitId, u.current, u.weeksWithData])).toEqual([
      ['A', 12, 2],
      ['B', 24, 2],
    ]);
  });
});

describe('difference-in-differences against comparison units', () => {
  // Lead response time, entered baseline 18 h, target 8 h; pilot unit P, comparison units C1, C2.
  // P has no values before the start, so its entered baseline is taken as exact ("entered" method).
  // Comparison baseline: W-2 (21 + 19) / 2 = 20, W-1 (19 + 21) / 2 = 20 → 20 (spread 0).
  // Weekly values      W0   W1   W2   W3
  //   pilot P          14   10    8    6      mean 9.5 → pilot change 9.5 − 18 = −8.5
  //   comparison       19   18   18   17      (C1, C2: 20/18, 18/18, 19/17, 17/17) mean 18 → change 18 − 20 = −2
  // Weekly differences P − C: −5, −8, −10, −11, minus the baseline gap 18 − 20 → effect −6.5 = −8.5 − (−2)
  // variance of the differences 21 / 3 = 7; se² = 7/4 + 0/2 → se 1.32288 with 3 degrees of freedom.
  // Today Friday 2026-01-30 is before the end (2026-02-02): an interim look. Four planned weeks, looks
  // after weeks 2, 3, 4 at information 2/4, 3/4, 4/4 (an entered baseline adds no baseline weeks), so the
  // boundary is the third of sequentialBoundaries([0.5, 0.75, 1]) ≈ 2.01, as a t(3) critical value ≈ 3.35.
  const critical = studentTQuantile(normalCdf(sequentialBoundaries([0.5, 0.75, 1])[2] ?? 0), 3);
  const se = Math.sqrt(7 / 4);
  const pilotValues = [14, 10, 8, 6];
  const comparison = [
    [20, 18],
    [18, 18],
    [19, 17],
    [17, 17],
  ];
  const weeks = [WEEK.w0, WEEK.w1, WEEK.w2, WEEK.w3];
  const measurements = [
    v('C1', WEEK.m2, 21),
    v('C2', WEEK.m2, 19),
    v('C1', WEEK.m1, 19),
    v('C2', WEEK.m1, 21),
    ...weeks.flatMap((week, i) => [v('P', week, pilotValues[i] ?? 0), v('C1', week, comparison[i]?.[0] ?? 0), v('C2', week, comparison[i]?.[1] ?? 0)]),
  ];
  const input = {
    metric: { ...leadResponse, baseline: 18 },
    measurements,
    pilotUnitIds: ['P'],
    comparisonUnitIds: ['C1', 'C2'],
    startDate: START,
    endDate: END,
    today: '2026-01-30',
  };

  it('credits the pilot only with the change beyond the comparison units, with an interval at the boundary', () => {
    const e = evaluateMetric(input);
    const { effect } = e;
    expect(e).toMatchObject({ stage: 'interim', plannedWeeks: 4 });
    expect(critical).toBeCloseTo(3.35, 1);
    expect(effect).toMatchObject({ method: 'entered', adjusted: false, comparisonBaseline: 20, weeks: 4, degreesOfFreedom: 3, informationFraction: 1 });
    expect(effect?.pilotChange).toBeCloseTo(-8.5, 10);
    expect(effect?.comparisonChange).toBeCloseTo(-2, 10);
    expect(effect?.effect).toBeCloseTo(-6.5, 10);
    expect(effect?.standardError).toBeCloseTo(se, 10);
    expect(effect?.interval?.low).toBeCloseTo(-6.5 - critical * se, 8);
    expect(effect?.interval?.high).toBeCloseTo(-6.5 + critical * se, 8);
    // Lower is better: the estimate had to fall below −critical × se (−4.43 h), and at −6.5 h it did.
    expect(effect?.boundary).toBeCloseTo(-critical * se, 8);
    expect(effect?.verdict).toBe('improved');
  });

  it('keeps every weekly look, with a stricter boundary at the earlier ones', () => {
    const looks = evaluateMetric(input).effect?.looks ?? [];
    expect(looks.map((look) => look.weekStart)).toEqual([WEEK.w0, WEEK.w1, WEEK.w2, WEEK.w3]);
    // Week 0 alone is too early for a range.
    expect(looks[0]).toMatchObject({ effect: -3, interval: null, boundary: null, verdict: null });
    // After two weeks: d = −5, −8 → effect −4.5, variance 4.5, se 1.5 with 1 df; boundary 2.96 on the z scale.
    const second = looks[1];
    const early = studentTQuantile(normalCdf(sequentialBoundaries([0.5, 0.75, 1])[0] ?? 0), 1);
    expect(second?.effect).toBeCloseTo(-4.5, 10);
    expect(second?.boundary).toBeCloseTo(-early * 1.5, 6);
    expect(second?.verdict).toBe('inconclusive');
    expect(Math.abs(second?.boundary ?? 0)).toBeGreaterThan(Math.abs(looks[3]?.boundary ?? 0));
  });

  it('still reports the raw judgement: 6 h ≤ 8 h is met, progress (6 − 18) / (8 − 18) = 1.2', () => {
    const e = evaluateMetric(input);
    expect(e.state).toBe('met');
    expect(e.progress).toBeCloseTo(1.2, 10);
    expect(e.weekly.map((w) => w.comparison)).toEqual([19, 18, 18, 17]);
  });

  it('pairs only weeks where both groups have values, and names the missing week', () => {
    // Without the comparison's W2: d = −5, −8, −11 minus the gap −2 → −3, −6, −9, mean −6; variance 9,
    // se √(9/3) = 1.73205 with 2 df; looks at 2/4 and 3/4 of the information: half-width ≫ 6, crosses zero.
    const e = evaluateMetric({ ...input, measurements: measurements.filter((m) => !(m.date === WEEK.w2 && m.unitId !== 'P')) });
    const z = sequentialBoundaries([0.5, 0.75])[1] ?? 0;
    const half = studentTQuantile(normalCdf(z), 2) * Math.sqrt(3);
    expect(e.effect?.weeks).toBe(3);
    expect(e.effect?.effect).toBeCloseTo(-6, 10);
    expect(e.effect?.interval?.low).toBeCloseTo(-6 - half, 8);
    expect(e.effect?.interval?.high).toBeCloseTo(-6 + half, 8);
    expect(e.effect?.verdict).toBe('inconclusive');
    expect(e.weeksWithData).toBe(4);
    expect(e.missingWeeks).toEqual([{ weekStart: WEEK.w2, unitIds: ['C1', 'C2'] }]);
  });

  it('gives an effect without an interval for a single paired week', () => {
    // W0 only: d = (14 − 19) − (18 − 20) = −3
    const e = evaluateMetric({ ...input, today: '2026-01-09' });
    expect(e.effect).toMatchObject({ effect: -3, weeks: 1, interval: null, verdict: null });
  });

  it('gives no effect when the comparison units have no values before the start', () => {
    const e = evaluateMetric({ ...input, measurements: measurements.filter((m) => m.date >= START) });
    expect(e.effect).toBeNull();
  });

  it('ignores a comparison unit that is also a pilot unit', () => {
    const e = evaluateMetric({ ...input, comparisonUnitIds: ['P'] });
    expect(e.effect).toBeNull();
    expect(e.weekly.every((w) => w.comparison === null)).toBe(true);
  });

  it('calls a higher-is-better effect improved only when the whole interval is above zero', () => {
    // Mirror the data (value → 100 − value, baseline 82, target 92): every difference flips sign,
    // so the effect is +6.5 (2.29 to 10.71) and higher is better → improved.
    const mirrored = evaluateMetric({
      ...input,
      metric: { ...winRate, baseline: 82, target: 92 },
      measurements: measurements.map((m) => ({ ...m, value: 100 - m.value })),
    });
    expect(mirrored.effect?.effect).toBeCloseTo(6.5, 10);
    expect(mirrored.effect?.interval?.low).toBeCloseTo(6.5 - critical * se, 8);
    expect(mirrored.effect?.boundary).toBeCloseTo(critical * se, 8);
    expect(mirrored.effect?.verdict).toBe('improved');
    // The same numbers on a lower-is-better metric mean the pilot made things worse.
    const worse = evaluateMetric({
      ...input,
      metric: { ...leadResponse, baseline: 82, target: 70 },
      measurements: measurements.map((m) => ({ ...m, value: 100 - m.value })),
    });
    expect(worse.effect?.verdict).toBe('worsened');
    expect(worse.state).toBe('off_track');
  });
});

describe('guardrails', () => {
  // CRM data completeness, higher is better, baseline 90 %, may fall at most 2 points.
  const completeness: EvaluatedMetric = aGuardrailMetric({ id: 'm-crm' });
  const run = (metric: EvaluatedMetric, values: number[]) =>
    evaluateMetric({
      metric,
      measurements: values.map((value, i) => v('A', [WEEK.w0, WEEK.w1, WEEK.w2][i] ?? WEEK.w3, value)),
      pilotUnitIds: ['A'],
      startDate: START,
      endDate: END,
      today: '2026-01-23',
    });

  it('is breached when worse than the baseline by more than the tolerance: 90 − 87 = 3 > 2', () => {
    const e = run(completeness, [89, 87]);
    expect(e.guardrailBreached).toBe(true);
    expect(e.state).toBe('off_track');
  });

  it('is on track, not at risk, at exactly the tolerance (90 − 88 = 2), as its sentence says', () => {
    const e = run(completeness, [89, 88]);
    expect(e.guardrailBreached).toBe(false);
    expect(e.state).toBe('on_track');
    expect(describeEvaluation(e)).toContain('within its tolerance');
  });

  it('is met when it holds the baseline', () => {
    expect(run(completeness, [89, 90]).state).toBe('met');
  });

  it('needs no target: within its tolerance it is on track (never "met"), beyond it breached, and its sentence names no target', () => {
    const noTarget: EvaluatedMetric = { ...completeness, target: null };
    const holding = run(noTarget, [89, 90]); // holds the baseline: 90 − 90 = 0 ≤ 2
    expect(holding).toMatchObject({ guardrailBreached: false, state: 'on_track', progress: null });
    expect(describeEvaluation(holding)).toContain('within its tolerance');
    expect(describeEvaluation(holding)).not.toContain('target');
    expect(run(noTarget, [89, 87])).toMatchObject({ guardrailBreached: true, state: 'off_track' }); // 90 − 87 = 3 > 2
  });

  it('works for lower-is-better guardrails: duplicate rate 5 % → 6.5 % is 1.5 worse than a tolerance of 1', () => {
    const duplicates: EvaluatedMetric = { ...completeness, name: 'Duplicate record rate', direction: 'lower_is_better', baseline: 5, target: 5, tolerance: 1 };
    expect(run(duplicates, [5.5, 6.5]).guardrailBreached).toBe(true);
    expect(run(duplicates, [5.5, 5.9])).toMatchObject({ guardrailBreached: false, state: 'on_track' });
    expect(run(duplicates, [4, 3]).guardrailBreached).toBe(false);
  });

  it('reports a breach even after a single week', () => {
    const e = run(completeness, [80]);
    expect(e.weeksWithData).toBe(1);
    expect(e.state).toBe('off_track');
  });
});

describe('evaluating all metrics of a pilot', () => {
  it('routes measurements to their metric and keeps the metric order', () => {
    const result = evaluatePilotMetrics({
      metrics: [winRate, { ...leadResponse, baseline: 18 }],
      measurements: [
        { metricId: 'm-lrt', unitId: 'A', date: WEEK.w0, value: 12 },
        { metricId: 'm-win', unitId: 'A', date: WEEK.w0, value: 25 },
        { metricId: 'm-lrt', unitId: 'A', date: WEEK.w1, value: 10 },
      ],
      pilotUnitIds: ['A'],
      startDate: START,
      endDate: END,
      today: '2026-01-16',
    });
    expect(result.map((e) => [e.metric.id, e.current, e.weeksWithData])).toEqual([
      ['m-win', 25, 1],
      ['m-lrt', 10, 2],
    ]);
  });
});
