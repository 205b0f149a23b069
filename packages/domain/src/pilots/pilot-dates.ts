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

// Day arithmetic on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar, by
// integer arithmetic: no Date, no time zone): the backlog's service levels and the attention list
// shift and compare thousands of dates per page, and date-fns' local-time arithmetic was most of
// their time. The conversions are Howard Hinnant's days_from_civil and civil_from_days.
const DAYS_PER_ERA = 146_097;
const EPOCH_SHIFT = 719_468;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => (month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** Days since 1970-01-01 of a `YYYY-MM-DD` string; throws like `parseDay`. */
function dayNumber(value: string, field = 'date'): number {
  const match = DAY.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw invalidDay(value, field);
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

function formatDayNumber(days: number): string {
  const shifted = days + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** The date `days` calendar days after (or before, when negative) `value`. */
export function shiftDays(value: string, days: number): string {
  return formatDayNumber(dayNumber(value) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Weeks already found: weekly means put tens of thousands of dates in their weeks per page, of a few hundred days. */
const weekStarts = new Map<string, string>();
const WEEK_STARTS_KEPT = 50_000;

/** Monday of the ISO week holding `value`. */
export function isoWeekStart(value: string): string {
  let found = weekStarts.get(value);
  if (found === undefined) {
    const days = dayNumber(value);
    // 1970-01-01 was a Thursday: three days after a Monday.
    found = formatDayNumber(days - ((((days + 3) % 7) + 7) % 7));
    if (weekStarts.size >= WEEK_STARTS_KEPT) weekStarts.clear();
    weekStarts.set(value, found);
  }
  return found;
}
