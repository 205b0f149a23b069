// Months and quarters, as the capacity plan and the roadmap count them (first days, `YYYY-MM-01`).

const MONTH_FORMAT = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2027-03-01` → `Mar 2027`. */
export function formatMonth(month: string): string {
  return MONTH_FORMAT.format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`));
}

/** The first day of the month of a `YYYY-MM-DD` day. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** `count` months from the month of `from`, first days in order. */
export function monthsFrom(from: string, count: number): string[] {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month + index, 1));
    return date.toISOString().slice(0, 10);
  });
}

/** `2027-03-01` → `2027 Q1`. */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)} Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}
