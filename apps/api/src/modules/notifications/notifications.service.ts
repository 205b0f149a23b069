import { Inject, Injectable } from '@nestjs/common';
import { invalidField, notificationPreferencesSchema, parseInput, type Actor, type Reminder } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { NotificationModel, NotificationPreferencesModel } from './notifications.model.js';
import { NotificationEmailService } from './notification-email.service.js';
import { NotificationsRepository } from './notifications.repository.js';

/** The most notifications one read answers. */
export const MAX_NOTIFICATIONS = 100;

/** A person's notifications: reading them, marking them read, choosing what to hear about; and telling someone now. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly email: NotificationEmailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, first: number, unreadOnly: boolean): Promise<NotificationModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATIONS) throw invalidField('first', `Ask for 1 to ${MAX_NOTIFICATIONS} notifications.`);
    return this.notifications.list(actor.id, first, unreadOnly);
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor.id);
  }

  /** Marks the signed-in user's notifications read (these, or all); answers how many stay unread. */
  async markRead(actor: Actor, ids: string[] | null): Promise<number> {
    await this.notifications.markRead(actor.id, ids);
    return this.notifications.unreadCount(actor.id);
  }

  async preferences(actor: Actor): Promise<NotificationPreferencesModel> {
    const saved = await this.notifications.preferences(actor.id);
    return { mutedKinds: saved?.mutedKinds ?? [], delivery: saved?.delivery ?? 'daily_digest', emailEnabled: this.config.smtpUrl !== undefined };
  }

  async savePreferences(actor: Actor, input: unknown): Promise<NotificationPreferencesModel> {
    const { mutedKinds, delivery } = parseInput(notificationPreferencesSchema, input);
    const saved = await this.notifications.savePreferences({ userId: actor.id, orgId: actor.orgId, mutedKinds, delivery });
    return { mutedKinds: saved.mutedKinds, delivery: saved.delivery, emailEnabled: this.config.smtpUrl !== undefined };
  }

  /** Tells these people now, inside the caller's transaction (an action item handed out is theirs the moment it commits). */
  async tell(em: EntityManager, reminder: Reminder, to: { orgId: string; programId: string | null; userIds: readonly string[] }): Promise<void> {
    await this.email.afterNotify(em, await this.notifications.notify([{ reminder, ...to }], em));
  }
}
