import { describe, expect, it } from 'vitest';
import { daysBetween, isoWeekStart, parseDay, shiftDays } from './pilot-dates.js';

/** Every calendar day from `from`, `count` of them, as the JavaScript calendar counts (local dates, noon: no daylight-saving edge). */
function calendar(from: [number, number, number], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(from[0], from[1] - 1, from[2] + i, 12);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  });
}

describe('calendar-day arithmetic', () => {
  // 1999-12-20 to 2032: eight leap days, a century leap year (2000), every daylight-saving change.
  const days = calendar([1999, 12, 20], 11_700);

  it('steps, counts and finds Mondays exactly as the calendar does, across leap days and years', () => {
    days.forEach((day, i) => {
      expect(shiftDays(day, 1)).toBe(calendarShift(day, 1));
      expect(shiftDays(day, -400)).toBe(calendarShift(day, -400));
      expect(daysBetween(days[0] ?? day, day)).toBe(i);
      const monday = isoWeekStart(day);
      expect(parseDay(monday).getDay()).toBe(1);
      expect(daysBetween(monday, day)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(monday, day)).toBeLessThan(7);
    });
    expect(shiftDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(isoWeekStart('2027-01-01')).toBe('2026-12-28');
    // Before 1970 and at the ends of four-digit years.
    expect(daysBetween('1969-12-31', '1970-01-01')).toBe(1);
    expect(shiftDays('1600-03-01', -1)).toBe('1600-02-29');
    expect(shiftDays('0001-01-01', -1)).toBe('0000-12-31');
    expect(daysBetween('0000-01-01', '9999-12-31')).toBe(3_652_424);
  });

  it('refuses what is not a real date, naming the field', () => {
    expect(() => daysBetween('2026-02-29', '2026-03-01')).toThrow('"2026-02-29" is not a date in the format YYYY-MM-DD.');
    expect(() => shiftDays('2026-13-01', 1)).toThrow('is not a date');
    expect(() => isoWeekStart('next monday')).toThrow('is not a date');
  });
});

/** `day` shifted by `count` days with the local calendar (the reference). */
function calendarShift(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return calendar([year, month, date + count], 1)[0] ?? '';
}
