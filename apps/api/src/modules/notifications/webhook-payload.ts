import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookFormat } from '@rollout/domain';

export interface WebhookEvent {
  id: string;
  kind: string | null;
  title: string;
  body: string;
  /** Absolute address of the record in Rollout. */
  url: string;
  occurredAt: Date;
}

/** The body a receiver of this format understands: Slack's `text`, a Teams MessageCard, or the event as JSON. */
export function webhookBody(format: WebhookFormat, event: WebhookEvent): string {
  switch (format) {
    case 'slack':
      return JSON.stringify({ text: `*${event.title}*\n${event.body}\n<${event.url}|Open in Rollout>` });
    case 'teams':
      return JSON.stringify({
        '@type': 'MessageCard',
        '@context': 'https://schema.org/extensions',
        summary: event.title,
        title: event.title,
        text: event.body,
        potentialAction: [{ '@type': 'OpenUri', name: 'Open in Rollout', targets: [{ os: 'default', uri: event.url }] }],
      });
    case 'json':
      return JSON.stringify({ id: event.id, event: event.kind ?? 'test', title: event.title, body: event.body, url: event.url, occurredAt: event.occurredAt.toISOString() });
  }
}

/**
 * `Rollout-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe signs: the
 * receiver recomputes it with the webhook's secret and refuses an old `t` (a replay).
 */
export function webhookSignature(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** How old a signed inbound body may be before it is refused as a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** Whether `header` is `webhookSignature(secret, body, t)` for a `t` within the tolerance of `now` (compared in constant time). */
export function verifyWebhookSignature(secret: string, body: string, header: string | undefined, now: Date): boolean {
  const parts = new Map((header ?? '').split(',').map((part) => [part.slice(0, part.indexOf('=')).trim(), part.slice(part.indexOf('=') + 1).trim()] as const));
  const t = Number(parts.get('t'));
  const given = Buffer.from(parts.get('v1') ?? '', 'utf8');
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(webhookSignature(secret, body, new Date(t * 1000)).split('v1=')[1] ?? '', 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
