import { NOTIFICATION_KINDS, WEBHOOK_DELIVERY_STATUSES, type NotificationKind, type WebhookDeliveryStatus } from '@rollout/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { WebhookEntity } from './webhook.entity.js';

/** One event posted to one webhook: its body, and how the last attempt went. */
@Entity('webhook_delivery')
@Index('uq_webhook_delivery_key', ['webhookId', 'key'], { unique: true })
@Index('ix_webhook_delivery_webhook', ['webhookId', 'createdAt'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  webhookId: string;

  @ManyToOne(() => WebhookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id' })
  webhook: Relation<WebhookEntity>;

  /** The event's key (a reminder's), or `test:<id>` for a test delivery. */
  @Column('varchar', { length: 200 })
  key: string;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind', nullable: true })
  kind: NotificationKind | null;

  @Column('varchar', { length: 300 })
  title: string;

  @Column('text', { default: '' })
  body: string;

  @Column('varchar', { length: 300 })
  link: string;

  @Column({ type: 'enum', enum: WEBHOOK_DELIVERY_STATUSES, enumName: 'webhook_delivery_status', default: 'pending' })
  status: WebhookDeliveryStatus;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('integer', { nullable: true })
  responseCode: number | null;

  @Column('integer', { nullable: true })
  durationMs: number | null;

  @Column('text', { nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastAttemptAt: Date | null;
}
