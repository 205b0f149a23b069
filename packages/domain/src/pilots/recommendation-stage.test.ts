import { describe, expect, it } from 'vitest';
import { evaluateMetric, type EvaluatedMetric } from './evaluation.js';
import { recommendGate } from './recommendation.js';
import { aMeasuredValue, aSuccessMetric } from '../testing/index.js';

// Interim looks versus the final analysis, on real evaluations.
// Lead response time, baseline measured; pilot units P1..P3, comparison units C1..C3; start Monday
// 2026-01-05, end 2026-02-02 (four planned weeks); two weeks before the start at 18 h in every unit.
const START = '2026-01-05';
const END = '2026-02-02';
const BEFORE = ['2025-12-22', '2025-12-29'];
const WEEKS = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'];
const leadResponse: EvaluatedMetric = aSuccessMetric({ id: 'm-lrt', baseline: null });
const v = aMeasuredValue;

// A fixed, irregular wobble per unit and week (−0.75 … +0.75 h), so no two units move in lockstep.
const wobble = (unit: number, week: number, group: number) => ((((unit + 1) * (week + 3) * (group + 2)) % 7) - 3) * 0.25;

/** Every unit near 18 h before the start (± its offset), then the given weekly path plus the offset. */
function pilot(pilotPath: number[], comparisonPath: number[], today: string) {
  const offsets = [-1, 0, 1];
  const measurements = offsets.flatMap((offset, i) => [
    ...BEFORE.flatMap((week, w) => [v(`P${i}`, week, 18 + offset + wobble(i, w, 0)), v(`C${i}`, week, 18 + offset + wobble(i, w, 1))]),
    ...pilotPath.map((value, w) => v(`P${i}`, WEEKS[w] ?? '', value + offset + wobble(i, w + 2, 0))),
    ...comparisonPath.map((value, w) => v(`C${i}`, WEEKS[w] ?? '', value + offset + wobble(i, w + 2, 1))),
  ]);
  return evaluateMetric({
    metric: leadResponse,
    measurements,
    pilotUnitIds: ['P0', 'P1', 'P2'],
    comparisonUnitIds: ['C0', 'C1', 'C2'],
    startDate: START,
    endDate: END,
    today,
  });
}

describe('interim and final recommendations', () => {
  it('one week is too early: extend, with what would make the first call', () => {
    const result = recommendGate([pilot([12], [18], '2026-01-11')]);
    expect(result).toMatchObject({ decision: 'extend', stage: 'interim', tooEarly: true, onCourseFor: null });
    expect(result.summary).toBe('Too early to call (week 1 of 4): Lead response time needs more data.');
    expect(result.whatWouldChange).toBe('The first call comes once every primary metric has two weeks of values.');
  });

  it('a large effect against a flat comparison scales as soon as it clears the boundary, before the end', () => {
    const result = recommendGate([pilot([12, 9, 7], [18, 18, 18], '2026-01-25')]);
    expect(result).toMatchObject({ decision: 'scale', stage: 'interim', tooEarly: false });
  });

  it('a company-wide trend never scales: on course for scale at interim, extend at the end', () => {
    const interim = recommendGate([pilot([15, 12, 9], [15, 12, 9], '2026-01-25')]);
    expect(interim).toMatchObject({ decision: 'extend', stage: 'interim', tooEarly: true, onCourseFor: 'scale' });
    expect(interim.summary).toBe(
      'Too early to call (week 3 of 4) — on course for scale: Lead response time improved, but not clearly more than in the comparison units.',
    );
    // What would change it: the effect the estimate would have to pass now.
    expect(interim.whatWouldChange).toMatch(/^To scale before the end, Lead response time would need an effect beyond −\d+(\.\d)? h \(it is [−+]?\d+(\.\d)? h\)\.$/);
    const final = recommendGate([pilot([15, 12, 9, 7], [15, 12, 9, 7], END)]);
    expect(final).toMatchObject({ decision: 'extend', stage: 'final', tooEarly: false, onCourseFor: null, whatWouldChange: null });
  });

  it('a breached guardrail acts at once, even at an interim look', () => {
    const guardrail = pilot([18.5, 19], [18, 18], '2026-01-18');
    const breached = { ...guardrail, metric: { ...leadResponse, id: 'm-g', name: 'Duplicate record rate', kind: 'guardrail' as const, tolerance: 0 }, guardrailBreached: true, state: 'off_track' as const };
    const result = recommendGate([pilot([12, 9], [18, 18], '2026-01-18'), breached]);
    expect(result).toMatchObject({ decision: 'adjust', stage: 'interim', tooEarly: false });
    expect(result.summary).toBe('Adjust: the guardrail Duplicate record rate was breached.');
  });

  it('metrics off track before the end: too early to call, on course for stop', () => {
    const result = recommendGate([pilot([19, 20], [18, 18], '2026-01-18')]);
    expect(result).toMatchObject({ decision: 'stop', tooEarly: true, onCourseFor: 'stop' });
    expect(result.summary).toBe('Too early to call (week 2 of 4) — on course for stop: Lead response time is off track and no primary metric is on track.');
  });

  it('without comparison units only the final look scales', () => {
    const interim = recommendGate([{ ...pilot([12, 9, 7], [18, 18, 18], '2026-01-25'), effect: null }]);
    expect(interim).toMatchObject({ decision: 'extend', tooEarly: true, onCourseFor: 'scale' });
    expect(interim.whatWouldChange).toBe('Without comparison units a company-wide trend cannot be ruled out, so only the final look can scale.');
    expect(recommendGate([{ ...pilot([12, 9, 7, 6], [18, 18, 18, 18], END), effect: null }]).decision).toBe('scale');
  });
});
