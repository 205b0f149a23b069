import { addDays, differenceInCalendarDays, startOfISOWeek } from 'date-fns';
import { invalidField } from '../common/errors.js';

// Calendar-day helpers for `YYYY-MM-DD` strings. Parsing and formatting both use local time, so
// no time zone or daylight-saving change can move a date to the neighbouring day.

// Parsed and formatted by hand: the evaluation parses every measurement's date, and date-fns'
// general parser and formatter were most of its time.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a `YYYY-MM-DD` string; throws BAD_USER_INPUT on `field` when it is not a real date. */
export function parseDay(value: string, field = 'date'): Date {
  const match = DAY.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
    // setFullYear, not the constructor, which reads years 0–99 as 1900–1999.
    const date = new Date(2000, 0, 1);
    date.setFullYear(year, month, day);
    if (date.getFullYear() === year && date.getMonth() === month && date.getDate() === day) return date;
  }
  throw invalidField(field, `"${value}" is not a date in the format YYYY-MM-DD.`);
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

export function formatDay(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
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
