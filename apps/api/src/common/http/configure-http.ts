import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import { MAX_INBOUND_BYTES } from '@rollout/domain';
import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import type pg from 'pg';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '../../config/config.js';
import { ShutdownState } from '../../health/shutdown-state.js';
import { serviceUnavailableMiddleware } from '../errors/service-unavailable.js';
import { ResponseCache } from '../graphql/response-cache.js';
import { logger } from '../logging/logger.js';
import { INBOUND_REQUEST_ROUTE, rawUploadBody, UPLOAD_ROUTES } from './raw-upload.js';
import { requestContextMiddleware } from './request-context.js';
import { createSessionStore, SESSION_TOUCH_INTERVAL_MS } from './session-store.js';

const SESSION_MAX_AGE_MS = 8 * 60 * 60 * 1000;
const API_PATHS = /^\/(graphql|health|api)(\/|$)/;

/**
 * HTTP concerns around the GraphQL API, shared by `main.ts` and the integration tests:
 * request ids, logs, security headers, body limit, server-side sessions, and the web app.
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig, sessionPool: pg.Pool): void {
  app.set('trust proxy', config.trustProxy);
  app.use(requestContextMiddleware);
  // While draining after SIGTERM, ask clients and proxies not to reuse this connection.
  const shutdown = app.get(ShutdownState);
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (shutdown.stopping) res.setHeader('Connection', 'close');
    next();
  });
  // Answers over 1 kB are compressed for clients that accept it: GraphQL's JSON shrinks about
  // tenfold, which a partner on a phone connection feels (the units page sends over 500 kB).
  app.use(compression());
  app.use(
    pinoHttp({
      logger,
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'debug'),
      customProps: (req) => ({ requestId: req.headers['x-request-id'] }),
    }),
  );
  // Over plain HTTP (local or a private network) the CSP must not force HTTPS sub-requests.
  app.useSecurityHeaders(config.cookieSecure ? {} : { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
  // The inbound request webhook verifies a signature over the exact bytes: they are kept raw (before the JSON parser).
  app.use(INBOUND_REQUEST_ROUTE, express.raw({ type: () => true, limit: MAX_INBOUND_BYTES }));
  app.useBodyParser('json', { limit: '1mb' });
  // Answers kept by data version are served before the session is loaded when it needs no touch (see ResponseCache).
  const responseCache = config.responseCache ? app.get(ResponseCache) : undefined;
  const cookie = { name: sessionCookieName(config), secret: config.sessionSecret, maxAgeMs: SESSION_MAX_AGE_MS, touchIntervalMs: SESSION_TOUCH_INTERVAL_MS };
  if (responseCache) app.use('/graphql', responseCache.beforeSession(cookie));
  app.use(
    session({
      store: createSessionStore(sessionPool),
      name: cookie.name,
      secret: cookie.secret,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, path: '/', maxAge: cookie.maxAgeMs },
    }),
  );
  // The session store is the first database access of a request: an outage there answers 503 too.
  app.use(serviceUnavailableMiddleware);
  if (responseCache) app.use('/graphql', responseCache.afterSession());
  // File uploads: raw bytes up to each route's limit, on those routes only (after the session, to refuse strangers unread).
  for (const route of UPLOAD_ROUTES) app.use(route.path, rawUploadBody(route.maxBytes));
  serveWebApp(app, config.webDistDir);
}

/** Serves the built SPA and falls back to index.html for client-side routes. */
function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const indexHtml = path.join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    logger.warn({ webDistDir }, 'web app not built: only the API is served');
    return;
  }
  app.useStaticAssets(webDistDir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || path.extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

/** The session cookie: `__Host-` bound to this host over TLS (no Domain, Secure, path /). */
export function sessionCookieName(config: Pick<AppConfig, 'cookieSecure'>): string {
  return config.cookieSecure ? '__Host-sid' : 'sid';
}
