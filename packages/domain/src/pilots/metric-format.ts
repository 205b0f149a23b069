import type { MetricUnit } from '../metrics/metric-catalog.js';

const MINUS = '\u2212';

function decimalsFor(unit: MetricUnit, value: number): number {
  if (unit === 'currency' || unit === 'currency_per_day') return Math.abs(value) >= 100 ? 0 : 2;
  return 1;
}

// Creating an Intl.NumberFormat costs far more than formatting with one: one per number of decimals.
const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let known = formatters.get(decimals);
  if (!known) {
    known = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals });
    formatters.set(decimals, known);
  }
  return known;
}

/** `value` rounded for reading, with thousands separators, no trailing zeros and a real minus sign. */
function plain(value: number, decimals: number, signed: boolean): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const digits = formatter(decimals).format(rounded);
  if (rounded === 0) return '0';
  if (value < 0) return `${MINUS}${digits}`;
  return signed ? `+${digits}` : digits;
}

function withUnit(unit: MetricUnit, value: number, signed: boolean, change: boolean): string {
  const number = plain(value, decimalsFor(unit, value), signed);
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

/** A number alone, rounded like the metric's values: "2.1", "1,200". For the low end of a range. */
export function formatMetricNumber(value: number, unit: MetricUnit): string {
  return plain(value, decimalsFor(unit, value), false);
}

/** A signed number alone, rounded like the metric's values: "−13", "+2.5". For interval bounds. */
export function formatSignedNumber(value: number, unit: MetricUnit): string {
  return plain(value, decimalsFor(unit, value), true);
}
