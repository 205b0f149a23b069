import { describe, expect, it } from 'vitest';
import { evaluatePilotMetrics } from '../pilots/evaluation.js';
import { aMeasuredValue, aSuccessMetric, fieldErrorOf } from '../testing/index.js';
import { parseInput } from '../common/parse-input.js';
import { assessmentBaselineFor, setBaselineSchema, type KpiBaselineValue } from './baselines.js';

const baselines: KpiBaselineValue[] = [
  { catalogKey: 'lead_response_time', unitId: null, value: 30 },
  { catalogKey: 'lead_response_time', unitId: 'A', value: 20 },
  { catalogKey: 'win_rate', unitId: 'B', value: 25 },
];

describe('the assessment baseline of a unit group', () => {
  it('takes each unit’s own value, else the program-wide one, and averages them', () => {
    // A has its own 20, B falls back to the program-wide 30: (20 + 30) / 2 = 25.
    expect(assessmentBaselineFor(baselines, 'lead_response_time', ['A', 'B'])).toBe(25);
  });
  it('leaves out units with neither and is null when none has one', () => {
    // Win rate: only B has one (25); A has no value and no program-wide value exists.
    expect(assessmentBaselineFor(baselines, 'win_rate', ['A', 'B'])).toBe(25);
    expect(assessmentBaselineFor(baselines, 'win_rate', ['A'])).toBeNull();
    expect(assessmentBaselineFor(baselines, null, ['A'])).toBeNull();
  });
});

describe('a pilot without a baseline of its own', () => {
  // Pilot 2026-01-05 → 2026-02-02, units A and B, values only in the pilot period (no weeks before the start).
  const calendar = { startDate: '2026-01-05', endDate: '2026-02-02', today: '2026-01-20' };
  const metric = aSuccessMetric({ id: 'm', catalogKey: 'lead_response_time', baseline: null, target: 10 });
  const measurements = [aMeasuredValue('A', '2026-01-05', 18), aMeasuredValue('B', '2026-01-06', 22)].map((m) => ({ ...m, metricId: 'm' }));

  it('takes it from the assessment, per unit too', () => {
    const [evaluation] = evaluatePilotMetrics({ ...calendar, metrics: [metric], measurements, pilotUnitIds: ['A', 'B'], assessmentBaselines: baselines });
    // (20 + 30) / 2 = 25; A: its own 20; B: program-wide 30.
    expect(evaluation?.baseline).toBe(25);
    expect(evaluation?.baselineSource).toBe('assessment');
    expect(evaluation?.byUnit.map((unit) => [unit.unitId, unit.baseline])).toEqual([
      ['A', 20],
      ['B', 30],
    ]);
  });

  it('keeps its own entered or measured baseline when it has one', () => {
    const [entered] = evaluatePilotMetrics({ ...calendar, metrics: [{ ...metric, baseline: 40 }], measurements, pilotUnitIds: ['A', 'B'], assessmentBaselines: baselines });
    expect([entered?.baseline, entered?.baselineSource]).toEqual([40, 'entered']);
    // A week before the start: (24 + 26) / 2 = 25 measured, not the assessment's.
    const before = [aMeasuredValue('A', '2025-12-29', 24), aMeasuredValue('B', '2025-12-30', 26)].map((m) => ({ ...m, metricId: 'm' }));
    const [measured] = evaluatePilotMetrics({ ...calendar, metrics: [metric], measurements: [...before, ...measurements], pilotUnitIds: ['A', 'B'], assessmentBaselines: [{ catalogKey: 'lead_response_time', unitId: null, value: 99 }] });
    expect([measured?.baseline, measured?.baselineSource]).toEqual([25, 'measured']);
  });
});

describe('the baseline schema', () => {
  const valid = { programId: '8bd4a6f0-3c8e-4a51-9a55-2f1f0c6f9a01', catalogKey: 'win_rate', value: 21.5, measuredOn: '2026-11-30', source: 'CRM report' };
  it('accepts a program-wide catalog KPI and refuses a metric outside the catalog', () => {
    expect(parseInput(setBaselineSchema, valid)).toMatchObject({ unitId: null, value: 21.5 });
    expect(fieldErrorOf(() => parseInput(setBaselineSchema, { ...valid, catalogKey: 'happiness' }))).toMatchObject({ field: 'catalogKey' });
  });
});
