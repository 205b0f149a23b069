import type { IncomingMessage } from 'node:http';
import type { Actor } from '@rollout/domain';
import type { DataSource } from 'typeorm';
import type { ActorSource } from '../auth/actor-source.js';
import { sessionIdFromCookies } from '../auth/session-cookie.js';
import type { LiveEvents } from './live-events.js';

/** How often each process checks that its sockets' sessions still exist (expired, signed out elsewhere, password changed). */
const SESSION_CHECK_MS = 30_000;
/** The close code a socket gets when its session ends: the client signs in again rather than reconnecting. */
export const SESSION_ENDED_CLOSE = 4401;

interface ClosableSocket {
  close(code: number, reason: string): void;
}

/**
 * WebSocket connections for GraphQL subscriptions: each is authenticated when it connects, by the
 * same session cookie the page sends (the browser sends it with the upgrade), and closed when that
 * session ends: signed out on any process (a `session_ended` event), or found gone by a periodic check.
 */
export class LiveConnections {
  private readonly bySession = new Map<string, Set<ClosableSocket>>();
  private readonly timer: NodeJS.Timeout;
  private readonly stopListening: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly actors: ActorSource,
    private readonly cookieName: string,
    private readonly secret: string,
    events: LiveEvents,
  ) {
    this.stopListening = events.listen((event) => {
      if (event.type === 'session_ended') this.closeSession(event.sessionId);
    });
    this.timer = setInterval(() => void this.closeEnded().catch(() => undefined), SESSION_CHECK_MS);
    this.timer.unref();
  }

  /** The session and actor of an upgrade request, or null (the connection is refused). */
  async authenticate(request: IncomingMessage): Promise<{ sessionId: string; actor: Actor } | null> {
    // Another site's page must not open a socket in a signed-in person's name (cross-site WebSocket hijacking).
    const origin = request.headers.origin;
    if (origin && new URL(origin).host !== request.headers.host) return null;
    const sessionId = sessionIdFromCookies(request.headers.cookie, this.cookieName, this.secret);
    if (!sessionId) return null;
    const [row] = await this.dataSource.query<{ userId: string | null }[]>(`SELECT sess ->> 'userId' AS "userId" FROM session WHERE sid = $1 AND expire > now()`, [sessionId]);
    const actor = row?.userId ? await this.actors.findActiveActor(row.userId) : null;
    return actor ? { sessionId, actor } : null;
  }

  track(sessionId: string, socket: ClosableSocket): void {
    this.bySession.set(sessionId, new Set([...(this.bySession.get(sessionId) ?? []), socket]));
  }

  forget(sessionId: string, socket: ClosableSocket): void {
    const sockets = this.bySession.get(sessionId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.bySession.delete(sessionId);
  }

  stop(): void {
    clearInterval(this.timer);
    this.stopListening();
  }

  private closeSession(sessionId: string): void {
    for (const socket of this.bySession.get(sessionId) ?? []) socket.close(SESSION_ENDED_CLOSE, 'Your session has ended.');
    this.bySession.delete(sessionId);
  }

  private async closeEnded(): Promise<void> {
    const sids = [...this.bySession.keys()];
    if (sids.length === 0) return;
    const alive = new Set((await this.dataSource.query<{ sid: string }[]>(`SELECT sid FROM session WHERE sid = ANY($1) AND expire > now()`, [sids])).map((row) => row.sid));
    for (const sid of sids) if (!alive.has(sid)) this.closeSession(sid);
  }
}
