import { describe, expect, it } from 'vitest';
import type { MeasuredValue } from '../pilots/pilot-weeks.js';
import { compareWithNotYet, evaluateWaveUnit, othersChangeSince, unitTarget, type WaveMetric } from './wave-metrics.js';

describe('unitTarget', () => {
  it('asks the unit for the pilot’s step from its own baseline (pilot 18 → 8 is −10; unit baseline 20 → 10)', () => {
    expect(unitTarget({ baseline: 18, target: 8 }, 20)).toBe(10);
    expect(unitTarget({ baseline: 20, target: 25 }, 30)).toBe(35);
  });

  it('falls back to the pilot’s target when either baseline is unknown, and has none when the metric has none', () => {
    expect(unitTarget({ baseline: 18, target: 8 }, null)).toBe(8);
    expect(unitTarget({ baseline: null, target: 8 }, 20)).toBe(8);
    expect(unitTarget({ baseline: 18, target: null }, 20)).toBeNull();
  });
});

describe('evaluateWaveUnit', () => {
  // Cycle time: pilot 18 → 8 (lower is better); the unit's baseline 20, so its target is 10.
  // Win rate: pilot 20 → 25 (higher is better); the unit's baseline 30, so its target is 35.
  // Churn: guardrail, lower is better, pilot baseline 5, tolerance 1; the unit's own baseline 4.
  const metrics: WaveMetric[] = [
    { id: 'cycle', name: 'Cycle time', direction: 'lower_is_better', kind: 'primary', baseline: 18, target: 8, tolerance: null },
    { id: 'win', name: 'Win rate', direction: 'higher_is_better', kind: 'primary', baseline: 20, target: 25, tolerance: null },
    { id: 'churn', name: 'Churn', direction: 'lower_is_better', kind: 'guardrail', baseline: 5, target: null, tolerance: 1 },
  ];
  const baselines = { cycle: 20, win: 30, churn: 4 };
  const series = (entries: [string, number][]): MeasuredValue[] => entries.map(([date, value]) => ({ unitId: 'u', date, value }));
  // The wave starts Wed 2026-03-04: weeks from Mon 03-02. The week of 02-23 is before it and ignored
  // (both primaries would meet there).
  const cycle = series([
    ['2026-02-25', 5],
    ['2026-03-02', 11], // 03-02: (11 + 9) / 2 = 10 ≤ 10 met (the pilot's 8 would not be)
    ['2026-03-04', 9],
    ['2026-03-10', 9], // 03-09: 9 met
    ['2026-03-16', 8], // 03-16: 8 met, but win rate has no value that week
    ['2026-03-23', 10], // 03-23: (10 + 9) / 2 = 9.5 met
    ['2026-03-25', 9],
  ]);
  const win = series([
    ['2026-02-24', 40],
    ['2026-03-03', 30], // 03-02: 30 < 35 not met (the pilot's 25 would be)
    ['2026-03-11', 36], // 03-09: 36 met
    ['2026-03-24', 38], // 03-23: (38 + 32) / 2 = 35 met (the latest value alone, 32, would not be)
    ['2026-03-26', 32],
  ]);
  // Week of 03-02: 9 (worse than any baseline by far, but not the latest week).
  // Week of 03-23: (5.5 + 5) / 2 = 5.25: 1.25 worse than the unit's 4 (> 1, breached), 0.25 worse than the pilot's 5 (not).
  const churn = series([
    ['2026-03-05', 9],
    ['2026-03-23', 5.5],
    ['2026-03-27', 5],
  ]);
  const values = (overrides: Partial<Record<string, MeasuredValue[]>> = {}) => new Map(Object.entries({ cycle, win, churn, ...overrides }));

  it('judges weekly means from the wave’s start against the unit’s targets, keeping only weeks with every primary, and breaches a guardrail against the unit’s own baseline', () => {
    expect(evaluateWaveUnit(metrics, baselines, values(), '2026-03-04')).toEqual({
      weeks: [
        { week: '2026-03-02', primaryMet: false },
        { week: '2026-03-09', primaryMet: true },
        { week: '2026-03-23', primaryMet: true },
      ],
      // The missing week of 03-16 breaks the run: only 03-23 counts.
      weeksMet: 1,
      breachedGuardrails: ['Churn'],
      state: 'breached',
    });
  });

  it('counts the met weeks in a row back from the latest (03-09, 03-16, 03-23 → 3) and uses the metric’s baseline when the unit has none (5.25 vs 5 is within 1)', () => {
    const withWeek = values({ win: [...win, ...series([['2026-03-17', 35]])] });
    const result = evaluateWaveUnit(metrics, { cycle: 20, win: 30, churn: null }, withWeek, '2026-03-04');
    expect(result.weeks.map((week) => [week.week, week.primaryMet])).toEqual([
      ['2026-03-02', false],
      ['2026-03-09', true],
      ['2026-03-16', true],
      ['2026-03-23', true],
    ]);
    expect(result).toMatchObject({ weeksMet: 3, breachedGuardrails: [], state: 'met' });
  });

  it('breaches against the metric’s baseline and tolerance without a unit baseline (latest week (6.5 + 6) / 2 = 6.25: 1.25 worse than 5)', () => {
    const result = evaluateWaveUnit(metrics, { cycle: 20, win: 30 }, values({ churn: series([['2026-03-23', 6.5], ['2026-03-27', 6]]) }), '2026-03-04');
    expect(result).toMatchObject({ breachedGuardrails: ['Churn'], state: 'breached' });
  });

  it('looks only at a guardrail’s latest week: a breach in an earlier week (9 in 03-02) with 4.5 now is none', () => {
    const result = evaluateWaveUnit(metrics, baselines, values({ churn: series([['2026-03-05', 9], ['2026-03-24', 4.5]]) }), '2026-03-04');
    expect(result).toMatchObject({ breachedGuardrails: [], state: 'met', weeksMet: 1 });
  });

  it('is improving while the latest week misses a target (03-23 win rate 34 < 35)', () => {
    const result = evaluateWaveUnit(metrics, baselines, values({ win: series([['2026-03-03', 36], ['2026-03-24', 34]]), churn: [] }), '2026-03-04');
    expect(result).toEqual({
      weeks: [
        { week: '2026-03-02', primaryMet: true },
        { week: '2026-03-23', primaryMet: false },
      ],
      weeksMet: 0,
      breachedGuardrails: [],
      state: 'improving',
    });
  });

  it('has no data while no week since the start has every primary metric', () => {
    // Only values before the start, or a primary with none at all.
    expect(evaluateWaveUnit(metrics, baselines, values(), '2026-04-01')).toMatchObject({ weeks: [], weeksMet: 0, state: 'no_data' });
    expect(evaluateWaveUnit(metrics, baselines, values({ win: [], churn: [] }), '2026-03-04')).toMatchObject({ weeks: [], weeksMet: 0, breachedGuardrails: [], state: 'no_data' });
  });
});

