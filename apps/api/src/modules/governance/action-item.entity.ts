import { ACTION_ITEM_STATUSES, SUBJECT_KINDS, type ActionItemStatus, type SubjectKind } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { MeetingEntity } from './meeting.entity.js';

/** Something a forum asked someone to do by a day; it shows on its owner's "This week" until done. */
@Entity('action_item')
@Index('ix_action_item_program', ['programId', 'status', 'dueOn'])
@Index('ix_action_item_owner', ['ownerId', 'status', 'dueOn'])
export class ActionItemEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @Column('uuid')
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<MeetingEntity>;

  @Column('varchar', { length: 300 })
  title: string;

  @Column('uuid')
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner: Relation<UserEntity>;

  @Column('date')
  dueOn: string;

  @Column({ type: 'enum', enum: ACTION_ITEM_STATUSES, enumName: 'action_item_status', default: 'open' })
  status: ActionItemStatus;

  @Column({ type: 'enum', enum: SUBJECT_KINDS, enumName: 'subject_kind', nullable: true })
  subjectKind: SubjectKind | null;

  @Column('uuid', { nullable: true })
  subjectId: string | null;
}
