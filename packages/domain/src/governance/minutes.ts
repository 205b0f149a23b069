import { z } from 'zod';
import { canonicalId, expectedVersion, id, localDate, text } from '../common/fields.js';

// What a meeting keeps: its state, attendance and notes, the decisions it takes and the action
// items it hands out.

export const MEETING_STATUSES = ['scheduled', 'cancelled', 'in_progress', 'held'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { scheduled: 'Scheduled', cancelled: 'Cancelled', in_progress: 'In progress', held: 'Held' };

/** A meeting's status, from what happened to it: never typed in. */
export function meetingStatus(meeting: { cancelledReason: string | null; startedAt: Date | null; endedAt: Date | null }): MeetingStatus {
  if (meeting.cancelledReason !== null) return 'cancelled';
  if (meeting.endedAt) return 'held';
  if (meeting.startedAt) return 'in_progress';
  return 'scheduled';
}

/** Why a meeting in this status cannot have its agenda edited, or null. Starting the meeting freezes it. */
export function agendaFrozenReason(status: MeetingStatus): string | null {
  if (status === 'cancelled') return 'This meeting is cancelled.';
  if (status !== 'scheduled') return 'The meeting has started: its agenda is frozen.';
  return null;
}

/** Why minutes (attendance, notes, decisions, action items) cannot be kept yet, or null: they follow the meeting's start. */
export function minutesClosedReason(status: MeetingStatus): string | null {
  if (status === 'cancelled') return 'This meeting is cancelled.';
  if (status === 'scheduled') return 'Start the meeting to take its minutes.';
  return null;
}

export const meetingOccurrenceSchema = z.object({ forumId: id, occursOn: localDate });

export const cancelMeetingSchema = meetingOccurrenceSchema.safeExtend({ reason: text('Reason', 2, 300) });

export const moveMeetingSchema = meetingOccurrenceSchema.safeExtend({ startsAt: z.date('Pick the new date and time.') });

export const updateMinutesSchema = z.object({
  meetingId: id,
  expectedVersion,
  attendeeIds: z
    .array(canonicalId('Pick a person.'))
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length, 'Each person can be marked present only once.')
    .optional(),
  notes: text('Notes', 0, 20_000).optional(),
});

/** What a decision or an action item is about: a pilot, a wave, a unit, a capability or a backlog request of the program. */
export const SUBJECT_KINDS = ['pilot', 'wave', 'unit', 'capability', 'request'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = { pilot: 'Pilot', wave: 'Wave', unit: 'Unit', capability: 'Capability', request: 'Request' };

const subject = z.object({ kind: z.enum(SUBJECT_KINDS, 'Pick what it concerns.'), id: canonicalId('Pick what it concerns.') }).nullable().default(null);

export const recordMeetingDecisionSchema = z
  .object({
    meetingId: id,
    title: text('The decision', 3, 200),
    rationale: text('Rationale', 0, 2000),
    subject,
    /** The forum re-ranks the backlog: the request the decision is about goes to the top of its team's queue. */
    raiseToTop: z.boolean().default(false),
  })
  .refine((value) => !value.raiseToTop || value.subject?.kind === 'request', { path: ['raiseToTop'], message: 'Only a decision about a backlog request raises it to the top.' });

export const ACTION_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];
export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

const actionFields = { title: text('The action', 3, 300), ownerId: canonicalId('Pick who owns it.'), dueOn: localDate, subject };

export const addActionItemSchema = z.object({ meetingId: id, ...actionFields });

export const updateActionItemSchema = z.object({
  id,
  expectedVersion,
  title: actionFields.title.optional(),
  ownerId: actionFields.ownerId.optional(),
  dueOn: localDate.optional(),
  status: z.enum(ACTION_ITEM_STATUSES, 'Pick a status.').optional(),
});

/** An open action item past its due day. */
export function isActionOverdue(item: { status: ActionItemStatus; dueOn: string }, today: string): boolean {
  return item.status === 'open' && item.dueOn < today;
}
