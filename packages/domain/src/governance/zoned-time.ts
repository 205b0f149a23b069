// Wall-clock time in a named time zone (IANA, e.g. Europe/Berlin) and the instant it names, with
// the platform's Intl data: no time-zone library in the domain, and the same answers in the
// browser and the API.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a time zone name the platform knows (IANA names and UTC). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function partsOf(instant: Date, timeZone: string): Record<string, string> {
  return Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
}

/** The wall-clock date (YYYY-MM-DD) and time (HH:MM) of `instant` in `timeZone`. */
export function wallClockOf(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = partsOf(instant, timeZone);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes `timeZone` is ahead of UTC at `instant` (Berlin in summer: 120). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = partsOf(instant, timeZone);
  const wallAsUtc = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`);
  return Math.round((wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at wall-clock `date` `time` in `timeZone`. A time skipped by a clock change (02:30
 * on the night clocks go forward) moves forward by the gap, as RFC 5545 reads it; a time that
 * happens twice (the night clocks go back) is the first of the two.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  // The offset just before and just after the wall time; they differ only around a clock change.
  const before = offsetMinutes(new Date(naive - 24 * 3_600_000), timeZone);
  const after = offsetMinutes(new Date(naive + 24 * 3_600_000), timeZone);
  for (const offset of [before, after]) {
    const candidate = new Date(naive - offset * 60_000);
    const wall = wallClockOf(candidate, timeZone);
    if (wall.date === date && wall.time === time) return candidate;
  }
  // In the gap: the wall time does not exist; read it with the offset from before the change.
  return new Date(naive - before * 60_000);
}
