// The normal and Student t distributions, written out because the domain takes no numeric library.
// Accuracy: about 1e-7 relative in the normal tails and 1e-10 in the t CDF, far finer than the
// weekly data they judge.

/** Standard normal cumulative distribution Φ(x). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return x >= 0 ? 1 - 0.5 * erfc(x / Math.SQRT2) : 0.5 * erfc(-x / Math.SQRT2);
}

// Complementary error function for x ≥ 0 (Numerical Recipes' erfcc, Chebyshev fit, fractional error < 1.2e-7).
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return t * Math.exp(poly);
}

/** Standard normal density φ(x). */
export function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

// Acklam's rational approximation of the normal quantile (relative error < 1.2e-9 before refinement).
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

function horner(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}

/** Standard normal quantile Φ⁻¹(p) for 0 < p < 1; ±Infinity at 0 and 1, NaN outside. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = horner(C, q) / (horner(D, q) * q + 1);
  } else if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -horner(C, q) / (horner(D, q) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = (horner(A, r) * q) / (horner(B, r) * r + 1);
  }
  // One Halley step against our own CDF, so the quantile and the CDF agree.
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

// Lanczos approximation of ln Γ(x) for x > 0 (g = 7, n = 9).
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] ?? 1;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

// Continued fraction for the incomplete beta function (modified Lentz, Numerical Recipes' betacf).
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-14) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. */
function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Student t cumulative distribution with `df` > 0 degrees of freedom (need not be whole: Welch). */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

function studentTDensity(t: number, df: number): number {
  return Math.exp(logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log(1 + (t * t) / df));
}

/** Quantiles already found: a pilot's metrics share their looks' boundaries and degrees of freedom, so most repeat. */
const quantiles = new Map<string, number>();
const QUANTILES_KEPT = 10_000;

/**
 * Student t quantile: the t with P(T ≤ t) = p for `df` > 0 degrees of freedom. Newton's method from
 * the normal quantile, kept inside a shrinking bracket so that it always converges.
 */
export function studentTQuantile(p: number, df: number): number {
  const key = `${p}|${df}`;
  let found = quantiles.get(key);
  if (found === undefined) {
    found = solveStudentTQuantile(p, df);
    if (quantiles.size >= QUANTILES_KEPT) quantiles.clear();
    quantiles.set(key, found);
  }
  return found;
}

function solveStudentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p < 0.5) return -solveStudentTQuantile(1 - p, df);
  if (p === 0.5) return 0;
  let low = 0;
  let high = Math.max(1, normalQuantile(p));
  while (studentTCdf(high, df) < p && high < 1e300) {
    low = high;
    high *= 4;
  }
  let x = Math.min(high, Math.max(low, normalQuantile(p)));
  for (let i = 0; i < 100; i++) {
    const error = studentTCdf(x, df) - p;
    if (error > 0) high = x;
    else low = x;
    const density = studentTDensity(x, df);
    let next = density > 0 ? x - error / density : (low + high) / 2;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - x) <= 1e-12 * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  return x;
}
