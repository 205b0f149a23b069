import { z } from 'zod';
import { formatCalendarDate } from '../common/calendar-date.js';
import { isoWeekStart } from '../pilots/pilot-dates.js';

// Reminders: what the operating rhythm tells people, in the app, by webhook and by email. Each has
// a key so that the check running every few minutes says it once (per week for a unit still
// without a check-in).

export const NOTIFICATION_KINDS = ['stale_check_in', 'action_assigned', 'action_overdue', 'meeting_soon', 'gate_soon', 'wave_readiness_due', 'request_update', 'portfolio_digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  stale_check_in: 'A unit without a recent check-in',
  action_assigned: 'An action item handed to you',
  action_overdue: 'An action item past its due day',
  meeting_soon: 'A meeting within a day',
  gate_soon: 'A pilot near its gate review',
  wave_readiness_due: 'A wave starting with units not ready',
  request_update: 'A request you asked for moved on',
  portfolio_digest: 'The portfolio’s weekly digest',
};

/** How notifications reach a person besides the app: each one by email as it comes, or one email a day. */
export const NOTIFICATION_DELIVERIES = ['immediately', 'daily_digest'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
export const NOTIFICATION_DELIVERY_LABELS: Record<NotificationDelivery, string> = { immediately: 'Immediately', daily_digest: 'A daily digest' };

export const notificationPreferencesSchema = z.object({
  mutedKinds: z.array(z.enum(NOTIFICATION_KINDS, 'Pick a kind of notification.')).refine((kinds) => new Set(kinds).size === kinds.length, 'Each kind only once.'),
  delivery: z.enum(NOTIFICATION_DELIVERIES, 'Pick how often.'),
});

/** What a reminder says and where it points; `key` makes it once only. */
export interface Reminder {
  kind: NotificationKind;
  key: string;
  title: string;
  body: string;
  /** An app path: `/pilots/<id>`, `/programs/<id>?tab=govern`. */
  link: string;
}

/** How soon before its last day a pilot's gate review is announced, and before its start a wave's unready units. */
export const GATE_SOON_DAYS = 7;
export const WAVE_READINESS_DAYS = 14;

export const reminderOf = {
  staleCheckIn(unit: { pilotId: string; pilotName: string; unitId: string; unitName: string; lastCheckInOn: string | null }, today: string): Reminder {
    const since = unit.lastCheckInOn ? `since ${formatCalendarDate(unit.lastCheckInOn)}` : 'yet';
    return {
      kind: 'stale_check_in',
      // Once a week while the unit stays without a check-in.
      key: `stale:${unit.pilotId}:${unit.unitId}:${isoWeekStart(today)}`,
      title: `${unit.unitName} has no check-in ${since}`,
      body: `${unit.pilotName} needs this week’s check-in for ${unit.unitName}.`,
      link: `/pilots/${unit.pilotId}`,
    };
  },
  actionAssigned(action: { id: string; title: string; dueOn: string; forumName: string; programId: string; meetingId: string }): Reminder {
    return {
      kind: 'action_assigned',
      key: `assigned:${action.id}`,
      title: `New action item: ${action.title}`,
      body: `From ${action.forumName}, due ${formatCalendarDate(action.dueOn)}.`,
      link: `/programs/${action.programId}/meetings/${action.meetingId}`,
    };
  },
  actionOverdue(action: { id: string; title: string; dueOn: string; ownerName: string; programId: string; meetingId: string }): Reminder {
    return {
      kind: 'action_overdue',
      key: `overdue:${action.id}`,
      title: `Overdue: ${action.title}`,
      body: `${action.ownerName}’s action item was due ${formatCalendarDate(action.dueOn)}.`,
      link: `/programs/${action.programId}/meetings/${action.meetingId}`,
    };
  },
  meetingSoon(meeting: { forumId: string; forumName: string; occursOn: string; startsAt: Date; programId: string }): Reminder {
    return {
      kind: 'meeting_soon',
      key: `meeting:${meeting.forumId}:${meeting.occursOn}`,
      title: `${meeting.forumName} starts ${meeting.startsAt.toISOString().slice(11, 16)} UTC, ${formatCalendarDate(meeting.occursOn)}`,
      body: 'Its agenda is generated from the program when a lead opens it.',
      link: `/programs/${meeting.programId}?tab=govern`,
    };
  },
  gateSoon(pilot: { id: string; name: string; endDate: string }): Reminder {
    return {
      kind: 'gate_soon',
      key: `gate:${pilot.id}:${pilot.endDate}`,
      title: `${pilot.name} ends ${formatCalendarDate(pilot.endDate)}`,
      body: 'Its gate review follows: scale, adjust or stop.',
      link: `/pilots/${pilot.id}`,
    };
  },
  /** A request its requesters asked for changed status (or was merged, or approved): once per change. */
  requestUpdate(request: { id: string; label: string; problem: string; version: number; what: string; programId: string }): Reminder {
    return {
      kind: 'request_update',
      key: `request:${request.id}:${request.version}`,
      title: `${request.label} ${request.what}`,
      body: request.problem,
      link: `/programs/${request.programId}?tab=backlog&request=${request.id}`,
    };
  },
  waveReadinessDue(unit: { waveUnitId: string; unitName: string; waveName: string; plannedStart: string; programId: string }, today: string): Reminder {
    return {
      kind: 'wave_readiness_due',
      key: `readiness:${unit.waveUnitId}:${isoWeekStart(today)}`,
      title: `${unit.unitName} is not ready for ${unit.waveName}`,
      body: `The wave starts ${formatCalendarDate(unit.plannedStart)}: finish its readiness checklist.`,
      link: `/programs/${unit.programId}?tab=scale`,
    };
  },
};

/** What a webhook's receiver speaks: Slack's incoming webhooks, Teams' connectors, or plain JSON. */
export const WEBHOOK_FORMATS = ['slack', 'teams', 'json'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
export const WEBHOOK_FORMAT_LABELS: Record<WebhookFormat, string> = { slack: 'Slack', teams: 'Microsoft Teams', json: 'JSON' };

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
export const WEBHOOK_DELIVERY_STATUS_LABELS: Record<WebhookDeliveryStatus, string> = { pending: 'Trying', delivered: 'Delivered', failed: 'Failed' };

export const createWebhookSchema = z.object({
  programId: z.uuid('Not a valid id.').transform((value) => value.toLowerCase()),
  name: z.string().trim().min(2, 'Name needs at least 2 characters.').max(120, 'Name can have at most 120 characters.'),
  url: z
    .url('Use a full address, https://…')
    .max(2000, 'The address can have at most 2,000 characters.')
    .refine((value) => /^https?:\/\//.test(value), 'Use an http(s) address.'),
  format: z.enum(WEBHOOK_FORMATS, 'Pick what the receiver speaks.'),
});
