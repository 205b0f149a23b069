// Calendar dates (`YYYY-MM-DD`, no time zone) as people read them everywhere: "Nov 23, 2026".
// One formatter for the API's messages and the web's screens; an ISO date is never shown to people.

const CALENDAR_DATE_FORMAT = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * `2026-11-23` (or an ISO timestamp, whose date part is used) → `Nov 23, 2026`; formatted in UTC
 * because a calendar date has no time zone. Anything that is not a date comes back unchanged.
 */
export function formatCalendarDate(value: string): string {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : CALENDAR_DATE_FORMAT.format(date);
}
