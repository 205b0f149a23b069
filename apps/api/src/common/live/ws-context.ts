import type { IncomingMessage } from 'node:http';
import type { Actor } from '@rollout/domain';
import type { AppRequest } from '../auth/request-from.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { LoaderRegistry } from '../graphql/loaders.js';

/** graphql-ws's context of a socket: the upgrade request, the socket, and what onConnect found. */
export interface WsContext {
  extra: {
    request: IncomingMessage;
    socket: { close(code: number, reason: string): void };
    auth?: { sessionId: string; actor: Actor };
  };
}

/**
 * A subscription's GraphQL context, shaped like an HTTP request's: the guards read `req.session`
 * and reload the actor as for any operation, so a role change applies to the next subscription too.
 */
export function wsGraphQLContext(ctx: WsContext, loaders: LoaderRegistry): GraphQLContext {
  const auth = ctx.extra.auth;
  const req = { headers: ctx.extra.request.headers, session: auth ? { userId: auth.actor.id } : undefined, sessionID: auth?.sessionId, actor: auth?.actor } as unknown as AppRequest;
  return { req, res: undefined as never, loaders: loaders.forRequest() };
}
