import { mean } from './descriptive.js';
import { normalCdf, studentTQuantile } from './distributions.js';
import { enteredBaselineEstimate, unitReplicateEstimate, weeklyDifferenceEstimate, type UnitPeriods } from './estimators.js';
import { sequentialBoundaries } from './sequential.js';

// Difference-in-differences: how much more the pilot units moved from their baseline than the
// comparison units moved from theirs, with an interval at every weekly look that keeps the chance
// of a false "better" over all looks at FALSE_SCALE_RATE (see sequential.ts).

/** One unit's weekly means (ISO Monday → mean of its values that week), before and during the pilot. */
export interface UnitWeeks {
  before: ReadonlyMap<string, number>;
  during: ReadonlyMap<string, number>;
}

/**
 * units: at least two units in each group with values before and during, each unit a replicate;
 * weeks: a group has one such unit, so the weekly differences carry the estimate (weaker evidence);
 * entered: the pilot's baseline was entered, not measured, so only its pilot weeks carry it.
 */
export const EFFECT_METHODS = ['units', 'weeks', 'entered'] as const;
export type EffectMethod = (typeof EFFECT_METHODS)[number];

export const EFFECT_METHOD_DESCRIPTIONS: Record<EffectMethod, string> = {
  units: 'Units as replicates: each unit’s change from its own baseline (adjusted for its level before the start from six units).',
  weeks: 'A group has a single unit: weekly differences against the weeks before the start; weaker evidence.',
  entered: 'The pilot’s baseline was entered, not measured: weekly differences against it; weaker evidence.',
};

export type EffectVerdict = 'improved' | 'worsened' | 'inconclusive';

/** The estimate as of one weekly look. */
export interface EffectLook {
  /** Monday of the latest pilot week the look includes. */
  weekStart: string;
  effect: number;
  /** The effect ± the boundary's critical value × its standard error; null before the second week. */
  interval: { low: number; high: number } | null;
  /**
   * The effect the estimate had to pass at this look to count as better, in the metric's unit and
   * signed like an improvement (negative when lower is better); null before the second week.
   */
  boundary: number | null;
  verdict: EffectVerdict | null;
}

/** Difference-in-differences estimate of the pilot's effect, in the metric's unit, with its looks. */
export interface DidEstimate extends EffectLook {
  /** Pilot-period weeks in which both groups have values (the looks so far). */
  weeks: number;
  /** Mean change of the pilot units from their baseline. */
  pilotChange: number;
  /** Mean change of the comparison units from theirs. */
  comparisonChange: number;
  comparisonBaseline: number;
  method: EffectMethod;
  /** Whether the pre-period regression adjustment (CUPED) was used. */
  adjusted: boolean;
  /** Units analysed per group (units without values before or during the pilot are left out). */
  pilotUnits: number;
  comparisonUnits: number;
  /** Null when the data cannot give one yet (too few weeks). */
  standardError: number | null;
  degreesOfFreedom: number;
  /** Share of the final look's information this look has, 0..1 (1 at the final look). */
  informationFraction: number;
  /** Every look so far, oldest first; the last is this one. */
  looks: EffectLook[];
}

/** What the difference-in-differences reads. */
export interface DidInput {
  pilot: ReadonlyMap<string, UnitWeeks>;
  comparison: ReadonlyMap<string, UnitWeeks>;
  /** The pilot's entered baseline; used only when its units have no values before the start. */
  enteredBaseline: number | null;
  /** +1 when higher is better, −1 when lower is better. */
  sense: 1 | -1;
  /** Weeks the pilot is planned to run. */
  plannedWeeks: number;
  /** The final look (the planned end has passed): it spends whatever error rate is left. */
  final: boolean;
}

/** Per week, the mean over the units that have a value that week (each unit's weekly mean); sorted by week. */
export function groupWeeks(units: Iterable<UnitWeeks>, period: keyof UnitWeeks): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const unit of units) {
    for (const [week, value] of unit[period]) {
      const total = sums.get(week) ?? { sum: 0, count: 0 };
      sums.set(week, { sum: total.sum + value, count: total.count + 1 });
    }
  }
  return new Map([...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([week, t]) => [week, t.sum / t.count]));
}

interface LookEstimate {
  effect: number;
  /** Null when the data cannot give one (too few weeks). */
  standardError: number | null;
  degreesOfFreedom: number;
  method: EffectMethod;
  adjusted: boolean;
  pilotChange: number;
  comparisonChange: number;
  comparisonBaseline: number;
  pilotUnits: number;
  comparisonUnits: number;
  /** Baseline weeks behind the estimate (0 for an entered baseline). */
  baselineWeeks: number;
}

