import type { Response } from 'express';
import type { AppRequest } from '../auth/request-from.js';
import type { RequestLoaders } from './loaders.js';

/** What every resolver gets: the request (session, actor) and this request's DataLoaders. */
export interface GraphQLContext {
  req: AppRequest;
  res: Response;
  loaders: RequestLoaders;
}
