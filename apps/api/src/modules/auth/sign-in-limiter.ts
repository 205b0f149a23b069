import { AppError } from '../../common/errors/app-error.js';
import { logger } from '../../common/logging/logger.js';

interface Window {
  startedAt: number;
  count: number;
}

/**
 * Fixed-window counters for sign-in attempts, per account and per client IP. In memory: one
 * process serves the app today; several replicas would need a shared store (see infra/README).
 */
export class SignInLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    // Per IP stays generous: a whole office can sit behind one NAT address.
    private readonly limits = { perAccount: 5, perIp: 60, windowMs: 60_000 },
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt; throws RATE_LIMITED once either limit is exceeded in the window. */
  hit(email: string, ip: string): void {
    this.evictExpired();
    for (const [key, limit] of [
      [`account:${email}`, this.limits.perAccount],
      [`ip:${ip}`, this.limits.perIp],
    ] as const) {
      const window = this.windows.get(key) ?? { startedAt: this.now(), count: 0 };
      window.count += 1;
      this.windows.set(key, window);
      if (window.count > limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + this.limits.windowMs - this.now()) / 1000));
        if (window.count === limit + 1) logger.error({ key, limit }, 'sign-in rate limit reached');
        throw new AppError('RATE_LIMITED', `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
      }
    }
  }

  /** A successful sign-in clears the account's counter (not the IP's). */
  reset(email: string): void {
    this.windows.delete(`account:${email}`);
  }

  private evictExpired(): void {
    const cutoff = this.now() - this.limits.windowMs;
    for (const [key, window] of this.windows) if (window.startedAt <= cutoff) this.windows.delete(key);
  }
}
