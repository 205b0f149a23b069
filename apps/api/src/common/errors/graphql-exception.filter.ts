import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error to Apollo unchanged, where `formatError` types it. Without this,
 * Nest's default handler logs expected errors (bad input, denied access) as crashes.
 */
@Catch()
export class GraphQLPassThroughFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    return exception;
  }
}
