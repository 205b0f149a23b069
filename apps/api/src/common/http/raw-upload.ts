import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** Routes that take a file as their body (see the controllers); nothing else gets this parser. */
export const UPLOAD_ROUTES = ['/api/pilots/:pilotId/measurement-imports', '/api/programs/:programId/assessment-grid-imports'];

/** Largest file body an upload route reads. */
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/**
 * Body parser for file-upload routes: the raw bytes, whatever the content type, up to 20 MB.
 * Mounted on those routes only, before the global JSON parser (1 MB). It refuses callers without
 * a session before reading anything, so strangers cannot make the server buffer 20 MB; the
 * guards still decide who may upload. Errors answer as JSON `{ code, message }`.
 */
export function rawUploadBody(): RequestHandler {
  const parse = express.raw({ type: () => true, limit: UPLOAD_LIMIT_BYTES });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next();
    if (!req.session?.userId) {
      res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Please sign in.' });
      return;
    }
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 400;
      const message = status === 413 ? 'The file is larger than 20 MB: split it into several files.' : 'The upload could not be read: try again.';
      res.status(status).json({ code: 'BAD_USER_INPUT', message });
    });
  };
}
