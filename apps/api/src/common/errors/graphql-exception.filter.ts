import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { HttpErrorFilter } from './http-error.filter.js';

/**
 * Hands every resolver error to Apollo unchanged, where `formatError` types it. Without this,
 * Nest's default handler logs expected errors (bad input, denied access) as crashes. Errors of
 * plain HTTP routes (files, unknown `/api/…` paths) answer as JSON `{ code, message }`.
 */
@Catch()
export class GraphQLPassThroughFilter implements GqlExceptionFilter {
  private readonly http = new HttpErrorFilter();

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return this.http.catch(exception, host);
    return exception;
  }
}
