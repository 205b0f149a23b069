import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, type NotificationDelivery, type NotificationKind } from '@rollout/domain';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation, VersionColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/** What a person hears about and how often; without a row, everything, in a daily digest. */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column('uuid')
  orgId: string;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind', array: true, default: () => "'{}'" })
  mutedKinds: NotificationKind[];

  @Column({ type: 'enum', enum: NOTIFICATION_DELIVERIES, enumName: 'notification_delivery', default: 'daily_digest' })
  delivery: NotificationDelivery;

  @VersionColumn({ default: 1 })
  version: number;
}
