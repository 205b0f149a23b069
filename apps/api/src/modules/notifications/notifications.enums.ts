import { registerEnumType } from '@nestjs/graphql';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_DELIVERY_LABELS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  WEBHOOK_DELIVERY_STATUS_LABELS,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_FORMAT_LABELS,
  WEBHOOK_FORMATS,
} from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
export const NotificationDeliveryEnum = enumOf(NOTIFICATION_DELIVERIES);
export const WebhookFormatEnum = enumOf(WEBHOOK_FORMATS);
export const WebhookDeliveryStatusEnum = enumOf(WEBHOOK_DELIVERY_STATUSES);

registerEnumType(NotificationKindEnum, { name: 'NotificationKind', description: 'What a notification is about.', valuesMap: described(NOTIFICATION_KIND_LABELS) });
registerEnumType(NotificationDeliveryEnum, { name: 'NotificationDelivery', description: 'How often notifications are emailed.', valuesMap: described(NOTIFICATION_DELIVERY_LABELS) });
registerEnumType(WebhookFormatEnum, { name: 'WebhookFormat', description: 'What a webhook’s receiver speaks.', valuesMap: described(WEBHOOK_FORMAT_LABELS) });
registerEnumType(WebhookDeliveryStatusEnum, { name: 'WebhookDeliveryStatus', description: 'Where a webhook delivery stands.', valuesMap: described(WEBHOOK_DELIVERY_STATUS_LABELS) });
