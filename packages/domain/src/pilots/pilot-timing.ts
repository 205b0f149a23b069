import { daysBetween } from './pilot-dates.js';
import type { PilotStatus } from './pilot.types.js';

/** Where a day falls in a pilot's calendar: before it, in week N of M, or after its last day. */
export type PilotTiming =
  | { kind: 'upcoming'; daysToStart: number; weeks: number }
  | { kind: 'current'; week: number; weeks: number }
  | { kind: 'ended'; daysSinceEnd: number; weeks: number };

/**
 * Weeks from the first to the last day (inclusive), to the nearest week: the default pilot (start +
 * 28 days, so 29 days) is four weeks, not "week 5 of 5" on its last day.
 */
export function pilotWeeks(startDate: string, endDate: string): number {
  return Math.max(1, Math.round((daysBetween(startDate, endDate) + 1) / 7));
}

/** Where `today` falls in a pilot's calendar: before it, in week N of M, or after it. */
export function pilotTiming(startDate: string, endDate: string, today: string): PilotTiming {
  const weeks = pilotWeeks(startDate, endDate);
  const sinceStart = daysBetween(startDate, today);
  if (sinceStart < 0) return { kind: 'upcoming', daysToStart: -sinceStart, weeks };
  const sinceEnd = daysBetween(endDate, today);
  if (sinceEnd > 0) return { kind: 'ended', daysSinceEnd: sinceEnd, weeks };
  return { kind: 'current', week: Math.min(weeks, Math.floor(sinceStart / 7) + 1), weeks };
}

/**
 * A pilot whose last day has passed without a gate decision (still running or in review) is overdue
 * for its gate review: partners owe no more check-ins, the steering committee owes a decision.
 */
export function isGateReviewOverdue(pilot: { status: PilotStatus; endDate: string }, today: string): boolean {
  return (pilot.status === 'running' || pilot.status === 'in_review') && today > pilot.endDate;
}
