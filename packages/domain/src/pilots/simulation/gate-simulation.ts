import { evaluatePilotMetrics, type EvaluatedMetric, type MeasuredValue } from '../evaluation.js';
import { shiftDays } from '../pilot-dates.js';
import { recommendGate } from '../recommendation.js';

// A seeded simulation of pilots, to measure how often the gate says "scale" when it should not
// (no true effect) and how often it does when it should (power). It runs the real evaluation and
// recommendation on synthetic lead response times: each unit has its own level, every week adds
// noise, a company-wide trend may move every unit alike from the start, and the pilot's effect
// ramps in linearly to its full size in the last pilot week. Not a test: `npm run simulate`.

/** One scenario of the grid. Times in hours; lower is better. */
export interface Scenario {
  name: string;
  pilotUnits: number;
  comparisonUnits: number;
  /** Spread of the units' levels around LEVEL (sd). */
  unitSd: number;
  /** Week-to-week noise of a unit's value (sd). */
  noiseSd: number;
  baselineWeeks: number;
  pilotWeeks: number;
  /** Company-wide change per pilot week, in every unit. */
  trendPerWeek: number;
  /** The pilot's own effect in its last week (reached linearly from the first). */
  effect: number;
  /** Share of unit-weeks without a value. */
  missingShare: number;
}

/** How often the gate said "scale" over the simulated pilots of a scenario. */
export interface ScenarioOutcome {
  pilots: number;
  /** Share of pilots whose final look recommends scale. */
  scaleAtFinal: number;
  /** Share of pilots recommended scale at any weekly look, the final one included. */
  scaleAtAnyLook: number;
  /**
   * Share of pilots whose effect was called better than the comparison units at any look, whether
   * or not the target was reached: the error rate of the statistics alone.
   */
  betterAtAnyLook: number;
}

const LEVEL = 18;
const TARGET = 8;
const START = '2026-01-05';

const METRIC: EvaluatedMetric = {
  id: 'lead-response-time',
  name: 'Lead response time',
  unit: 'hours',
  direction: 'lower_is_better',
  kind: 'primary',
  baseline: null,
  target: TARGET,
  tolerance: null,
  weight: null,
};

/** mulberry32: a small, fast, seeded generator of uniforms in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** One simulated pilot's weekly values (one per unit and Monday), and its unit ids. */
function simulatePilot(scenario: Scenario, random: () => number, mondays: readonly string[]) {
  const pilotUnitIds = Array.from({ length: scenario.pilotUnits }, (_, i) => `pilot-${i}`);
  const comparisonUnitIds = Array.from({ length: scenario.comparisonUnits }, (_, i) => `comparison-${i}`);
  const measurements: (MeasuredValue & { metricId: string })[] = [];
  for (const unitId of [...pilotUnitIds, ...comparisonUnitIds]) {
    const level = LEVEL + scenario.unitSd * normal(random);
    const inPilot = unitId.startsWith('pilot');
    for (let week = -scenario.baselineWeeks; week < scenario.pilotWeeks; week++) {
      const pilotWeek = week + 1;
      const trend = week >= 0 ? scenario.trendPerWeek * pilotWeek : 0;
      const effect = week >= 0 && inPilot ? (scenario.effect * pilotWeek) / scenario.pilotWeeks : 0;
      const value = level + trend + effect + scenario.noiseSd * normal(random);
      if (random() < scenario.missingShare) continue;
      measurements.push({ metricId: METRIC.id, unitId, date: mondays[week + scenario.baselineWeeks] ?? START, value });
    }
  }
  return { pilotUnitIds, comparisonUnitIds, measurements };
}

/**
 * Simulates `pilots` pilots of `scenario` from `seed` and looks at each after every pilot week
 * (the Sunday ending it) and at the planned end, as a steering committee does.
 */
export function simulateScenario(scenario: Scenario, pilots: number, seed: number): ScenarioOutcome {
  const random = seededRandom(seed);
  const endDate = shiftDays(START, 7 * scenario.pilotWeeks);
  const interimLooks = Array.from({ length: scenario.pilotWeeks - 1 }, (_, week) => shiftDays(START, 7 * (week + 1) - 1));
  const mondays = Array.from({ length: scenario.baselineWeeks + scenario.pilotWeeks }, (_, i) => shiftDays(START, 7 * (i - scenario.baselineWeeks)));
  let final = 0;
  let any = 0;
  let better = 0;
  for (let i = 0; i < pilots; i++) {
    const pilot = simulatePilot(scenario, random, mondays);
    const looks = [...interimLooks, endDate].map((today) => {
      const evaluations = evaluatePilotMetrics({ ...pilot, metrics: [METRIC], startDate: START, endDate, today });
      return { scale: recommendGate(evaluations).decision === 'scale', better: evaluations[0]?.effect?.verdict === 'improved' };
    });
    if (looks.at(-1)?.scale) final++;
    if (looks.some((look) => look.scale)) any++;
    if (looks.some((look) => look.better)) better++;
  }
  return { pilots, scaleAtFinal: final / pilots, scaleAtAnyLook: any / pilots, betterAtAnyLook: better / pilots };
}

/** The scenario of issue 14: 10 pilot and 5 comparison units, a −2.75 h/week company-wide trend that reaches the target alone. */
export const REFERENCE_SCENARIO: Scenario = {
  name: 'Company-wide trend, no effect (10 vs 5 units)',
  pilotUnits: 10,
  comparisonUnits: 5,
  unitSd: 2,
  noiseSd: 1.5,
  baselineWeeks: 4,
  pilotWeeks: 4,
  trendPerWeek: -2.75,
  effect: 0,
  missingShare: 0,
};

/** The grid the README's table reports: effects, group sizes, noise and missing weeks around the reference. */
export function scenarioGrid(): Scenario[] {
  const effects = [
    { label: 'no effect, no trend', trendPerWeek: 0, effect: 0 },
    { label: 'no effect, trend −2.75 h/wk', trendPerWeek: -2.75, effect: 0 },
    { label: 'small effect −2 h, trend', trendPerWeek: -2.75, effect: -2 },
    { label: 'effect −4 h, trend', trendPerWeek: -2.75, effect: -4 },
  ];
  const sizes: [number, number][] = [
    [1, 1],
    [2, 2],
    [3, 3],
    [5, 5],
    [10, 5],
    [10, 10],
  ];
  const grid: Scenario[] = [];
  const make = (pilotUnits: number, comparisonUnits: number, e: (typeof effects)[number], noiseSd: number, missingShare: number): Scenario => ({
    ...REFERENCE_SCENARIO,
    name: `${e.label}; ${pilotUnits} vs ${comparisonUnits} units; noise ${noiseSd} h${missingShare > 0 ? `; ${missingShare * 100} % missing` : ''}`,
    pilotUnits,
    comparisonUnits,
    noiseSd,
    missingShare,
    trendPerWeek: e.trendPerWeek,
    effect: e.effect,
  });
  for (const [p, c] of sizes) for (const e of effects) grid.push(make(p, c, e, 1.5, 0));
  for (const noise of [0.75, 3]) for (const [p, c] of [[3, 3] as const, [10, 5] as const]) for (const e of [effects[1], effects[3]]) if (e) grid.push(make(p, c, e, noise, 0));
  for (const [p, c] of [[1, 1] as const, [3, 3] as const, [10, 5] as const]) for (const e of [effects[1], effects[3]]) if (e) grid.push(make(p, c, e, 1.5, 0.2));
  return grid;
}
