import { normalCdf, normalDensity, normalQuantile } from './distributions.js';

// Interim looks without inflating the false-"scale" rate: a group-sequential boundary from the
// Lan–DeMets alpha-spending function of O'Brien–Fleming shape. Each weekly look may spend only the
// part of the one-sided error α that its share of the final information allows, so early looks
// need overwhelming evidence and the final look needs little more than a fixed-horizon test.
// Boundaries are exact for the canonical joint distribution (Z_j correlated as √(t_i / t_j)),
// computed by the recursive numerical integration of Armitage, McPherson and Rowe.

/** One-sided error rate of a false "scale" over all looks of a pilot. */
export const FALSE_SCALE_RATE = 0.025;

/**
 * α spent by information fraction `t` (0..1) under the O'Brien–Fleming-type spending function
 * α(t) = 2 − 2Φ(z₁₋α/₂ / √t); α(1) = α.
 */
export function obrienFlemingSpent(t: number, alpha = FALSE_SCALE_RATE): number {
  if (!(t > 0)) return 0;
  return 2 * (1 - normalCdf(normalQuantile(1 - alpha / 2) / Math.sqrt(Math.min(1, t))));
}

// Simpson grid points across a density's support (odd) and how many standard deviations it spans below 0.
const GRID = 241;
const SPAN = 8;

interface SubDensity {
  /** Values of the score S_j = Z_j·√t_j on the continuation region. */
  points: number[];
  /** Simpson-weighted density at each point (weights folded in, so sums are integrals). */
  weighted: number[];
}

function simpson(from: number, to: number, density: (x: number) => number): SubDensity {
  const points: number[] = [];
  const weighted: number[] = [];
  const h = (to - from) / (GRID - 1);
  for (let i = 0; i < GRID; i++) {
    const x = from + i * h;
    const w = i === 0 || i === GRID - 1 ? 1 : i % 2 === 1 ? 4 : 2;
    points.push(x);
    weighted.push((w * h * density(x)) / 3);
  }
  return { points, weighted };
}

/** P(continued so far and S_j ≥ b) when S_j = S_(j−1) + N(0, step). */
function crossing(previous: SubDensity, b: number, step: number): number {
  const sd = Math.sqrt(step);
  let total = 0;
  previous.points.forEach((x, i) => {
    total += (previous.weighted[i] ?? 0) * (1 - normalCdf((b - x) / sd));
  });
  return total;
}

/** Smallest z with crossing probability at most `target` (bisection: the probability falls as z rises). */
function solveBoundary(probability: (z: number) => number, target: number): number {
  if (target <= 0) return Infinity;
  let low = -SPAN;
  let high = 40;
  for (let i = 0; i < 80; i++) {
    const mid = (low + high) / 2;
    if (probability(mid) > target) low = mid;
    else high = mid;
  }
  return high;
}

const cache = new Map<string, readonly number[]>();

/**
 * Upper z-boundaries c_1..c_k for looks at information fractions `fractions` (increasing, in
 * (0, 1]): under no effect, P(Z_1 < c_1, …, Z_(j−1) < c_(j−1), Z_j ≥ c_j) = α(t_j) − α(t_(j−1)),
 * so the chance of ever crossing is α(t_k). Memoised: a pilot's looks repeat on every evaluation.
 */
export function sequentialBoundaries(fractions: readonly number[], alpha = FALSE_SCALE_RATE): readonly number[] {
  const key = `${alpha}|${fractions.join(',')}`;
  const known = cache.get(key);
  if (known) return known;
  const boundaries: number[] = [];
  let previous: SubDensity | null = null;
  let previousT = 0;
  for (const t of fractions) {
    const step = t - previousT;
    const increment = obrienFlemingSpent(t, alpha) - obrienFlemingSpent(previousT, alpha);
    if (!(step > 0) || !(increment > 0)) {
      // No new information, or nothing left to spend: this look cannot cross.
      boundaries.push(Infinity);
      continue;
    }
    const before: SubDensity | null = previous;
    const sqrtT = Math.sqrt(t);
    const c: number = before === null ? normalQuantile(1 - increment) : solveBoundary((z) => crossing(before, z * sqrtT, step), increment);
    boundaries.push(c);
    const upper: number = Math.min(c, SPAN) * sqrtT;
    previous =
      before === null
        ? simpson(-SPAN * sqrtT, upper, (s) => normalDensity(s / sqrtT) / sqrtT)
        : simpson(-SPAN * sqrtT, upper, (s) => {
            const sd = Math.sqrt(step);
            let density = 0;
            before.points.forEach((x, i) => {
              density += ((before.weighted[i] ?? 0) * normalDensity((s - x) / sd)) / sd;
            });
            return density;
          });
    previousT = t;
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, boundaries);
  return boundaries;
}
