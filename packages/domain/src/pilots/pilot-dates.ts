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
  throw invalidDay(value, field);
}

const invalidDay = (value: string, field: string) => invalidField(field, `"${value}" is not a date in the format YYYY-MM-DD.`);

const twoDigits = (n: number) => String(n).padStart(2, '0');

export function formatDay(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

// Day arithmetic on day numbers (days since 1970-01-01, in UTC, where every day is 24 hours): the
// backlog's service levels and the attention list shift and compare thousands of dates per page,
// and date-fns' local-time arithmetic was most of their time.
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` string; throws like `parseDay`. */
function dayNumber(value: string, field = 'date'): number {
  const match = DAY.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
    const date = new Date(0);
    date.setUTCFullYear(year, month, day);
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day) return date.getTime() / MS_PER_DAY;
  }
  throw invalidDay(value, field);
}

function formatDayNumber(days: number): string {
  const date = new Date(days * MS_PER_DAY);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/** The date `days` calendar days after (or before, when negative) `value`. */
export function shiftDays(value: string, days: number): string {
  return formatDayNumber(dayNumber(value) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Monday of the ISO week holding `value`. */
export function isoWeekStart(value: string): string {
  const days = dayNumber(value);
  // 1970-01-01 was a Thursday: three days after a Monday.
  return formatDayNumber(days - ((((days + 3) % 7) + 7) % 7));
}
