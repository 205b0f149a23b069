import { describe, expect, it } from 'vitest';
import { evaluateMetric, type EvaluatedMetric } from './evaluation.js';
import { dueWeeks, plannedWeeks } from './pilot-weeks.js';
import { studentTQuantile } from './statistics/distributions.js';
import { aMeasuredValue, aSuccessMetric } from '../testing/index.js';

const leadResponse: EvaluatedMetric = aSuccessMetric({ id: 'm-lrt', baseline: null });
const v = aMeasuredValue;

describe('the pilot calendar', () => {
  it('plans the weeks from the start up to the day before the end', () => {
    expect(plannedWeeks({ startDate: '2026-01-05', endDate: '2026-02-02' })).toEqual(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26']);
    // A Wednesday start touches five ISO weeks in its 28 days.
    expect(plannedWeeks({ startDate: '2026-01-07', endDate: '2026-02-04' })).toHaveLength(5);
  });

  it('counts a week as due once it is over, so the week in progress is never called missing', () => {
    const calendar = { startDate: '2026-01-05', endDate: '2026-02-02' };
    expect(dueWeeks({ ...calendar, today: '2026-01-18' })).toEqual(['2026-01-05']);
    expect(dueWeeks({ ...calendar, today: '2026-01-19' })).toEqual(['2026-01-05', '2026-01-12']);
    expect(dueWeeks({ ...calendar, today: '2026-02-02' })).toHaveLength(4);
  });
});

describe('units as replicates', () => {
  // Two pilot and two comparison units, two weeks before and two pilot weeks (start 2026-01-05, end
  // 2026-01-19: two planned weeks). Each unit's change from its own before mean:
  //   P1 before 20, 22 (21), during 15, 13 (14) → −7     C1 before 18, 20 (19), during 18, 16 (17) → −2
  //   P2 before 16, 16 (16), during 11, 11 (11) → −5     C2 before 17, 17 (17), during 17, 15 (16) → −1
  // Pilot mean −6 (variance 2), comparison −1.5 (variance 0.5): effect −4.5; se √(2/2 + 0.5/2) = √1.25;
  // Welch df (1 + 0.25)² / (1 + 0.0625) = 1.4706. Final look, one look: boundary 1.96 → t critical 0.975.
  const weeks = ['2025-12-22', '2025-12-29', '2026-01-05', '2026-01-12'];
  const series: Record<string, number[]> = { P1: [20, 22, 15, 13], P2: [16, 16, 11, 11], C1: [18, 20, 18, 16], C2: [17, 17, 17, 15] };
  const measurements = Object.entries(series).flatMap(([unit, values]) => values.map((value, i) => v(unit, weeks[i] ?? '', value)));
  const input = {
    metric: leadResponse,
    measurements,
    pilotUnitIds: ['P1', 'P2'],
    comparisonUnitIds: ['C1', 'C2'],
    startDate: '2026-01-05',
    endDate: '2026-01-19',
    today: '2026-01-19',
  };

  it("compares each unit's change from its own baseline, and with two units a side the range is honest and wide", () => {
    const e = evaluateMetric(input);
    const df = 1.5625 / 1.0625;
    const half = studentTQuantile(0.975, df) * Math.sqrt(1.25);
    expect(e.stage).toBe('final');
    expect(e.effect).toMatchObject({ method: 'units', adjusted: false, pilotUnits: 2, comparisonUnits: 2, weeks: 2, informationFraction: 1 });
    expect(e.effect?.effect).toBeCloseTo(-4.5, 10);
    expect(e.effect?.pilotChange).toBeCloseTo(-6, 10);
    expect(e.effect?.comparisonChange).toBeCloseTo(-1.5, 10);
    expect(e.effect?.degreesOfFreedom).toBeCloseTo(df, 10);
    expect(e.effect?.interval?.low).toBeCloseTo(-4.5 - half, 6);
    expect(e.effect?.verdict).toBe('inconclusive');
    expect(e.missingWeeks).toEqual([]);
  });

  it('names the units and weeks without values, and leaves a unit with no pilot values out of the replicates', () => {
    const e = evaluateMetric({ ...input, measurements: measurements.filter((m) => !(m.unitId === 'C2' && m.date >= '2026-01-05')) });
    expect(e.missingWeeks).toEqual([
      { weekStart: '2026-01-05', unitIds: ['C2'] },
      { weekStart: '2026-01-12', unitIds: ['C2'] },
    ]);
    // One comparison unit left: weekly differences instead, which say the evidence is weaker.
    expect(e.effect).toMatchObject({ method: 'weeks', comparisonUnits: 1 });
  });

  it('does not call a comparison unit that never reports the metric missing, but always a pilot unit', () => {
    const e = evaluateMetric({ ...input, pilotUnitIds: ['P1', 'P2', 'P3'], comparisonUnitIds: ['C1', 'C2', 'C3'] });
    expect(e.missingWeeks).toEqual([
      { weekStart: '2026-01-05', unitIds: ['P3'] },
      { weekStart: '2026-01-12', unitIds: ['P3'] },
    ]);
  });
});
