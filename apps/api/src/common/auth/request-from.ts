import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import type { Request } from 'express';

declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

/** The Express request, with the actor SessionGuard attached (and its load, shared by the operation's root fields). */
export type AppRequest = Request & { actor?: Actor; actorLoad?: { userId: string; actor: Promise<Actor | null> } };

/** Works for both GraphQL resolvers and plain HTTP controllers. */
export function requestFrom(context: ExecutionContext): AppRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AppRequest }>().req;
  }
  return context.switchToHttp().getRequest<AppRequest>();
}
