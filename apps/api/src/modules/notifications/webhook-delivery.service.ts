import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { logger } from '../../common/logging/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { NotificationsRepository } from './notifications.repository.js';
import { webhookBody, webhookSignature } from './webhook-payload.js';

export const DELIVER_WEBHOOK = 'deliver_webhook';
/** Tries before a delivery counts as failed; the queue waits e^n seconds after the n-th (about 20 minutes in all). */
export const WEBHOOK_ATTEMPTS = 8;
const TIMEOUT_MS = 10_000;

/** Posts one delivery to its webhook, signed; a failure is recorded and thrown, so the queue tries again later. */
@Injectable()
export class WebhookDeliveryService implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: DELIVER_WEBHOOK,
      maxAttempts: WEBHOOK_ATTEMPTS,
      run: (payload, attempt) => this.deliver((payload as { deliveryId: string }).deliveryId, attempt.lastAttempt),
    });
  }

  async deliver(deliveryId: string, lastAttempt: boolean): Promise<void> {
    const delivery = await this.notifications.findDelivery(deliveryId);
    // Removed with its webhook, or switched off since: nothing to send.
    if (!delivery?.webhook.active || delivery.status === 'delivered') return;
    const { webhook } = delivery;
    const now = new Date();
    const body = webhookBody(webhook.format, { id: delivery.id, kind: delivery.kind, title: delivery.title, body: delivery.body, url: `${this.config.publicUrl}${delivery.link}`, occurredAt: delivery.createdAt });
    const started = performance.now();
    let responseCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Rollout-Webhooks/1', 'rollout-signature': webhookSignature(webhook.secret, body, now), 'rollout-delivery': delivery.id },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      responseCode = response.status;
      if (!response.ok) error = `The receiver answered HTTP ${response.status}.`;
    } catch (failure) {
      error = failure instanceof Error && failure.name === 'TimeoutError' ? `No answer within ${TIMEOUT_MS / 1000} s.` : `Could not reach the receiver (${failure instanceof Error ? failure.message : String(failure)}).`;
    }
    const durationMs = Math.round(performance.now() - started);
    await this.notifications.recordAttempt(delivery.id, { status: error === null ? 'delivered' : lastAttempt ? 'failed' : 'pending', responseCode, durationMs, error });
    if (error !== null) {
      logger.warn({ deliveryId, webhookId: webhook.id, responseCode }, 'webhook delivery failed');
      throw new Error(error);
    }
  }
}
