import { formatCalendarDate } from '../common/calendar-date.js';
import { invalidField } from '../common/errors.js';
import { isoWeekStart as weekStartOf } from './pilot-dates.js';
import { MIN_COMMENTARY_LENGTH, RAG_STATUS_LABELS, type RagStatus } from './pilot.types.js';

/** Whether a week (its Monday) is before the week the pilot starts in: nothing is owed for it. */
export function isBeforePilotStart(weekStart: string, pilot: { startDate: string }): boolean {
  return weekStart < weekStartOf(pilot.startDate);
}

/** Whether a week (its Monday) starts after the pilot's last day: the pilot is over, nothing is owed for it. */
export function isAfterPilotEnd(weekStart: string, pilot: { endDate: string }): boolean {
  return weekStart > pilot.endDate;
}

/**
 * Checks which unit and week a check-in is for: one of the pilot's units, a week that has begun
 * (as of `today`) and is not before the pilot's first week. Throws BAD_USER_INPUT naming the field.
 */
export function checkCheckInTarget(
  pilot: { startDate: string; unitIds: readonly string[] },
  checkIn: { unitId: string; weekStart: string },
  today: string,
): void {
  if (!pilot.unitIds.includes(checkIn.unitId)) throw invalidField('unitId', 'This unit is not one of the pilot’s units.');
  if (checkIn.weekStart > weekStartOf(today)) throw invalidField('weekStart', 'You cannot check in for a future week.');
  if (isBeforePilotStart(checkIn.weekStart, pilot)) throw invalidField('weekStart', `The pilot starts on ${formatCalendarDate(pilot.startDate)}: pick a week from then on.`);
}

/**
 * True when a check-in needs commentary: its status is amber or red, or it differs from the
 * previous check-in's status (pass the unit's latest earlier check-in, or null for the first).
 */
export function checkInNeedsCommentary(current: { status: RagStatus }, previous?: { status: RagStatus } | null): boolean {
  return commentaryReason(current, previous) !== null;
}

/** Why a check-in needs commentary ("the status is amber", "the status changed from green to amber"), or null. */
export function commentaryReason(current: { status: RagStatus }, previous?: { status: RagStatus } | null): string | null {
  const status = RAG_STATUS_LABELS[current.status].toLowerCase();
  if (previous && previous.status !== current.status) return `the status changed from ${RAG_STATUS_LABELS[previous.status].toLowerCase()} to ${status}`;
  return current.status === 'green' ? null : `the status is ${status}`;
}

/** The message for commentary that is missing or shorter than `MIN_COMMENTARY_LENGTH` (trimmed) where it is needed, else null. */
export function commentaryShortfall(current: { status: RagStatus; commentary: string }, previous?: { status: RagStatus } | null): string | null {
  const reason = commentaryReason(current, previous);
  if (reason === null || current.commentary.trim().length >= MIN_COMMENTARY_LENGTH) return null;
  return `Say why ${reason} (at least ${MIN_COMMENTARY_LENGTH} characters).`;
}

/** Throws BAD_USER_INPUT on `commentary` when `commentaryShortfall` finds one. */
export function checkCheckInCommentary(current: { status: RagStatus; commentary: string }, previous?: { status: RagStatus } | null): void {
  const shortfall = commentaryShortfall(current, previous);
  if (shortfall) throw invalidField('commentary', shortfall);
}

/** What a check-in reports; the unit, week and who sent it are not part of it. */
export interface CheckInReport {
  status: RagStatus;
  confidence: number;
  highlights: string;
  blockers: string;
  asksForHelp: string;
  commentary: string;
}

/**
 * Whether a re-sent check-in says exactly what the stored one says: then re-sending changes
 * nothing and needs no version (only a different report must name the version it replaces).
 */
export function isSameCheckInReport(stored: CheckInReport, sent: CheckInReport): boolean {
  return (
    stored.status === sent.status &&
    stored.confidence === sent.confidence &&
    stored.highlights === sent.highlights &&
    stored.blockers === sent.blockers &&
    stored.asksForHelp === sent.asksForHelp &&
    stored.commentary === sent.commentary
  );
}
