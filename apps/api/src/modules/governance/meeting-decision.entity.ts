import { SUBJECT_KINDS, type SubjectKind } from '@rollout/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { MeetingEntity } from './meeting.entity.js';

/** A decision a forum took, kept in the program's decision log: append-only, like gate decisions. */
@Entity('meeting_decision')
@Index('ix_meeting_decision_program', ['programId', 'decidedAt'])
@Index('ix_meeting_decision_meeting', ['meetingId'])
export class MeetingDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<MeetingEntity>;

  @Column('uuid')
  programId: string;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('text', { default: '' })
  rationale: string;

  @Column({ type: 'enum', enum: SUBJECT_KINDS, enumName: 'subject_kind', nullable: true })
  subjectKind: SubjectKind | null;

  @Column('uuid', { nullable: true })
  subjectId: string | null;

  @Column('uuid')
  decidedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  decidedAt: Date;
}
