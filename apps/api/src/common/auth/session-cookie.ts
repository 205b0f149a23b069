import { createHmac, timingSafeEqual } from 'node:crypto';

/** The session id in a signed express-session cookie value (`s:<sid>.<signature>`), or null when the signature is not ours. */
export function unsignSessionId(value: string, secret: string): string | null {
  if (!value.startsWith('s:')) return null;
  const signed = value.slice(2);
  const dot = signed.lastIndexOf('.');
  if (dot < 1) return null;
  const sid = signed.slice(0, dot);
  const expected = Buffer.from(createHmac('sha256', secret).update(sid).digest('base64').replace(/=+$/, ''));
  const given = Buffer.from(signed.slice(dot + 1));
  return given.length === expected.length && timingSafeEqual(given, expected) ? sid : null;
}

/**
 * The session id a request's `Cookie` header carries, read as express-session reads it, for the
 * paths that authenticate without it (WebSocket upgrades, answers served from the response cache).
 */
export function sessionIdFromCookies(header: string | undefined, cookieName: string, secret: string): string | null {
  const value = (header ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === cookieName)?.[1];
  if (!value) return null;
  try {
    return unsignSessionId(decodeURIComponent(value), secret);
  } catch {
    // A malformed %-escape: not a cookie we set.
    return null;
  }
}
