import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { logger } from '../../common/logging/logger.js';

export interface SignInLimits {
  perAccount: number;
  perIp: number;
  windowMs: number;
}

/**
 * Fixed-window counters for sign-in attempts, per account and per client IP, kept in PostgreSQL
 * (`sign_in_window`) so every API process counts the same attempts: a guesser spreading tries over
 * replicas meets one limit. Each attempt is one upsert of both counters.
 */
export class SignInLimiter {
  constructor(
    private readonly dataSource: DataSource,
    // Per IP stays generous: a whole office can sit behind one NAT address.
    private readonly limits: SignInLimits = { perAccount: 5, perIp: 60, windowMs: 60_000 },
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt; throws RATE_LIMITED once either limit is exceeded in the window. */
  async hit(email: string, ip: string): Promise<void> {
    const now = new Date(this.now());
    const expired = new Date(now.getTime() - this.limits.windowMs);
    const keys = [`account:${email}`, `ip:${ip}`];
    // A window older than the limit's starts again at 1; otherwise the count grows.
    const rows = await this.dataSource.query<{ key: string; count: number; started_at: Date }[]>(
      `INSERT INTO sign_in_window (key, started_at, count) SELECT unnest($1::text[]), $2::timestamptz, 1
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN sign_in_window.started_at <= $3 THEN 1 ELSE sign_in_window.count + 1 END,
         started_at = CASE WHEN sign_in_window.started_at <= $3 THEN $2 ELSE sign_in_window.started_at END
       RETURNING key, count, started_at`,
      [keys, now, expired],
    );
    // Old windows of people who stopped trying: nobody reads them again.
    await this.dataSource.query(`DELETE FROM sign_in_window WHERE started_at <= $1 AND NOT (key = ANY($2::text[]))`, [expired, keys]);
    for (const row of rows) {
      const limit = row.key.startsWith('account:') ? this.limits.perAccount : this.limits.perIp;
      if (row.count > limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil((new Date(row.started_at).getTime() + this.limits.windowMs - now.getTime()) / 1000));
        if (row.count === limit + 1) logger.error({ key: row.key, limit }, 'sign-in rate limit reached');
        throw new AppError('RATE_LIMITED', `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
      }
    }
  }

  /** A successful sign-in clears the account's counter (not the IP's). */
  async reset(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_window WHERE key = $1`, [`account:${email}`]);
  }
}
