import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { NotificationDelivery, NotificationKind, WebhookDeliveryStatus, WebhookFormat } from '@rollout/domain';
import { NotificationDeliveryEnum, NotificationKindEnum, WebhookDeliveryStatusEnum, WebhookFormatEnum } from './notifications.enums.js';

@ObjectType('Notification', { description: 'A message to the signed-in user: a reminder or an action item handed to them.' })
export class NotificationModel {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field(() => NotificationKindEnum, { description: 'What it is about.' })
  kind: NotificationKind;

  @Field({ description: 'What happened, in a line.' })
  title: string;

  @Field({ description: 'More words, if any.' })
  body: string;

  @Field({ description: 'Where in the app to look (a path).' })
  link: string;

  @Field({ description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was read; null while unread.' })
  readAt: Date | null;
}

@ObjectType('NotificationPreferences', { description: 'What the signed-in user hears about, and how often by email.' })
export class NotificationPreferencesModel {
  @Field(() => [NotificationKindEnum], { description: 'Kinds they do not want.' })
  mutedKinds: NotificationKind[];

  @Field(() => NotificationDeliveryEnum, { description: 'Email for each as it comes, or one a day (when the server sends email).' })
  delivery: NotificationDelivery;

  @Field({ description: 'Whether this server sends email (SMTP_URL is set); without it, notifications stay in the app.' })
  emailEnabled: boolean;
}

@ObjectType('WebhookDelivery', { description: 'One event posted to a webhook, and how its last attempt went.' })
export class WebhookDeliveryModel {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field({ description: 'What was posted, in a line.' })
  title: string;

  @Field(() => WebhookDeliveryStatusEnum, { description: 'Delivered, still trying, or failed for good.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts so far.' })
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'The receiver’s HTTP status at the last attempt; null if it did not answer.' })
  responseCode: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the last attempt took, in milliseconds.' })
  durationMs: number | null;

  @Field(() => String, { nullable: true, description: 'What went wrong at the last attempt.' })
  error: string | null;

  @Field({ description: 'When the event happened.' })
  createdAt: Date;
}

@ObjectType('Webhook', { description: 'Where a program’s reminders are posted; its secret is never answered after it is made.' })
export class WebhookModel {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field(() => Int, { description: 'Its version, for changes.' })
  version: number;

  @Field({ description: 'Its name.' })
  name: string;

  @Field({ description: 'The address posted to.' })
  url: string;

  @Field(() => WebhookFormatEnum, { description: 'What the receiver speaks.' })
  format: WebhookFormat;

  @Field({ description: 'Whether events are posted to it.' })
  active: boolean;

  @Field(() => [WebhookDeliveryModel], { description: 'Its latest deliveries, newest first (at most 20).' })
  deliveries: WebhookDeliveryModel[];
}

@ObjectType('CreatedWebhook', { description: 'A new webhook and its signing secret, shown this once.' })
export class CreatedWebhookModel {
  @Field(() => WebhookModel, { description: 'The webhook.' })
  webhook: WebhookModel;

  @Field({ description: 'The HMAC-SHA256 key its deliveries are signed with (header Rollout-Signature: t=<unix>,v1=<hex of HMAC("<t>.<body>")>). Not shown again.' })
  secret: string;
}

@ObjectType('JobFailure', { description: 'A background job whose last attempt failed (admins).' })
export class JobFailureModel {
  @Field(() => ID, { description: 'The job’s id in the queue.' })
  id: string;

  @Field({ description: 'What the job does.' })
  task: string;

  @Field(() => Int, { description: 'Attempts so far.' })
  attempts: number;

  @Field(() => Int, { description: 'Attempts it gets.' })
  maxAttempts: number;

  @Field({ description: 'The last error.' })
  lastError: string;

  @Field({ description: 'When it runs next (or ran last, once out of attempts).' })
  runAt: Date;
}
