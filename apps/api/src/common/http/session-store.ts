import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type pg from 'pg';

/** How often a session's expiry is written back while it is in use. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;
/** Sessions whose last write this process remembers; older entries are forgotten past this size. */
const MAX_REMEMBERED_SESSIONS = 10_000;

export interface SessionStoreOptions {
  touchIntervalMs?: number;
  /** The clock (tests move it). */
  now?: () => number;
}

/**
 * The PostgreSQL session store, writing a rolling session's new expiry at most once per interval
 * instead of on every request (an UPDATE per request capped simple reads far below what the
 * database can serve). The row may expire up to one interval earlier than the cookie says: a
 * minute out of eight hours. Each process remembers its own writes, so replicas each write at
 * most once a minute per session.
 */
export function createSessionStore(pool: pg.Pool, options: SessionStoreOptions = {}): session.Store & Required<Pick<session.Store, 'touch'>> {
  const interval = options.touchIntervalMs ?? SESSION_TOUCH_INTERVAL_MS;
  const now = options.now ?? Date.now;
  const PgStore = connectPgSimple(session);

  class ThrottledTouchStore extends PgStore {
    readonly #lastWrite = new Map<string, number>();

    override touch(sid: string, sess: session.SessionData, callback?: (error?: unknown) => void): void {
      const at = now();
      const last = this.#lastWrite.get(sid);
      if (last !== undefined && at - last < interval) {
        callback?.();
        return;
      }
      if (this.#lastWrite.size >= MAX_REMEMBERED_SESSIONS) this.#forgetWrittenBefore(at - interval);
      this.#lastWrite.set(sid, at);
      super.touch(sid, sess, callback);
    }

    override set(sid: string, sess: session.SessionData, callback?: (error?: unknown) => void): void {
      this.#lastWrite.set(sid, now());
      super.set(sid, sess, callback);
    }

    override destroy(sid: string, callback?: (error?: unknown) => void): void {
      this.#lastWrite.delete(sid);
      super.destroy(sid, callback);
    }

    #forgetWrittenBefore(cutoff: number): void {
      for (const [sid, at] of this.#lastWrite) if (at < cutoff) this.#lastWrite.delete(sid);
      // Still full of sessions written within the interval: start over (at worst one extra write each).
      if (this.#lastWrite.size >= MAX_REMEMBERED_SESSIONS) this.#lastWrite.clear();
    }
  }

  return new ThrottledTouchStore({ pool, tableName: 'session', pruneSessionInterval: 15 * 60 });
}
