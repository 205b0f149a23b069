import { formatDay } from '@rollout/domain';

/** Today's date on the server's calendar, `YYYY-MM-DD`; the one place the API reads the clock for dates. */
export function today(): string {
  return formatDay(new Date());
}
