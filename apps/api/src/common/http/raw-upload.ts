import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { fileTooLargeMessage, MAX_MEASUREMENT_FILE_BYTES, MAX_TABLE_FILE_BYTES } from '@rollout/domain';

/** Routes that take a file as their body (see the controllers), each with the largest body it reads; nothing else gets this parser. */
export const UPLOAD_ROUTES: readonly { path: string; maxBytes: number }[] = [
  { path: '/api/pilots/:pilotId/measurement-imports', maxBytes: MAX_MEASUREMENT_FILE_BYTES },
  { path: '/api/programs/:programId/assessment-grid-imports', maxBytes: MAX_TABLE_FILE_BYTES },
  { path: '/api/programs/:programId/tool-inventory-imports', maxBytes: MAX_TABLE_FILE_BYTES },
  { path: '/api/programs/:programId/raci-imports', maxBytes: MAX_TABLE_FILE_BYTES },
];

/** The inbound request webhook (backlog): a signed body whose raw bytes the signature covers. */
export const INBOUND_REQUEST_ROUTE = '/api/programs/:programId/requests/inbound';

/**
 * Body parser for file-upload routes: the raw bytes, whatever the content type, up to `maxBytes`.
 * Mounted on those routes only, before the global JSON parser (1 MB). It refuses callers without
 * a session before reading anything, so strangers cannot make the server buffer the file; the
 * guards still decide who may upload. Errors answer as JSON `{ code, message }`.
 */
export function rawUploadBody(maxBytes: number): RequestHandler {
  const parse = express.raw({ type: () => true, limit: maxBytes });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next();
    if (!req.session?.userId) {
      res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Please sign in.' });
      return;
    }
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 400;
      const message = status === 413 ? fileTooLargeMessage(maxBytes) : 'The upload could not be read: try again.';
      res.status(status).json({ code: 'BAD_USER_INPUT', message });
    });
  };
}
