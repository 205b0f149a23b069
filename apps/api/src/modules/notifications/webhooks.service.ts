import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createWebhookSchema, parseId, parseInput, versionedIdSchema, type Actor } from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadActiveProgramFor, loadProgramFor } from '../programs/program-access.js';
import type { CreatedWebhookModel, WebhookModel } from './notifications.model.js';
import { NotificationsRepository } from './notifications.repository.js';
import { DELIVER_WEBHOOK } from './webhook-delivery.service.js';
import { WebhookEntity } from './webhook.entity.js';

/** Deliveries each webhook lists. */
const RECENT_DELIVERIES = 20;

/** A program's webhooks: made, switched off and on, removed, tested; only its leads and admins see or touch them. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly jobs: JobQueue,
  ) {}

  async ofProgram(actor: Actor, programId: string): Promise<WebhookModel[]> {
    await loadProgramFor(this.dataSource.manager, actor, parseId(programId, 'programId'), 'governance.manage', {}, 'none');
    const webhooks = await this.notifications.webhooksOfPrograms([programId]);
    const deliveries = await this.notifications.recentDeliveries(webhooks.map((webhook) => webhook.id), RECENT_DELIVERIES);
    return webhooks.map((webhook) => ({ ...toModel(webhook), deliveries: deliveries.filter((delivery) => delivery.webhookId === webhook.id) }));
  }

  /** Makes a webhook with a new secret, answered this once. */
  async create(actor: Actor, input: { programId: string; name: string; url: string; format: string }): Promise<CreatedWebhookModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'governance.manage');
      const { name, url, format } = parseInput(createWebhookSchema, input);
      const secret = `whsec_${randomBytes(24).toString('base64url')}`;
      const webhook = await this.notifications.insertWebhook(em, { orgId: actor.orgId, programId: program.id, name, url, format, secret });
      return { webhook: { ...toModel(webhook), deliveries: [] }, secret };
    });
  }

  async setActive(actor: Actor, input: { id: string; expectedVersion: number; active: boolean }): Promise<WebhookModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const webhook = await this.load(em, actor, input.id);
      const { expectedVersion } = parseInput(versionedIdSchema, input);
      const updated = await updateVersioned(em, WebhookEntity, 'Webhook', { id: webhook.id, orgId: actor.orgId, expectedVersion }, { active: input.active });
      return { ...toModel(updated), deliveries: [] };
    });
  }

  async remove(actor: Actor, input: { id: string; expectedVersion: number }): Promise<boolean> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const webhook = await this.load(em, actor, input.id);
      const { expectedVersion } = parseInput(versionedIdSchema, input);
      const removed = await em.delete(WebhookEntity, { id: webhook.id, version: expectedVersion });
      if (removed.affected === 0) await updateVersioned(em, WebhookEntity, 'Webhook', { id: webhook.id, orgId: actor.orgId, expectedVersion }, {});
      return true;
    });
  }

  /** Posts a test event to the webhook now (through the queue, retried like any delivery). */
  async sendTest(actor: Actor, id: string): Promise<boolean> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const webhook = await this.load(em, actor, id);
      const delivery = await this.notifications.insertDelivery(em, {
        orgId: actor.orgId,
        webhookId: webhook.id,
        key: `test:${randomUUID()}`,
        kind: null,
        title: `Test from Rollout: ${webhook.name} is connected`,
        body: 'Reminders of this program will be posted here: stale check-ins, overdue action items, pilots near their gate, waves starting with units not ready.',
        link: `/programs/${webhook.programId}?tab=govern`,
      });
      await this.jobs.enqueue(em, DELIVER_WEBHOOK, { deliveryId: delivery.id });
      return true;
    });
  }

  private async load(em: EntityManager, actor: Actor, id: string): Promise<WebhookEntity> {
    const webhook = await this.notifications.findWebhook(actor.orgId, parseId(id), em);
    if (!webhook) throw new NotFoundError('Webhook', id);
    await loadActiveProgramFor(em, actor, webhook.programId, 'governance.manage');
    return webhook;
  }
}

function toModel(webhook: WebhookEntity): Omit<WebhookModel, 'deliveries'> {
  const { id, version, name, url, format, active } = webhook;
  return { id, version, name, url, format, active };
}
