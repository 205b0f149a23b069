import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './calendar-date.js';

describe('formatCalendarDate', () => {
  it('writes a calendar date as people read it', () => {
    expect(formatCalendarDate('2026-11-23')).toBe('Nov 23, 2026');
  });

  it('uses the date part of a timestamp, whatever the time zone would make of it', () => {
    expect(formatCalendarDate('2026-01-05T23:30:00.000Z')).toBe('Jan 5, 2026');
  });

  it('returns anything that is not a date unchanged', () => {
    expect(formatCalendarDate('soon')).toBe('soon');
  });
});