describe('compareWithNotYet', () => {
  const leadTime = { id: 'lead', direction: 'lower_is_better' as const };
  const values = (unitId: string, entries: [string, number][]) => entries.map(([date, value]) => ({ unitId, date, value }));
  it('sets the unit’s change against the not-yet units’ mean change over the same weeks (hand-computed: −7 vs −1.5 → 5.5 better)', () => {
    // Nordics: 20 h the week before its wave, then 12 and 14 → mean 13, a change of −7.
    const own = values('nordics', [['2026-09-28', 20], ['2026-10-05', 12], ['2026-10-14', 14]]);
    const others = new Map([
      ['japan', values('japan', [['2026-09-29', 20], ['2026-10-06', 18]])], // −2
      ['canada', values('canada', [['2026-09-30', 22], ['2026-10-12', 21]])], // −1
      ['brazil', values('brazil', [['2026-09-30', 25]])], // nothing since the start: left out
    ]);
    expect(compareWithNotYet(leadTime, 'nordics', own, othersChangeSince(others, '2026-10-05'), '2026-10-05')).toEqual({ metricId: 'lead', ownChange: -7, othersChange: -1.5, effect: 5.5, others: 2 });
  });

  it('says nothing without values on both sides, for the unit or for every other unit', () => {
    const own = values('nordics', [['2026-10-05', 12]]);
    expect(compareWithNotYet(leadTime, 'nordics', own, othersChangeSince(new Map([['japan', values('japan', [['2026-09-29', 20], ['2026-10-06', 18]])]]), '2026-10-05'), '2026-10-05')).toBeNull();
    const both = values('nordics', [['2026-09-28', 20], ['2026-10-05', 12]]);
    expect(othersChangeSince(new Map([['japan', values('japan', [['2026-09-29', 20]])]]), '2026-10-05')).toBeNull();
    expect(compareWithNotYet(leadTime, 'nordics', both, null, '2026-10-05')).toBeNull();
  });
});
