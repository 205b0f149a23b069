import { Module } from '@nestjs/common';
import { NotificationPreferenceEntity } from './notification-preference.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationEmailService } from './notification-email.service.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { ReminderFactsRepository } from './reminder-facts.repository.js';
import { RemindersService } from './reminders.service.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookEntity } from './webhook.entity.js';
import { WebhooksService } from './webhooks.service.js';

/** Reminders and where they reach people: in the app (notifications, preferences) and by webhook; the checks run on the job queue. */
@Module({
  providers: [NotificationsRepository, NotificationEmailService, ReminderFactsRepository, NotificationsService, RemindersService, WebhookDeliveryService, WebhooksService, NotificationsResolver],
  exports: [NotificationsService, RemindersService],
})
export class NotificationsModule {
  static readonly entities = [NotificationEntity, NotificationPreferenceEntity, WebhookEntity, WebhookDeliveryEntity];
}
