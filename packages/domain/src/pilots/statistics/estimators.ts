import { mean, sampleVariance } from './descriptive.js';

// Estimators of a pilot's effect with a standard error that counts every source of noise.

/** An effect with its standard error and the degrees of freedom of its t reference distribution. */
export interface Estimate {
  effect: number;
  standardError: number;
  degreesOfFreedom: number;
}

/** One unit's mean before the start and its mean in the pilot period so far. */
export interface UnitPeriods {
  before: number;
  during: number;
}

/**
 * Fewest units (both groups together) before the pre-period adjustment is used: below it the
 * estimated slope costs more than the variance it removes.
 */
export const ADJUSTMENT_MIN_UNITS = 6;

// Welch–Satterthwaite degrees of freedom; with no spread at all, the plain n − 2.
function welchDf(va: number, na: number, vb: number, nb: number): number {
  const a = va / na;
  const b = vb / nb;
  const denominator = (na > 1 ? (a * a) / (na - 1) : 0) + (nb > 1 ? (b * b) / (nb - 1) : 0);
  return denominator > 0 ? ((a + b) * (a + b)) / denominator : na + nb - 2;
}

/**
 * Regression adjustment on the pre-period (ANCOVA, the small-sample form of CUPED): the pilot-period
 * mean regressed on the before mean within groups, the groups compared at the same before level.
 * Its standard error counts the uncertainty of the estimated slope too, so small groups are not
 * overconfident (Welch on CUPED-adjusted values was: 2.9 % false "scale" where 2.5 % is promised).
 * Null when it cannot be estimated (too few units, or no spread in the before values).
 */
function adjustedEstimate(pilot: readonly UnitPeriods[], comparison: readonly UnitPeriods[]): Estimate | null {
  const n = pilot.length + comparison.length;
  if (n < ADJUSTMENT_MIN_UNITS) return null;
  const groups = [pilot, comparison].map((group) => ({
    group,
    x: mean(group.map((u) => u.before)) ?? 0,
    y: mean(group.map((u) => u.during)) ?? 0,
  }));
  let sxx = 0;
  let sxy = 0;
  for (const { group, x, y } of groups) {
    for (const u of group) {
      sxx += (u.before - x) ** 2;
      sxy += (u.before - x) * (u.during - y);
    }
  }
  const [p, c] = groups;
  if (!(sxx > 0) || !p || !c) return null;
  const theta = sxy / sxx;
  let sse = 0;
  for (const { group, x, y } of groups) for (const u of group) sse += (u.during - y - theta * (u.before - x)) ** 2;
  const df = n - 3;
  const gap = p.x - c.x;
  return {
    effect: p.y - c.y - theta * gap,
    standardError: Math.sqrt((sse / df) * (1 / pilot.length + 1 / comparison.length + (gap * gap) / sxx)),
    degreesOfFreedom: df,
  };
}

/**
 * Units as replicates. With at least ADJUSTMENT_MIN_UNITS units, the regression adjustment on the
 * pre-period (see `adjustedEstimate`); with fewer, each unit's change from its own baseline,
 * compared between the groups with Welch's t (unequal spreads, small counts). Needs at least two
 * units in each group; null otherwise.
 */
export function unitReplicateEstimate(pilot: readonly UnitPeriods[], comparison: readonly UnitPeriods[]): (Estimate & { adjusted: boolean }) | null {
  if (pilot.length < 2 || comparison.length < 2) return null;
  const adjusted = adjustedEstimate(pilot, comparison);
  if (adjusted) return { ...adjusted, adjusted: true };
  const change = (u: UnitPeriods) => u.during - u.before;
  const a = pilot.map(change);
  const b = comparison.map(change);
  const va = sampleVariance(a) ?? 0;
  const vb = sampleVariance(b) ?? 0;
  return {
    effect: (mean(a) ?? 0) - (mean(b) ?? 0),
    standardError: Math.sqrt(va / a.length + vb / b.length),
    degreesOfFreedom: welchDf(va, a.length, vb, b.length),
    adjusted: false,
  };
}

function sumOfSquares(values: readonly number[]): number {
  const m = mean(values) ?? 0;
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0);
}

/**
 * One unit in a group: the weekly differences pilot − comparison in the pilot period against the
 * same differences before the start. The before period is estimated too, so its uncertainty
 * counts: variance s²(1/k + 1/p) with s² pooled from both periods (k + p − 2 degrees of freedom).
 * Needs k ≥ 1 pilot weeks, p ≥ 1 before weeks and k + p ≥ 3; null otherwise.
 */
export function weeklyDifferenceEstimate(during: readonly number[], before: readonly number[]): Estimate | null {
  const k = during.length;
  const p = before.length;
  if (k < 1 || p < 1 || k + p < 3) return null;
  const df = k + p - 2;
  const pooled = (sumOfSquares(during) + sumOfSquares(before)) / df;
  return {
    effect: (mean(during) ?? 0) - (mean(before) ?? 0),
    standardError: Math.sqrt(pooled * (1 / k + 1 / p)),
    degreesOfFreedom: df,
  };
}

/**
 * The pilot's baseline was entered, not measured: the weekly differences pilot − comparison in
 * the pilot period against the entered baseline minus the comparison units' measured one. The
 * entered number is taken as exact; the comparison baseline's uncertainty still counts (from the
 * spread of its weeks before the start, or of its pilot-period weeks when it has only one).
 * Needs k ≥ 2 pilot weeks; null otherwise.
 */
export function enteredBaselineEstimate(
  during: readonly number[],
  enteredGap: number,
  comparisonBefore: readonly number[],
  comparisonDuring: readonly number[],
): Estimate | null {
  const k = during.length;
  const p = comparisonBefore.length;
  const vd = sampleVariance(during);
  if (vd === null || p < 1) return null;
  // The spread of the comparison's weeks, from its before weeks when it has two, else its pilot weeks.
  const spreadFromBefore = sampleVariance(comparisonBefore);
  const vc = spreadFromBefore ?? sampleVariance(comparisonDuring) ?? 0;
  const dfC = Math.max(1, (spreadFromBefore === null ? comparisonDuring.length : p) - 1);
  const a = vd / k;
  const b = vc / p;
  const denominator = (a * a) / (k - 1) + (b * b) / dfC;
  return {
    effect: (mean(during) ?? 0) - enteredGap,
    standardError: Math.sqrt(a + b),
    degreesOfFreedom: denominator > 0 ? ((a + b) * (a + b)) / denominator : k - 1,
  };
}
