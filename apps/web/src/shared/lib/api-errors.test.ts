import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { apiErrorCode, apiErrorMessage } from './api-errors';

function serverError(status: number, body: unknown): ServerError {
  const bodyText = JSON.stringify(body);
  return new ServerError(`Response not successful: Received status code ${status}`, { response: new Response(bodyText, { status }), bodyText });
}

describe('apiErrorMessage while the database restarts', () => {
  it('says "try again shortly" for the HTTP 503 the API answers during a failover', () => {
    const error = serverError(503, { errors: [{ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } }] });
    expect(apiErrorMessage(error)).toBe('Rollout is briefly unavailable. Please try again in a few seconds.');
    expect(apiErrorMessage(serverError(502, {}))).toBe('The server answered with an error (HTTP 502). Please try again.');
  });

  it('knows the typed code when it arrives as a GraphQL error', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    expect(apiErrorCode(error)).toBe('SERVICE_UNAVAILABLE');
    expect(apiErrorMessage(error)).toBe('Rollout is briefly unavailable. Please try again in a few seconds.');
  });
});
