import type { ApolloServerPlugin } from '@apollo/server';
import { currentStatementCount } from '../http/request-context.js';

/** Reports the request's SQL statement count in `x-db-statements` (tests and benchmarks read it). */
export const statementCountPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set('x-db-statements', String(currentStatementCount()));
        return Promise.resolve();
      },
    });
  },
};
