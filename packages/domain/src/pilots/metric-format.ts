import type { MetricUnit } from '../metrics/metric-catalog.js';

const MINUS = '\u2212';

function decimalsFor(unit: MetricUnit, value: number): number {
  if (unit === 'currency' || unit === 'currency_per_day') return Math.abs(value) >= 100 ? 0 : 2;
  return 1;
}

// Creating an Intl.NumberFormat costs far more than formatting with one: one per number of decimals
// (and per whether trailing zeros are kept).
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(decimals: number, fixed: boolean): Intl.NumberFormat {
  const key = `${decimals}${fixed ? 'f' : ''}`;
  let known = formatters.get(key);
  if (!known) {
    known = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: fixed ? decimals : 0 });
    formatters.set(key, known);
  }
  return known;
}

/**
 * `value` rounded for reading, with thousands separators and a real minus sign; without trailing
 * zeros unless `fixed` (the two ends of a range keep one precision: "+2.5 to +13.0").
 */
function plain(value: number, decimals: number, signed: boolean, fixed = false): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const digits = formatter(decimals, fixed).format(rounded);
  if (rounded === 0) return fixed ? digits : '0';
  if (value < 0) return `${MINUS}${digits}`;
  return signed ? `+${digits}` : digits;
}

function withUnit(unit: MetricUnit, value: number, signed: boolean, change: boolean, fixedDecimals?: number): string {
  const number = fixedDecimals === undefined ? plain(value, decimalsFor(unit, value), signed) : plain(value, fixedDecimals, signed, true);
  switch (unit) {
    case 'hours':
      return `${number} h`;
    case 'days':
      return `${number} d`;
    case 'percent':
      // A change in a percentage is in percentage points, not percent.
      return change ? `${number} ${Math.abs(value) >= 0.95 && Math.abs(value) < 1.05 ? 'point' : 'points'}` : `${number}%`;
    case 'currency':
    case 'currency_per_day': {
      const money = number.startsWith(MINUS) || number.startsWith('+') ? `${number.slice(0, 1)}$${number.slice(1)}` : `$${number}`;
      return unit === 'currency' ? money : `${money}/day`;
    }
    case 'count':
      return number;
  }
}

/** A metric value for reading: "18 h", "12 d", "42%", "$1,200", "$350/day", "7". */
export function formatMetricValue(value: number, unit: MetricUnit): string {
  return withUnit(unit, value, false, false);
}

/**
 * A change or difference of a metric value: percentages in points ("3 points"), others in the
 * metric's unit. With `signed`, positive values carry a "+" ("+4 h", "−10 h").
 */
export function formatMetricChange(delta: number, unit: MetricUnit, signed = false): string {
  return withUnit(unit, delta, signed, true);
}

/** A signed number alone, rounded like the metric's values: "−13", "+2.5". For chart ticks. */
export function formatSignedNumber(value: number, unit: MetricUnit): string {
  return plain(value, decimalsFor(unit, value), true);
}

/** The decimals both ends of a range share: the finer of the two. */
function rangeDecimals(low: number, high: number, unit: MetricUnit): number {
  return Math.max(decimalsFor(unit, low), decimalsFor(unit, high));
}

/** An interval of an effect as signed numbers in one precision: "+2.5 to +13.0", "−13.0 to −2.5". */
export function formatInterval(low: number, high: number, unit: MetricUnit): string {
  const decimals = rangeDecimals(low, high, unit);
  return `${plain(low, decimals, true, true)} to ${plain(high, decimals, true, true)}`;
}

/** A range of a change in one precision, the unit once at the end: "2.5 to 13.0 h", "0.4 to 3.0 points". */
export function formatChangeRange(from: number, to: number, unit: MetricUnit): string {
  const decimals = rangeDecimals(from, to, unit);
  return `${plain(from, decimals, false, true)} to ${withUnit(unit, to, false, true, decimals)}`;
}
