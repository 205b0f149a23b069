import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { NotificationDelivery, NotificationKind, WebhookFormat } from '@rollout/domain';
import { NotificationDeliveryEnum, NotificationKindEnum, WebhookFormatEnum } from './notifications.enums.js';

@InputType('NotificationPreferencesInput', { description: 'What the signed-in user hears about, and how often by email.' })
export class NotificationPreferencesInput {
  @Field(() => [NotificationKindEnum], { description: 'Kinds they do not want.' })
  mutedKinds: NotificationKind[];

  @Field(() => NotificationDeliveryEnum, { description: 'Email for each as it comes, or one a day.' })
  delivery: NotificationDelivery;
}

@InputType('CreateWebhookInput', { description: 'A new webhook of a program; its leads and admins.' })
export class CreateWebhookInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field({ description: 'Its name (2–120 characters), e.g. #revops-emea.' })
  name: string;

  @Field({ description: 'The http(s) address to post to (a Slack incoming webhook, a Teams connector, any endpoint).' })
  url: string;

  @Field(() => WebhookFormatEnum, { description: 'What the receiver speaks.' })
  format: WebhookFormat;
}

@InputType('SetWebhookActiveInput', { description: 'Switches a webhook off or on.' })
export class SetWebhookActiveInput {
  @Field(() => ID, { description: 'The webhook.' })
  id: string;

  @Field(() => Int, { description: 'The version the caller saw; a stale one is refused with CONFLICT.' })
  expectedVersion: number;

  @Field({ description: 'Whether events are posted to it.' })
  active: boolean;
}
