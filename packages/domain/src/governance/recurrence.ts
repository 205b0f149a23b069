import { DomainError } from '../common/errors.js';
import { isoWeekStart, shiftDays } from '../pilots/pilot-dates.js';
import { wallClockOf, zonedInstant } from './zoned-time.js';

// A forum's schedule and the RFC 5545 recurrence rule it stands for: the subset meetings need
// (weekly or every n weeks on a weekday; monthly, quarterly or yearly on the nth or last weekday),
// expanded in the forum's own time zone so a 09:00 meeting stays at 09:00 across clock changes.

export const FORUM_CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly', 'annually'] as const;
export type ForumCadence = (typeof FORUM_CADENCES)[number];
export const FORUM_CADENCE_LABELS: Record<ForumCadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annually: 'Yearly',
};

/** RFC 5545 weekday codes, Monday first (ISO order). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };

/** Which weekday of the month: the first to the fourth, or the last (-1). */
export const WEEKS_OF_MONTH = [1, 2, 3, 4, -1] as const;
export const WEEK_OF_MONTH_LABELS: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' };

/** When a forum meets: its cadence and day, a wall-clock time in its time zone, from its first day on. */
export interface ForumSchedule {
  cadence: ForumCadence;
  weekday: Weekday;
  /** For monthly, quarterly and yearly forums: which weekday of the month; null for weekly ones. */
  weekOfMonth: number | null;
  /** The first day the forum may meet (YYYY-MM-DD); quarterly and yearly forums count their months from it. */
  startsOn: string;
  /** HH:MM, wall clock in `timeZone`. */
  startTime: string;
  timeZone: string;
  durationMinutes: number;
}

/** The part of RFC 5545's RRULE this product writes and reads. */
export interface RecurrenceRule {
  freq: 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  weekday: Weekday;
  /** BYDAY's ordinal (1 = first, -1 = last) for monthly and yearly rules; null for weekly ones. */
  ordinal: number | null;
  /** BYMONTH for yearly rules. */
  month: number | null;
}

export function weeklyCadence(cadence: ForumCadence): boolean {
  return cadence === 'weekly' || cadence === 'biweekly';
}

/** The rule a schedule stands for. */
export function recurrenceRuleOf(schedule: ForumSchedule): RecurrenceRule {
  const ordinal = schedule.weekOfMonth ?? 1;
  switch (schedule.cadence) {
    case 'weekly':
    case 'biweekly':
      return { freq: 'WEEKLY', interval: schedule.cadence === 'weekly' ? 1 : 2, weekday: schedule.weekday, ordinal: null, month: null };
    case 'monthly':
    case 'quarterly':
      return { freq: 'MONTHLY', interval: schedule.cadence === 'monthly' ? 1 : 3, weekday: schedule.weekday, ordinal, month: null };
    case 'annually':
      return { freq: 'YEARLY', interval: 1, weekday: schedule.weekday, ordinal, month: Number(schedule.startsOn.slice(5, 7)) };
  }
}

/** The RRULE value, e.g. `FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE`. */
export function formatRecurrenceRule(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.month !== null) parts.push(`BYMONTH=${rule.month}`);
  parts.push(`BYDAY=${rule.ordinal === null ? '' : rule.ordinal}${rule.weekday}`);
  return parts.join(';');
}

