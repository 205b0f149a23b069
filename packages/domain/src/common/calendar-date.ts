// Calendar dates (`YYYY-MM-DD`, no time zone) as people read them everywhere: "Nov 23, 2026".
// One formatter for the API's messages and the web's screens; an ISO date is never shown to people.

const CALENDAR_DATE_FORMAT = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
/** Days already formatted: a page of the backlog or the attention list formats the same few dates thousands of times. */
const FORMATTED_DAYS = new Map<string, string>();

/**
 * `2026-11-23` (or an ISO timestamp, whose date part is used) → `Nov 23, 2026`; formatted in UTC
 * because a calendar date has no time zone. Anything that is not a date comes back unchanged.
 */
export function formatCalendarDate(value: string): string {
  const day = value.slice(0, 10);
  let formatted = FORMATTED_DAYS.get(day);
  if (formatted === undefined) {
    const date = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return value;
    formatted = CALENDAR_DATE_FORMAT.format(date);
    // A few thousand days cover years of dates; past that, start over rather than grow.
    if (FORMATTED_DAYS.size >= 10_000) FORMATTED_DAYS.clear();
    FORMATTED_DAYS.set(day, formatted);
  }
  return formatted;
}
