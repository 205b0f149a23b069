import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, OperationTypeNode, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { sessionIdFromCookies } from '../auth/session-cookie.js';
import { currentStatementCount } from '../http/request-context.js';
import { today } from '../time/today.js';
import type { GraphQLContext } from './context.js';

/**
 * Pages read far more often than their data changes: an executive's portfolio is opened by many
 * people between two check-ins. The cache keeps whole answers of read-only queries, keyed by who
 * asks, what they ask, today's date and their organization's data version — a counter the database
 * moves in the commit of any change to the organization's business data (`bump_org_data_version()`).
 * A kept answer is served only while nothing it could have been built from has changed, so it is
 * never stale; the version is read before the data, so a write landing in between costs a
 * recomputation, never an old answer under a new version.
 *
 * Two halves: Express middleware in front of GraphQL reads the session and the version in one
 * statement and serves a kept answer as the bytes first sent (no parsing, validation or execution);
 * on a miss, the Apollo plugin keeps the answer under the key the middleware made, if
 * every root field of the operation is in `fields` — fields that read business data only (whatever
 * reads notifications, sessions or webhook deliveries, which move no version, is not listed).
 * `Cache-Control: no-cache` is computed anew (and kept). The caller must have an active session;
 * deactivating them or changing their role or units moves the version, so an answer computed for
 * them before is not served after.
 */
/** How express-session's cookie and rows are made, for reading them without it. */
export interface SessionCookie {
  name: string;
  secret: string;
  maxAgeMs: number;
  /** A rolling session's row is written back at most this often (see createSessionStore). */
  touchIntervalMs: number;
}

export interface ResponseCacheOptions {
  /** Root query fields whose answers may be kept. */
  fields: ReadonlySet<string>;
  /** Bound on the memory held, in bytes of serialized answers. */
  maxBytes: number;
  /** Sends `x-db-statements` on answers served from memory too (outside production, as the plugin does). */
  reportStatements: boolean;
}

/** Least recently used first; a Map keeps insertion order, and a hit moves its entry to the end. */
class AnswerStore {
  private readonly entries = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): string | undefined {
    const answer = this.entries.get(key);
    if (answer === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, answer);
    return answer;
  }

  set(key: string, answer: string): void {
    if (answer.length > this.maxBytes / 4) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) this.bytes -= previous.length;
    this.entries.delete(key);
    this.entries.set(key, answer);
    this.bytes += answer.length;
    for (const [oldest, kept] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= kept.length;
    }
  }
}

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

const isCacheable = (operation: OperationDefinitionNode, fields: ReadonlySet<string>) =>
  operation.operation === OperationTypeNode.QUERY && operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && (selection.name.value === '__typename' || fields.has(selection.name.value)));

export class ResponseCache {
  private readonly store: AnswerStore;
  /** The key each request in flight may be kept under, made by the middleware when it read the version, and whose it is. */
  private readonly keys = new WeakMap<Request, { key: string; userId: string }>();
  /** Answers to keep once serialized, by their `data` object, with the key to keep them under. */
  private readonly toKeep = new WeakMap<object, string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: ResponseCacheOptions,
  ) {
    this.store = new AnswerStore(options.maxBytes);
  }

  /**
   * Before express-session, one statement: the session behind the cookie, that its user is still
   * active, their organization's data version, and whether the session was kept alive within the
   * last touch interval (then a hit needs nothing from express-session: its row and the browser's
   * cookie already run the full length). Otherwise the request goes on with the key made here.
   */
  beforeSession(cookie: SessionCookie): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const body = req.body as GraphQLBody | undefined;
      // JSON POSTs only: what Apollo's CSRF prevention lets through without a preflight header.
      if (req.method !== 'POST' || !req.is('application/json') || typeof body?.query !== 'string') return next();
      const sessionId = sessionIdFromCookies(req.headers.cookie, cookie.name, cookie.secret);
      if (!sessionId) return next();
      this.readerOf(sessionId, cookie.maxAgeMs - cookie.touchIntervalMs).then(
        (reader) => {
          // No session, or its user is not active any more: the session guard answers.
          if (!reader) return next();
          const key = JSON.stringify([reader.userId, reader.version, today(), createHash('sha256').update(body.query as string).digest('hex'), body.operationName ?? null, body.variables ?? {}]);
          this.keys.set(req, { key, userId: reader.userId });
          if (!(reader.fresh && this.serve(req, res, key))) next();
        },
        // Not readable (e.g. the database is down): the request goes on, to the same answer as without a cache.
        () => next(),
      );
    };
  }

  /** After express-session: a kept answer for a session it has just kept alive (the same person's, as read before it). */
  afterSession(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const pending = this.keys.get(req);
      if (pending === undefined || req.session?.userId !== pending.userId || !this.serve(req, res, pending.key)) next();
    };
  }

  private async readerOf(sessionId: string, freshForMs: number): Promise<{ userId: string; version: string; fresh: boolean } | undefined> {
    const [row] = await this.dataSource.query<{ userId: string; version: string; fresh: boolean }[]>(
      `SELECT u.id AS "userId", coalesce(v.version, 0)::text AS version, s.expire > now() + $2 * interval '1 millisecond' AS fresh
         FROM session s
         JOIN app_user u ON u.id = (s.sess ->> 'userId')::uuid AND u.active
         LEFT JOIN org_data_version v ON v.org_id = u.org_id
        WHERE s.sid = $1 AND s.expire > now()`,
      [sessionId, freshForMs],
    );
    return row;
  }

  /** Sends the answer kept under `key`, unless there is none or the caller asked for one computed now. */
  private serve(req: Request, res: Response, key: string): boolean {
    if (/no-cache/i.test(req.header('cache-control') ?? '')) return false;
    const answer = this.store.get(key);
    if (answer === undefined) return false;
    res.status(200).setHeader('content-type', 'application/json; charset=utf-8');
    if (this.options.reportStatements) res.setHeader('x-db-statements', String(currentStatementCount()));
    res.end(answer);
    return true;
  }

  /**
   * Marks the answer of a cacheable operation that succeeded to be kept: Apollo serializes it after
   * `willSendResponse`, through `stringifyResult` below, which keeps the very bytes it sends.
   */
  plugin(): ApolloServerPlugin<GraphQLContext> {
    const { keys, toKeep, options } = this;
    return {
      requestDidStart({ contextValue }) {
        const key = keys.get(contextValue.req)?.key;
        if (key === undefined) return Promise.resolve();
        return Promise.resolve({
          willSendResponse({ operation, response }) {
            const { body } = response;
            if (operation && isCacheable(operation, options.fields) && body.kind === 'single' && !body.singleResult.errors?.length && body.singleResult.data) {
              toKeep.set(body.singleResult.data, key);
            }
            return Promise.resolve();
          },
        });
      },
    };
  }

  /**
   * Apollo's `stringifyResult`: its own serialization (JSON and a newline), kept under the key of an
   * answer marked by the plugin. Apollo hands it a copy of the result holding the same `data` object,
   * so one serialization serves the reader and the cache (a large page's JSON took as long as GraphQL's
   * own bookkeeping when it was serialized twice).
   */
  readonly stringifyResult = (result: FormattedExecutionResult): string => {
    const answer = `${JSON.stringify(result)}\n`;
    const key = result.data ? this.toKeep.get(result.data) : undefined;
    if (key !== undefined) this.store.set(key, answer);
    return answer;
  };
}