/** Reads an RRULE value this product could have written; anything else is refused, naming the part. */
export function parseRecurrenceRule(value: string): RecurrenceRule {
  const fields = new Map(value.split(';').map((part) => part.split('=', 2) as [string, string]));
  const refuse = (what: string) => new DomainError('BAD_USER_INPUT', `This recurrence rule is not supported: ${what}.`);
  for (const key of fields.keys()) if (!['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTH'].includes(key)) throw refuse(key);
  const freq = fields.get('FREQ');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') throw refuse(`FREQ=${freq ?? ''}`);
  const byDay = /^(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(fields.get('BYDAY') ?? '');
  if (!byDay) throw refuse(`BYDAY=${fields.get('BYDAY') ?? ''}`);
  const interval = Number(fields.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) throw refuse(`INTERVAL=${fields.get('INTERVAL') ?? ''}`);
  const month = fields.has('BYMONTH') ? Number(fields.get('BYMONTH')) : null;
  if (month !== null && !(Number.isInteger(month) && month >= 1 && month <= 12)) throw refuse(`BYMONTH=${fields.get('BYMONTH') ?? ''}`);
  const ordinal = byDay[1] ? Number(byDay[1]) : null;
  if ((freq === 'WEEKLY') !== (ordinal === null)) throw refuse(`BYDAY=${byDay[0]} with FREQ=${freq}`);
  if ((freq === 'YEARLY') !== (month !== null)) throw refuse(freq === 'YEARLY' ? 'a yearly rule without BYMONTH' : 'BYMONTH');
  return { freq, interval, weekday: byDay[2] as Weekday, ordinal, month };
}

/** "Weekly on Monday at 09:00", "Quarterly on the first Wednesday at 14:00" (time zone apart). */
export function describeSchedule(schedule: Pick<ForumSchedule, 'cadence' | 'weekday' | 'weekOfMonth' | 'startTime'>): string {
  const day = WEEKDAY_LABELS[schedule.weekday];
  const on = weeklyCadence(schedule.cadence) ? day : `the ${WEEK_OF_MONTH_LABELS[schedule.weekOfMonth ?? 1]} ${day}`;
  return `${FORUM_CADENCE_LABELS[schedule.cadence]} on ${on} at ${schedule.startTime}`;
}

const weekdayIndex = (weekday: Weekday) => WEEKDAYS.indexOf(weekday);

/** The nth (or last, -1) `weekday` of the month that `monthStart` (YYYY-MM-01) begins. */
function nthWeekdayOfMonth(monthStart: string, weekday: Weekday, ordinal: number): string {
  const first = new Date(`${monthStart}T00:00:00Z`);
  const firstIso = (first.getUTCDay() + 6) % 7;
  const firstMatch = 1 + ((weekdayIndex(weekday) - firstIso + 7) % 7);
  const daysInMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const day = ordinal > 0 ? firstMatch + 7 * (ordinal - 1) : firstMatch + 7 * Math.floor((daysInMonth - firstMatch) / 7);
  return `${monthStart.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function monthStartOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The days (YYYY-MM-DD) from `from` to `to`, both included, on which `rule` falls, counting its periods from `startsOn` and never before it. */
export function recurrenceDates(rule: RecurrenceRule, startsOn: string, from: string, to: string): string[] {
  const first = from > startsOn ? from : startsOn;
  const dates: string[] = [];
  if (rule.freq === 'WEEKLY') {
    const anchor = isoWeekStart(startsOn);
    const weeks = Math.floor((Date.parse(isoWeekStart(first)) - Date.parse(anchor)) / (7 * 86_400_000));
    for (let week = weeks - (weeks % rule.interval); ; week += rule.interval) {
      const date = shiftDays(anchor, week * 7 + weekdayIndex(rule.weekday));
      if (date > to) break;
      if (date >= first) dates.push(date);
    }
    return dates;
  }
  const step = rule.freq === 'YEARLY' ? 12 : rule.interval;
  const anchor = rule.freq === 'YEARLY' ? monthIndex(startsOn.slice(0, 4) + '-01-01') + (rule.month ?? 1) - 1 : monthIndex(startsOn);
  const offset = monthIndex(first) - anchor;
  for (let month = anchor + Math.max(0, offset - (((offset % step) + step) % step)); ; month += step) {
    const date = nthWeekdayOfMonth(monthStartOf(month), rule.weekday, rule.ordinal ?? 1);
    if (date > to) break;
    if (date >= first) dates.push(date);
  }
  return dates;
}

/** What happened to one occurrence, keyed by the day it was due: cancelled (a holiday, a clash) or moved. */
export interface OccurrenceChange {
  occursOn: string;
  cancelledReason: string | null;
  /** The new start when moved; null when it keeps its scheduled time. */
  movedTo: Date | null;
}

export interface Occurrence {
  /** The day the rule gives it, in the forum's time zone; it names the occurrence even when moved. */
  occursOn: string;
  startsAt: Date;
  endsAt: Date;
  cancelledReason: string | null;
  moved: boolean;
}

const DAY_MS = 86_400_000;
/** How far a moved meeting may be from its scheduled day: about a month either way. */
export const MAX_MOVE_DAYS = 31;

/**
 * The occurrences that start from `from` up to (not including) `to`, cancelled ones included and
 * marked, moved ones at their new time.
 */
export function forumOccurrences(schedule: ForumSchedule, changes: readonly OccurrenceChange[], from: Date, to: Date): Occurrence[] {
  const byDay = new Map(changes.map((change) => [change.occursOn, change]));
  const firstDay = wallClockOf(new Date(from.getTime() - (MAX_MOVE_DAYS + 1) * DAY_MS), schedule.timeZone).date;
  const lastDay = wallClockOf(new Date(to.getTime() + (MAX_MOVE_DAYS + 1) * DAY_MS), schedule.timeZone).date;
  return recurrenceDates(recurrenceRuleOf(schedule), schedule.startsOn, firstDay, lastDay)
    .map((occursOn) => {
      const change = byDay.get(occursOn);
      const startsAt = change?.movedTo ?? zonedInstant(occursOn, schedule.startTime, schedule.timeZone);
      return { occursOn, startsAt, endsAt: new Date(startsAt.getTime() + schedule.durationMinutes * 60_000), cancelledReason: change?.cancelledReason ?? null, moved: change?.movedTo != null };
    })
    .filter((occurrence) => occurrence.startsAt >= from && occurrence.startsAt < to)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** True when `occursOn` is a day the schedule falls on (a meeting can only be prepared, moved or cancelled for one). */
export function isScheduledDay(schedule: ForumSchedule, occursOn: string): boolean {
  return recurrenceDates(recurrenceRuleOf(schedule), schedule.startsOn, occursOn, occursOn).length === 1;
}

/** How far back the previous meeting may lie: a year and a bit covers yearly forums. */
export const PREVIOUS_MEETING_LOOK_BACK_DAYS = 400;
const LOOK_BACK_DAYS = PREVIOUS_MEETING_LOOK_BACK_DAYS;

/**
 * The scheduled days (UTC `YYYY-MM-DD`, a day wider for time zones) whose changes can touch the
 * occurrences from `from` to `to`: a moved meeting may sit a month from its scheduled day.
 */
export function changeDaysFor(from: Date, to: Date): { from: string; to: string } {
  const margin = (MAX_MOVE_DAYS + 2) * DAY_MS;
  return { from: new Date(from.getTime() - margin).toISOString().slice(0, 10), to: new Date(to.getTime() + margin).toISOString().slice(0, 10) };
}

/** The latest meeting held or due before `before` (cancelled ones skipped); null for a forum's first. */
export function previousOccurrence(schedule: ForumSchedule, changes: readonly OccurrenceChange[], before: Date): Occurrence | null {
  const candidates = forumOccurrences(schedule, changes, new Date(before.getTime() - LOOK_BACK_DAYS * DAY_MS), before);
  return candidates.filter((occurrence) => occurrence.cancelledReason === null).at(-1) ?? null;
}
