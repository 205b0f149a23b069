/** Arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Sample variance (n − 1 in the denominator); null with fewer than two values. */
export function sampleVariance(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  return values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1);
}

/** Least-squares slope of y over x; null with fewer than 2 distinct x. */
export function slope(points: readonly { x: number; y: number }[]): number | null {
  const mx = mean(points.map((p) => p.x));
  const my = mean(points.map((p) => p.y));
  if (points.length < 2 || mx === null || my === null) return null;
  const sxx = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0);
  return sxx === 0 ? null : sxy / sxx;
}
