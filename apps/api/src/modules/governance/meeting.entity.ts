import type { Agenda } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ForumEntity } from './forum.entity.js';

/**
 * One occurrence of a forum that something happened to: prepared (its agenda), cancelled, moved,
 * started or held (its minutes). Occurrences nothing happened to have no row; the schedule gives them.
 */
@Entity('meeting')
@Index('uq_meeting_occurrence', ['forumId', 'occursOn'], { unique: true })
@Index('ix_meeting_program', ['programId', 'startsAt'])
export class MeetingEntity extends VersionedEntity {
  @Column('uuid')
  forumId: string;

  @ManyToOne(() => ForumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum: Relation<ForumEntity>;

  @Column('uuid')
  programId: string;

  /** The day the schedule gives it (forum's time zone): it names the occurrence, moved or not. */
  @Column('date')
  occursOn: string;

  /** When it starts: the scheduled time, or the new time when moved. */
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt: Date;

  /** True when moved from its scheduled time. */
  @Column('boolean', { default: false })
  moved: boolean;

  @Column('text', { nullable: true })
  cancelledReason: string | null;

  /** The agenda once prepared: its lines and the generated ones taken off. */
  @Column('jsonb', { nullable: true })
  agenda: Agenda | null;

  /** The state the agenda was last generated from, up to this instant. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  agendaGeneratedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endedAt: Date | null;

  /** Who was there. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  attendeeIds: string[];

  @Column('text', { default: '' })
  notes: string;
}
