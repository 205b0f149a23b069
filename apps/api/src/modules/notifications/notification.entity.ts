import { NOTIFICATION_KINDS, type NotificationKind } from '@rollout/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/** A message to one person in the app; `key` keeps a reminder to one per person however often the check runs. */
@Entity('notification')
@Index('uq_notification_key', ['userId', 'key'], { unique: true })
@Index('ix_notification_user', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column('uuid', { nullable: true })
  programId: string | null;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column('varchar', { length: 200 })
  key: string;

  @Column('varchar', { length: 300 })
  title: string;

  @Column('text', { default: '' })
  body: string;

  /** An app path, e.g. `/pilots/<id>`. */
  @Column('varchar', { length: 300 })
  link: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  /** When it went out by email (alone or in a digest); null while it has not. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailedAt: Date | null;
}
