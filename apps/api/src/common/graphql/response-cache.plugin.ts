import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, OperationTypeNode, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { today } from '../time/today.js';
import type { GraphQLContext } from './context.js';

/**
 * Pages read far more often than their data changes: an executive's portfolio is opened by many
 * people between two check-ins. This plugin keeps whole answers of read-only queries, keyed by who
 * asks, what they ask, today's date and their organization's data version — a counter the database
 * moves in the commit of any change to the organization's business data (`bump_org_data_version()`).
 * A cached answer is served only while nothing it could have been built from has changed, so it is
 * never stale; a reader reads the version before the data, so a write landing in between costs a
 * recomputation, never an old answer under a new version.
 *
 * Only queries whose every root field is in `fields` are kept: fields that read business data only
 * (whatever reads notifications, sessions or webhook deliveries, which move no version, is not listed).
 * A request with `Cache-Control: no-cache` is computed anew (and kept). The caller must have an
 * active session; deactivating them or changing their role or units changes the version, so an
 * answer computed for them before is not served after.
 */
export interface ResponseCacheOptions {
  /** Root query fields whose answers may be kept. */
  fields: ReadonlySet<string>;
  /** Bound on the memory held, in bytes of serialized answers. */
  maxBytes: number;
}

interface Entry {
  result: FormattedExecutionResult;
  bytes: number;
}

/** Least recently used first; a Map keeps insertion order, and a hit moves its entry to the end. */
class AnswerStore {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): FormattedExecutionResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, result: FormattedExecutionResult): void {
    const bytes = JSON.stringify(result).length;
    if (bytes > this.maxBytes / 4) return;
    const previous = this.entries.get(key);
    if (previous) this.bytes -= previous.bytes;
    this.entries.delete(key);
    this.entries.set(key, { result, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}

const isCacheable = (operation: OperationDefinitionNode, fields: ReadonlySet<string>) =>
  operation.operation === OperationTypeNode.QUERY && operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && (selection.name.value === '__typename' || fields.has(selection.name.value)));

export function responseCachePlugin(dataSource: DataSource, options: ResponseCacheOptions): ApolloServerPlugin<GraphQLContext> {
  const store = new AnswerStore(options.maxBytes);
  /** The caller's organization's data version, read with the check that they are still active; null when they are not. */
  const versionFor = async (userId: string): Promise<string | null> => {
    const [row] = await dataSource.query<{ version: string }[]>(
      `SELECT coalesce(v.version, 0)::text AS version FROM app_user u LEFT JOIN org_data_version v ON v.org_id = u.org_id WHERE u.id = $1 AND u.active`,
      [userId],
    );
    return row?.version ?? null;
  };
  return {
    requestDidStart() {
      let key: string | null = null;
      let served = false;
      return Promise.resolve({
        async responseForOperation(context: GraphQLRequestContext<GraphQLContext>) {
          const userId = context.contextValue.req.session?.userId;
          if (!userId || !context.operation || !isCacheable(context.operation, options.fields)) return null;
          const version = await versionFor(userId);
          if (version === null) return null;
          key = JSON.stringify([userId, version, today(), context.queryHash, context.request.operationName ?? null, context.request.variables ?? {}]);
          // `Cache-Control: no-cache` asks for an answer computed now (it is kept for the next reader).
          if (/no-cache/i.test(context.request.http?.headers.get('cache-control') ?? '')) return null;
          const cached = store.get(key);
          if (!cached) return null;
          served = true;
          return { http: context.response.http, body: { kind: 'single', singleResult: cached } };
        },
        willSendResponse(context) {
          const { body } = context.response;
          if (key !== null && !served && body.kind === 'single' && !body.singleResult.errors?.length) store.set(key, body.singleResult);
          return Promise.resolve();
        },
      });
    },
  };
}
