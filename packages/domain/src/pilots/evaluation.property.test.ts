import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePilotMetrics, type EvaluatedMetric } from './evaluation.js';
import { isoWeekStart, shiftDays } from './pilot-dates.js';
import { recommendGate } from './recommendation.js';

// Property: whatever the values — ±1.7e308, the smallest subnormal, zero spread, a single value,
// missing weeks — the evaluation and the recommendation contain no NaN and no Infinity, and their
// sentences never print them.

const extreme = fc.constantFrom(1.7e308, -1.7e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 0, 1e-300);
const anyValue = fc.oneof(extreme, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1000, max: 1000, noNaN: true }));

const metric: fc.Arbitrary<EvaluatedMetric> = fc.record({
  id: fc.constant('m'),
  name: fc.constant('Metric'),
  unit: fc.constantFrom('hours', 'days', 'percent', 'currency', 'currency_per_day', 'count'),
  direction: fc.constantFrom('higher_is_better', 'lower_is_better'),
  kind: fc.constantFrom('primary', 'guardrail'),
  baseline: fc.option(anyValue, { nil: null }),
  target: anyValue,
  tolerance: fc.option(anyValue, { nil: null }),
  weight: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
});

const START = '2026-01-05';
const UNITS = ['A', 'B', 'C', 'D', 'E'];

const pilotCase = fc.record({
  metric,
  // Days from six weeks before the start to a week after the end; a constant value gives zero spread.
  measurements: fc.array(fc.record({ unitId: fc.constantFrom(...UNITS), day: fc.integer({ min: -42, max: 35 }), value: anyValue }), { maxLength: 60 }),
  pilotUnits: fc.integer({ min: 1, max: 3 }),
  comparisonUnits: fc.integer({ min: 0, max: 2 }),
  today: fc.integer({ min: -3, max: 40 }),
  sameValue: fc.option(anyValue, { nil: null }),
});

function nonFinitePaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'string') return /NaN|Infinity/.test(value) ? [`${path} = "${value}"`] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinitePaths(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => nonFinitePaths(item, `${path}.${key}`));
  return [];
}

describe('the evaluation is total', () => {
  it('never produces NaN or Infinity, for any values', () => {
    fc.assert(
      fc.property(pilotCase, (c) => {
        const evaluations = evaluatePilotMetrics({
          metrics: [c.metric],
          measurements: c.measurements.map((m) => ({ metricId: 'm', unitId: m.unitId, date: shiftDays(START, m.day), value: c.sameValue ?? m.value })),
          pilotUnitIds: UNITS.slice(0, c.pilotUnits),
          comparisonUnitIds: UNITS.slice(3, 3 + c.comparisonUnits),
          startDate: START,
          endDate: shiftDays(START, 28),
          today: shiftDays(START, c.today),
        });
        const recommendation = recommendGate(evaluations, [{ unitId: 'A', weekStart: START, status: 'green' }]);
        expect(nonFinitePaths({ evaluations, recommendation })).toEqual([]);
      }),
      { numRuns: 400, seed: 9 },
    );
  });

  it('keeps the largest values: a metric from −1.7e308 to 1.7e308 is judged, not broken', () => {
    const evaluations = evaluatePilotMetrics({
      metrics: [{ id: 'm', name: 'Revenue per rep', unit: 'currency', direction: 'higher_is_better', kind: 'primary', baseline: -1.7e308, target: 1.7e308, tolerance: null, weight: null }],
      measurements: [-1.7e308, 1.7e308, 1.7e308].flatMap((value, week) => [
        { metricId: 'm', unitId: 'A', date: shiftDays(START, 7 * week), value },
        { metricId: 'm', unitId: 'C', date: shiftDays(START, 7 * week - 14), value: -value },
      ]),
      pilotUnitIds: ['A'],
      comparisonUnitIds: ['C'],
      startDate: START,
      endDate: shiftDays(START, 28),
      today: shiftDays(START, 20),
    });
    expect(evaluations[0]?.current).toBe(1.7e308);
    expect(evaluations[0]?.state).toBe('met');
    expect(nonFinitePaths(evaluations)).toEqual([]);
  });
});

describe('the evaluation reads weekly means only', () => {
  /** What the API's query gives the evaluation: per unit and ISO week, the mean of the days up to the end or today, dated on the Monday. */
  function weeklyMeans(values: readonly { unitId: string; date: string; value: number }[], lastDay: string) {
    const weeks = new Map<string, { unitId: string; date: string; sum: number; count: number }>();
    for (const { unitId, date, value } of values) {
      if (date > lastDay) continue;
      const key = `${unitId} ${isoWeekStart(date)}`;
      const week = weeks.get(key) ?? { unitId, date: isoWeekStart(date), sum: 0, count: 0 };
      weeks.set(key, { ...week, sum: week.sum + value, count: week.count + 1 });
    }
    return [...weeks.values()].map(({ unitId, date, sum, count }) => ({ metricId: 'm', unitId, date, value: sum / count }));
  }

  it('gives the same evaluation from daily values as from their weekly means', () => {
    const moderate = fc.double({ min: -1000, max: 1000, noNaN: true });
    const dailyCase = fc.record({
      metric: metric.map((m) => ({ ...m, baseline: null, target: 50, tolerance: m.kind === 'guardrail' ? 5 : null })),
      values: fc.array(fc.record({ unitId: fc.constantFrom(...UNITS), day: fc.integer({ min: -42, max: 35 }), value: moderate }), { maxLength: 80 }),
      today: fc.integer({ min: -3, max: 40 }),
    });
    fc.assert(
      fc.property(dailyCase, (c) => {
        const calendar = { startDate: START, endDate: shiftDays(START, 27), today: shiftDays(START, c.today) };
        const daily = c.values.map((v) => ({ metricId: 'm', unitId: v.unitId, date: shiftDays(START, v.day), value: v.value }));
        const lastDay = calendar.endDate < calendar.today ? calendar.endDate : calendar.today;
        const input = { metrics: [c.metric], pilotUnitIds: ['A', 'B'], comparisonUnitIds: ['D', 'E'], ...calendar };
        expect(evaluatePilotMetrics({ ...input, measurements: weeklyMeans(daily, lastDay) })).toEqual(evaluatePilotMetrics({ ...input, measurements: daily }));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
