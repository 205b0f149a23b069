// The change history's words for the fields of forums, meetings, action items and webhooks.
export const GOVERNANCE_FIELD_LABELS: Readonly<Record<string, string>> = {
  attendeeIds: 'attendees',
  cadence: 'cadence',
  weekday: 'weekday',
  weekOfMonth: 'week of the month',
  startsOn: 'first day',
  startTime: 'time',
  timeZone: 'time zone',
  durationMinutes: 'length (minutes)',
  purpose: 'purpose',
  startsAt: 'start',
  cancelledReason: 'reason for cancelling',
  startedAt: 'started',
  endedAt: 'ended',
  notes: 'notes',
  dueOn: 'due day',
  url: 'address',
};