/** A unit ready for a look at any week: its baseline mean and its pilot weeks in their order. */
interface LookUnit {
  before: number | null;
  during: [string, number][];
}

const lookUnits = (units: ReadonlyMap<string, UnitWeeks>): LookUnit[] => [...units.values()].map((unit) => ({ before: mean([...unit.before.values()]), during: [...unit.during] }));

/** Each unit's baseline mean and mean of its pilot weeks up to `lastWeek` (units without either are left out). */
function periodsUpTo(units: readonly LookUnit[], lastWeek: string): UnitPeriods[] {
  const result: UnitPeriods[] = [];
  for (const unit of units) {
    // Summed in the weeks' order, as `mean` sums: the same value to the last bit.
    let sum = 0;
    let count = 0;
    for (const [week, value] of unit.during) {
      if (week > lastWeek) continue;
      sum += value;
      count += 1;
    }
    if (unit.before !== null && count > 0) result.push({ before: unit.before, during: sum / count });
  }
  return result;
}

const changeOf = (units: readonly UnitPeriods[]) => mean(units.map((u) => u.during - u.before)) ?? 0;

/**
 * The estimate at each look, from what every look shares computed once (each unit's baseline, the
 * groups' weekly means): a pilot of forty weeks has forty looks per metric.
 */
function lookEstimator(input: DidInput): (lastWeek: string) => LookEstimate | null {
  const pilotLookUnits = lookUnits(input.pilot);
  const comparisonLookUnits = lookUnits(input.comparison);
  const baselineWeeks = new Set([...input.pilot.values(), ...input.comparison.values()].flatMap((u) => [...u.before.keys()])).size;
  const pilotDuringAll = groupWeeks(input.pilot.values(), 'during');
  const comparisonDuringAll = groupWeeks(input.comparison.values(), 'during');
  const pilotBefore = groupWeeks(input.pilot.values(), 'before');
  const comparisonBefore = groupWeeks(input.comparison.values(), 'before');
  const pairedBefore = [...pilotBefore].flatMap(([week, p]) => {
    const c = comparisonBefore.get(week);
    return c === undefined ? [] : [{ p, c }];
  });
  const meanOf = (values: readonly number[]) => mean(values) ?? 0;
  const comparisonBaseline = meanOf([...comparisonBefore.values()]);

  return (lastWeek) => {
    const pilotUnits = periodsUpTo(pilotLookUnits, lastWeek);
    const comparisonUnits = periodsUpTo(comparisonLookUnits, lastWeek);
    const replicated = unitReplicateEstimate(pilotUnits, comparisonUnits);
    if (replicated) {
      return {
        ...replicated,
        method: 'units',
        pilotChange: changeOf(pilotUnits),
        comparisonChange: changeOf(comparisonUnits),
        comparisonBaseline: mean(comparisonUnits.map((u) => u.before)) ?? 0,
        pilotUnits: pilotUnits.length,
        comparisonUnits: comparisonUnits.length,
        baselineWeeks,
      };
    }

    const upTo = (weeks: Map<string, number>) => new Map([...weeks].filter(([week]) => week <= lastWeek));
    const pilotDuring = upTo(pilotDuringAll);
    const comparisonDuring = upTo(comparisonDuringAll);
    const pairedDuring = [...pilotDuring].flatMap(([week, p]) => {
      const c = comparisonDuring.get(week);
      return c === undefined ? [] : [{ p, c }];
    });
    const counts = { pilotUnits: pilotUnits.length, comparisonUnits: comparisonUnits.length, adjusted: false };
    const during = pairedDuring.map(({ p, c }) => p - c);

    if (pairedBefore.length > 0) {
      const before = pairedBefore.map(({ p, c }) => p - c);
      const estimate = weeklyDifferenceEstimate(during, before);
      return {
        effect: meanOf(during) - meanOf(before),
        standardError: estimate?.standardError ?? null,
        degreesOfFreedom: estimate?.degreesOfFreedom ?? 1,
        ...counts,
        method: 'weeks',
        pilotChange: meanOf(pairedDuring.map(({ p }) => p)) - meanOf(pairedBefore.map(({ p }) => p)),
        comparisonChange: meanOf(pairedDuring.map(({ c }) => c)) - meanOf(pairedBefore.map(({ c }) => c)),
        comparisonBaseline: meanOf(pairedBefore.map(({ c }) => c)),
        baselineWeeks: pairedBefore.length,
      };
    }

    // No week before the start in which both groups have values: the pilot's baseline is the entered one
    // (or, failing that, its own measured mean), taken as exact.
    const pilotBaseline = pilotBefore.size > 0 ? meanOf([...pilotBefore.values()]) : input.enteredBaseline;
    if (pilotBaseline === null || comparisonBefore.size === 0) return null;
    const estimate = enteredBaselineEstimate(during, pilotBaseline - comparisonBaseline, [...comparisonBefore.values()], pairedDuring.map(({ c }) => c));
    const effect = meanOf(during) - (pilotBaseline - comparisonBaseline);
    return {
      effect,
      standardError: estimate?.standardError ?? null,
      degreesOfFreedom: estimate?.degreesOfFreedom ?? 1,
      ...counts,
      method: 'entered',
      pilotChange: meanOf(pairedDuring.map(({ p }) => p)) - pilotBaseline,
      comparisonChange: meanOf(pairedDuring.map(({ c }) => c)) - comparisonBaseline,
      comparisonBaseline,
      baselineWeeks: 0,
    };
  };
}

