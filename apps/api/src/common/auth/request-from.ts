import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import type { Request } from 'express';

declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

/** The Express request, with the actor SessionGuard attached. */
export type AppRequest = Request & { actor?: Actor };

/** Works for both GraphQL resolvers and plain HTTP controllers. */
export function requestFrom(context: ExecutionContext): AppRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AppRequest }>().req;
  }
  return context.switchToHttp().getRequest<AppRequest>();
}
