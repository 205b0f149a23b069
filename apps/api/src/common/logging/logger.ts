import { pino } from 'pino';

/** Process-wide JSON logger; level set at boot from LOG_LEVEL. Secrets are redacted. */
export const logger = pino({
  level: 'info',
  redact: {
    paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', 'password'],
    censor: '[redacted]',
  },
});
