import { z } from 'zod';
import { canonicalId, expectedVersion, id, localDate, nameText, text } from '../common/fields.js';
import { FORUM_CADENCES, WEEKDAYS, WEEKS_OF_MONTH, weeklyCadence, type ForumCadence, type Weekday } from './recurrence.js';
import { isKnownTimeZone } from './zoned-time.js';

// Forums: the program's recurring meetings (the operating rhythm), their defaults and the rules of
// their fields.

/** Most people one forum invites. */
export const MAX_FORUM_ATTENDEES = 60;

const forumFields = z
  .object({
    name: nameText('Name', 2, 120),
    purpose: text('Purpose', 0, 1000),
    cadence: z.enum(FORUM_CADENCES, 'Pick how often it meets.'),
    weekday: z.enum(WEEKDAYS, 'Pick a weekday.'),
    weekOfMonth: z
      .number()
      .int()
      .refine((value) => (WEEKS_OF_MONTH as readonly number[]).includes(value), 'Pick the first to the fourth, or the last, weekday of the month.')
      .nullable()
      .default(null),
    startsOn: localDate,
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time, HH:MM.'),
    timeZone: z.string().refine(isKnownTimeZone, 'Pick a time zone from the list (for example Europe/Berlin).'),
    durationMinutes: z.number().int('Use whole minutes.').min(15, 'A meeting lasts at least 15 minutes.').max(480, 'A meeting lasts at most 8 hours.'),
    attendeeIds: z
      .array(canonicalId('Pick a person.'))
      .max(MAX_FORUM_ATTENDEES, `Invite at most ${MAX_FORUM_ATTENDEES} people.`)
      .refine((ids) => new Set(ids).size === ids.length, 'Each person can be invited only once.'),
  })
  .superRefine((forum, ctx) => {
    // Weekly forums meet on a weekday; the others on the nth weekday of the month.
    if (weeklyCadence(forum.cadence) && forum.weekOfMonth !== null) ctx.addIssue({ code: 'custom', path: ['weekOfMonth'], message: 'A weekly forum meets every week: leave the week of the month empty.' });
    if (!weeklyCadence(forum.cadence) && forum.weekOfMonth === null) ctx.addIssue({ code: 'custom', path: ['weekOfMonth'], message: 'Pick which week of the month it meets.' });
  });

export type ForumFields = z.infer<typeof forumFields>;

export const createForumSchema = forumFields.safeExtend({ programId: id });
export const updateForumSchema = forumFields.safeExtend({ id, expectedVersion });

/** A forum of the default cadence (`domain.md`): what it is for and when it usually meets. */
export interface DefaultForum {
  name: string;
  purpose: string;
  cadence: ForumCadence;
  weekday: Weekday;
  weekOfMonth: number | null;
  startTime: string;
  durationMinutes: number;
}

/** The governance rhythm practitioners start from: weekly, monthly, quarterly and yearly forums. */
export const DEFAULT_FORUMS: readonly DefaultForum[] = [
  { name: 'Pipeline review', cadence: 'weekly', weekday: 'MO', weekOfMonth: null, startTime: '09:00', durationMinutes: 45, purpose: 'Walk the pipeline by stage: slipped deals, stuck opportunities and coverage against target.' },
  { name: 'Forecast call', cadence: 'weekly', weekday: 'TH', weekOfMonth: null, startTime: '16:00', durationMinutes: 30, purpose: 'Commit and best-case calls per region, and what moved since last week.' },
  { name: 'Tactical systems sync', cadence: 'weekly', weekday: 'WE', weekOfMonth: null, startTime: '11:00', durationMinutes: 30, purpose: 'CRM, routing and data issues blocking the field; changes going live this week.' },
  { name: 'Business review', cadence: 'monthly', weekday: 'TU', weekOfMonth: 1, startTime: '14:00', durationMinutes: 90, purpose: 'The month’s results against plan, the roll-out’s progress and the decisions they call for.' },
  { name: 'Data governance meeting', cadence: 'monthly', weekday: 'WE', weekOfMonth: 2, startTime: '10:00', durationMinutes: 60, purpose: 'Definitions, data quality and ownership of fields and reports.' },
  { name: 'Finance reconciliation', cadence: 'monthly', weekday: 'TH', weekOfMonth: -1, startTime: '15:00', durationMinutes: 60, purpose: 'Bookings and ARR in the CRM against the ledger; commissions questions.' },
  { name: 'Quarterly planning', cadence: 'quarterly', weekday: 'WE', weekOfMonth: 1, startTime: '09:00', durationMinutes: 180, purpose: 'Targets, capacity and territory adjustments for the next quarter.' },
  { name: 'Strategic planning', cadence: 'annually', weekday: 'TU', weekOfMonth: 2, startTime: '09:00', durationMinutes: 240, purpose: 'The year’s strategy and the system roadmap that serves it.' },
];
