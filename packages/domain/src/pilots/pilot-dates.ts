import { addDays, differenceInCalendarDays, format, isValid, parseISO, startOfISOWeek } from 'date-fns';
import { invalidField } from '../common/errors.js';

// Calendar-day helpers for `YYYY-MM-DD` strings. Parsing and formatting both use local time, so
// no time zone or daylight-saving change can move a date to the neighbouring day.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a `YYYY-MM-DD` string; throws BAD_USER_INPUT on `field` when it is not a real date. */
export function parseDay(value: string, field = 'date'): Date {
  const date = DAY.test(value) ? parseISO(value) : new Date(Number.NaN);
  if (!isValid(date) || format(date, 'yyyy-MM-dd') !== value) {
    throw invalidField(field, `"${value}" is not a date in the format YYYY-MM-DD.`);
  }
  return date;
}

export function formatDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** The date `days` calendar days after (or before, when negative) `value`. */
export function shiftDays(value: string, days: number): string {
  return formatDay(addDays(parseDay(value), days));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from));
}

/** Monday of the ISO week holding `value`. */
export function isoWeekStart(value: string): string {
  return formatDay(startOfISOWeek(parseDay(value)));
}