/** Information of a look with `weeks` pilot weeks and `baselineWeeks` before weeks, up to a constant: 1 / (1/k + 1/p). */
function information(weeks: number, baselineWeeks: number): number {
  return baselineWeeks > 0 ? 1 / (1 / weeks + 1 / baselineWeeks) : weeks;
}

/** Interval, boundary and verdict of one look from its estimate and its critical z. */
function judgeLook(weekStart: string, estimate: LookEstimate, z: number | null, sense: 1 | -1): EffectLook {
  const { effect, standardError: se } = estimate;
  if (z === null || se === null) return { weekStart, effect, interval: null, boundary: null, verdict: null };
  // The boundary on the z scale becomes a t critical value at the same tail probability.
  const critical = se > 0 ? studentTQuantile(normalCdf(z), estimate.degreesOfFreedom) : 0;
  if (!Number.isFinite(critical)) return { weekStart, effect, interval: null, boundary: null, verdict: 'inconclusive' };
  const half = critical * se;
  const better = sense * effect;
  const verdict: EffectVerdict = better - half > 0 ? 'improved' : better + half < 0 ? 'worsened' : 'inconclusive';
  return { weekStart, effect, interval: { low: effect - half, high: effect + half }, boundary: sense * half, verdict };
}

/** Looks start once two pilot weeks have values in both groups (one week is too early to judge). */
export const FIRST_LOOK_WEEKS = 2;

/**
 * The difference-in-differences effect at every weekly look so far; null without a pilot week in
 * which both groups have values, or without a baseline for either group.
 */
export function differenceInDifferences(input: DidInput): DidEstimate | null {
  const pilotDuring = groupWeeks(input.pilot.values(), 'during');
  const comparisonDuring = groupWeeks(input.comparison.values(), 'during');
  const paired = [...pilotDuring.keys()].filter((week) => comparisonDuring.has(week));
  const estimateUpTo = lookEstimator(input);
  const estimates = paired.map((week) => estimateUpTo(week));
  const current = estimates.at(-1);
  if (!current) return null;

  const n = estimates.length;
  const planned = Math.max(input.plannedWeeks, n);
  const p = current.baselineWeeks;
  const fractions: number[] = [];
  for (let j = FIRST_LOOK_WEEKS; j <= n; j++) fractions.push(input.final && j === n ? 1 : information(j, p) / information(planned, p));
  const boundaries = sequentialBoundaries(fractions);

  const looks = estimates.map((estimate, i): EffectLook => {
    const week = paired[i] ?? '';
    if (!estimate) return { weekStart: week, effect: 0, interval: null, boundary: null, verdict: null };
    const z = i + 1 >= FIRST_LOOK_WEEKS ? (boundaries[i + 1 - FIRST_LOOK_WEEKS] ?? null) : null;
    return judgeLook(week, estimate, z, input.sense);
  });
  const last = looks.at(-1) ?? judgeLook(paired.at(-1) ?? '', current, null, input.sense);
  return {
    ...last,
    weeks: n,
    pilotChange: current.pilotChange,
    comparisonChange: current.comparisonChange,
    comparisonBaseline: current.comparisonBaseline,
    method: current.method,
    adjusted: current.adjusted,
    pilotUnits: current.pilotUnits,
    comparisonUnits: current.comparisonUnits,
    standardError: current.standardError,
    degreesOfFreedom: current.degreesOfFreedom,
    informationFraction: fractions.at(-1) ?? information(n, p) / information(planned, p),
    looks,
  };
}
