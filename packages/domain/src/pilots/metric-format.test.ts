import { describe, expect, it } from 'vitest';
import { formatChangeRange, formatInterval, formatMetricChange, formatMetricValue, formatSignedNumber } from './metric-format.js';

describe('metric values', () => {
  it('writes each unit the way people read it, to one decimal', () => {
    expect(formatMetricValue(18, 'hours')).toBe('18 h');
    expect(formatMetricValue(6.25, 'hours')).toBe('6.3 h');
    expect(formatMetricValue(42, 'days')).toBe('42 d');
    expect(formatMetricValue(41.97, 'percent')).toBe('42%');
    expect(formatMetricValue(12, 'count')).toBe('12');
    expect(formatMetricValue(-0.01, 'hours')).toBe('0 h');
  });

  it('writes money with a dollar sign and thousands separators, cents only below $100', () => {
    expect(formatMetricValue(1200.4, 'currency')).toBe('$1,200');
    expect(formatMetricValue(-1200, 'currency')).toBe('−$1,200');
    expect(formatMetricValue(12.5, 'currency')).toBe('$12.5');
    expect(formatMetricValue(3500, 'currency_per_day')).toBe('$3,500/day');
  });
});

describe('metric changes', () => {
  it('writes percentage changes in points', () => {
    expect(formatMetricChange(3, 'percent')).toBe('3 points');
    expect(formatMetricChange(1, 'percent', true)).toBe('+1 point');
    expect(formatMetricChange(-2.5, 'percent', true)).toBe('−2.5 points');
  });

  it('signs changes on request', () => {
    expect(formatMetricChange(-10, 'hours', true)).toBe('−10 h');
    expect(formatMetricChange(4, 'days', true)).toBe('+4 d');
    expect(formatMetricChange(4, 'days')).toBe('4 d');
    expect(formatMetricChange(250, 'currency', true)).toBe('+$250');
    expect(formatMetricChange(0, 'hours', true)).toBe('0 h');
  });

  it('writes interval bounds as signed numbers', () => {
    expect(formatSignedNumber(-13.04, 'hours')).toBe('−13');
    expect(formatSignedNumber(2.26, 'percent')).toBe('+2.3');
  });
});

describe('intervals and ranges', () => {
  it('writes both ends of an interval in one precision', () => {
    expect(formatInterval(2.5, 13, 'hours')).toBe('+2.5 to +13.0');
    expect(formatInterval(-13.04, -2.46, 'percent')).toBe('−13.0 to −2.5');
    expect(formatInterval(-1.5, 0, 'days')).toBe('−1.5 to 0.0');
    // Money: cents below $100 on either end apply to both.
    expect(formatInterval(40, 1200, 'currency')).toBe('+40.00 to +1,200.00');
    expect(formatInterval(150, 1200, 'currency')).toBe('+150 to +1,200');
  });

  it('writes a range of a change in one precision with the unit once', () => {
    expect(formatChangeRange(2, 10.94, 'hours')).toBe('2.0 to 10.9 h');
    expect(formatChangeRange(0.4, 3, 'percent')).toBe('0.4 to 3.0 points');
  });
});
