import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

interface RequestContext {
  requestId: string;
  /** SQL statements run for this request (N+1 detector; sent as x-db-statements outside production). */
  statements: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The id of the request being served, for logs, error responses and audit rows. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

const VALID_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Counts one SQL statement against the current request, if any. */
export function countStatement(): void {
  const context = storage.getStore();
  if (context) context.statements += 1;
}

/** SQL statements run so far for the current request. */
export function currentStatementCount(): number {
  return storage.getStore()?.statements ?? 0;
}

/** Express middleware: adopts a sane `x-request-id` or makes one, echoes it, and scopes it. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  storage.run({ requestId, statements: 0 }, next);
}
