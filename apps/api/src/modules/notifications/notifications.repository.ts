import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationKind, Reminder } from '@rollout/domain';
import { DataSource, type DeepPartial, type EntityManager } from 'typeorm';
import { LiveEvents } from '../../common/live/live-events.js';
import { NotificationPreferenceEntity } from './notification-preference.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEntity } from './webhook.entity.js';

/** A reminder for these people of one program (or none). */
export interface Addressed {
  reminder: Reminder;
  orgId: string;
  programId: string | null;
  userIds: readonly string[];
}

/** The notifications feature's SQL: notifications, preferences, webhooks and their deliveries. */
@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
  ) {}

  private em(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  /**
   * Writes each reminder for each of its people who did not mute its kind, once per person and
   * key (a repeat does nothing). One statement for any number; answers the ones written.
   */
  async notify(items: readonly Addressed[], em?: EntityManager): Promise<{ id: string; userId: string }[]> {
    const rows = items.flatMap((item) => [...new Set(item.userIds)].map((userId) => ({ ...item.reminder, userId, orgId: item.orgId, programId: item.programId })));
    if (rows.length === 0) return [];
    const written = await this.em(em).query<{ id: string; userId: string }[]>(
      `INSERT INTO notification (org_id, user_id, program_id, kind, key, title, body, link)
       SELECT r.org_id, r.user_id, r.program_id, r.kind::notification_kind, r.key, r.title, r.body, r.link
         FROM jsonb_to_recordset($1::jsonb) AS r(org_id uuid, user_id uuid, program_id uuid, kind text, key text, title text, body text, link text)
         JOIN app_user u ON u.id = r.user_id AND u.active
         LEFT JOIN notification_preference pref ON pref.user_id = r.user_id
        WHERE pref.user_id IS NULL OR NOT (r.kind::notification_kind = ANY(pref.muted_kinds))
       ON CONFLICT (user_id, key) DO NOTHING
       RETURNING id, user_id AS "userId"`,
      [JSON.stringify(rows.map((row) => ({ org_id: row.orgId, user_id: row.userId, program_id: row.programId, kind: row.kind, key: row.key, title: row.title, body: row.body, link: row.link })))],
    );
    // Each person's open pages hear of it (their bell), at commit.
    for (const userId of new Set(written.map((row) => row.userId))) await this.live.publish(this.em(em), { type: 'notification', userId });
    return written;
  }

  async list(userId: string, first: number, unreadOnly: boolean): Promise<NotificationEntity[]> {
    const query = this.dataSource.manager.createQueryBuilder(NotificationEntity, 'n').where('n.user_id = :userId', { userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return query.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(first).getMany();
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return row?.n ?? 0;
  }

  /** Marks the user's notifications read: these, or all. Someone else's ids are ignored. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<void> {
    await this.dataSource.query(`UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`, [userId, ids]);
    // Their other tabs and devices update their bell.
    await this.live.publish(this.dataSource.manager, { type: 'notification', userId });
  }

  async preferences(userId: string): Promise<NotificationPreferenceEntity | null> {
    return this.dataSource.manager.findOneBy(NotificationPreferenceEntity, { userId });
  }

  async savePreferences(values: { userId: string; orgId: string; mutedKinds: NotificationKind[]; delivery: NotificationPreferenceEntity['delivery'] }): Promise<NotificationPreferenceEntity> {
    await this.dataSource.manager.upsert(NotificationPreferenceEntity, values, ['userId']);
    return this.dataSource.manager.findOneByOrFail(NotificationPreferenceEntity, { userId: values.userId });
  }

  async webhooksOfPrograms(programIds: readonly string[]): Promise<WebhookEntity[]> {
    if (programIds.length === 0) return [];
    return this.dataSource.manager.createQueryBuilder(WebhookEntity, 'w').where('w.program_id = ANY(:ids)', { ids: [...programIds] }).orderBy('w.name').getMany();
  }

  async findWebhook(orgId: string, id: string, em?: EntityManager): Promise<WebhookEntity | null> {
    return this.em(em).findOneBy(WebhookEntity, { id, orgId });
  }

  async insertWebhook(em: EntityManager, values: DeepPartial<WebhookEntity>): Promise<WebhookEntity> {
    return em.save(WebhookEntity, em.create(WebhookEntity, values));
  }

  /** One delivery per active webhook of each event's program; an event already delivered to a webhook is not again. Answers the new ones. */
  async addDeliveries(events: readonly { programId: string; orgId: string; reminder: Reminder }[], em?: EntityManager): Promise<string[]> {
    if (events.length === 0) return [];
    const rows = await this.em(em).query<{ id: string }[]>(
      `INSERT INTO webhook_delivery (org_id, webhook_id, key, kind, title, body, link)
       SELECT w.org_id, w.id, e.key, e.kind::notification_kind, e.title, e.body, e.link
         FROM jsonb_to_recordset($1::jsonb) AS e(program_id uuid, key text, kind text, title text, body text, link text)
         JOIN webhook w ON w.program_id = e.program_id AND w.active
       ON CONFLICT (webhook_id, key) DO NOTHING
       RETURNING id`,
      [JSON.stringify(events.map((event) => ({ program_id: event.programId, key: event.reminder.key, kind: event.reminder.kind, title: event.reminder.title, body: event.reminder.body, link: event.reminder.link })))],
    );
    return rows.map((row) => row.id);
  }

  async insertDelivery(em: EntityManager, values: DeepPartial<WebhookDeliveryEntity>): Promise<WebhookDeliveryEntity> {
    return em.save(WebhookDeliveryEntity, em.create(WebhookDeliveryEntity, values));
  }

  async findDelivery(id: string): Promise<(WebhookDeliveryEntity & { webhook: WebhookEntity }) | null> {
    return this.dataSource.manager.findOne(WebhookDeliveryEntity, { where: { id }, relations: { webhook: true } });
  }

  async recordAttempt(id: string, values: Pick<WebhookDeliveryEntity, 'status' | 'responseCode' | 'durationMs' | 'error'>): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_delivery SET status = $2, response_code = $3, duration_ms = $4, error = $5, attempts = attempts + 1, last_attempt_at = now() WHERE id = $1`,
      [id, values.status, values.responseCode, values.durationMs, values.error],
    );
  }

  /** The latest deliveries of the webhooks, newest first, `limit` per webhook. */
  async recentDeliveries(webhookIds: readonly string[], limit: number): Promise<WebhookDeliveryEntity[]> {
    if (webhookIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT id, webhook_id AS "webhookId", key, kind, title, status, attempts, response_code AS "responseCode", duration_ms AS "durationMs", error, created_at AS "createdAt", last_attempt_at AS "lastAttemptAt"
         FROM (SELECT d.*, row_number() OVER (PARTITION BY webhook_id ORDER BY created_at DESC, id DESC) AS n FROM webhook_delivery d WHERE webhook_id = ANY($1::uuid[])) ranked
        WHERE n <= $2 ORDER BY webhook_id, created_at DESC, id DESC`,
      [webhookIds, limit],
    );
  }
}
