import { daysBetween, isoWeekStart, shiftDays } from './pilot-dates.js';
import type { UnitWeeks } from './statistics/difference-in-differences.js';

// The weeks of a pilot. Values are grouped into ISO weeks (Monday first). The week holding the
// start date is the first pilot week; values dated before that Monday are the "before" period (the
// baseline); values from that Monday up to min(end date, today) are the pilot period; later values
// are ignored. A unit's weekly value is the mean of its values that week, so a unit that reports
// daily weighs as much as one that reports weekly. A week without values is missing, never zero.

/** One measured value of the evaluated metric. */
export interface MeasuredValue {
  unitId: string;
  date: string;
  value: number;
}

/** The pilot's calendar as of a day. */
export interface PilotCalendar {
  startDate: string;
  endDate: string;
  today: string;
}

/** Monday of the first pilot week. */
export function firstPilotWeek(calendar: Pick<PilotCalendar, 'startDate'>): string {
  return isoWeekStart(calendar.startDate);
}

/**
 * The planned pilot weeks, oldest first: from the week holding the start to the week holding the
 * day before the end (a pilot from a Monday to the Monday four weeks later runs four weeks).
 */
export function plannedWeeks(calendar: Pick<PilotCalendar, 'startDate' | 'endDate'>): string[] {
  const first = firstPilotWeek(calendar);
  const lastDay = calendar.endDate > calendar.startDate ? shiftDays(calendar.endDate, -1) : calendar.startDate;
  const count = Math.max(1, Math.floor(daysBetween(first, isoWeekStart(lastDay)) / 7) + 1);
  return Array.from({ length: count }, (_, i) => shiftDays(first, 7 * i));
}

/** The planned end has come: the evaluation is the final analysis, not an interim look. */
export function isFinalLook(calendar: Pick<PilotCalendar, 'endDate' | 'today'>): boolean {
  return calendar.today >= calendar.endDate;
}

/** Planned weeks that are over by `today` (a week ends after its Sunday, or at the pilot's end). */
export function dueWeeks(calendar: PilotCalendar): string[] {
  return plannedWeeks(calendar).filter((week) => {
    const over = shiftDays(week, 7);
    return calendar.today >= (over < calendar.endDate ? over : calendar.endDate);
  });
}

/** Per unit of `unitIds`, its weekly means before the start and in the pilot period so far. */
export function unitWeeks(values: readonly MeasuredValue[], unitIds: readonly string[], calendar: PilotCalendar): Map<string, UnitWeeks> {
  const first = firstPilotWeek(calendar);
  const lastDay = calendar.endDate < calendar.today ? calendar.endDate : calendar.today;
  const sums = new Map(unitIds.map((id) => [id, { before: new Map<string, { sum: number; count: number }>(), during: new Map<string, { sum: number; count: number }>() }]));
  const weekOf = new Map<string, string>();
  for (const { unitId, date, value } of values) {
    const unit = sums.get(unitId);
    if (!unit || date > lastDay || !Number.isFinite(value)) continue;
    let week = weekOf.get(date);
    if (week === undefined) {
      week = isoWeekStart(date);
      weekOf.set(date, week);
    }
    const period = date < first ? unit.before : unit.during;
    const total = period.get(week);
    // Added to in place: a year of daily values is hundreds of thousands.
    if (total) {
      total.sum += value;
      total.count += 1;
    } else period.set(week, { sum: value, count: 1 });
  }
  const means = (weeks: Map<string, { sum: number; count: number }>) =>
    new Map([...weeks.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([week, t]) => [week, t.sum / t.count]));
  return new Map([...sums.entries()].map(([id, unit]) => [id, { before: means(unit.before), during: means(unit.during) }]));
}

/** A pilot week that is over, and the units without a value in it. */
export interface MissingWeek {
  weekStart: string;
  unitIds: string[];
}

/**
 * The weeks that are over in which some unit has no value, oldest first: every pilot unit, and the
 * comparison units that report this metric at all (one that never does is simply not compared on it).
 */
export function missingWeeks(pilot: ReadonlyMap<string, UnitWeeks>, comparison: ReadonlyMap<string, UnitWeeks>, calendar: PilotCalendar): MissingWeek[] {
  const reporting = [...comparison].filter(([, unit]) => unit.before.size + unit.during.size > 0);
  const units = new Map([...pilot, ...reporting]);
  return dueWeeks(calendar).flatMap((weekStart) => {
    const unitIds = [...units.entries()].filter(([, unit]) => !unit.during.has(weekStart)).map(([id]) => id);
    return unitIds.length > 0 ? [{ weekStart, unitIds }] : [];
  });
}
