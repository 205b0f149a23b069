import { FORUM_CADENCES, WEEKDAYS, type ForumCadence, type Weekday } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** A recurring forum of a program's operating rhythm; its meetings follow from its schedule. */
@Entity('forum')
@Index('ix_forum_program', ['programId', 'name'])
export class ForumEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 120 })
  name: string;

  @Column('text', { default: '' })
  purpose: string;

  @Column({ type: 'enum', enum: FORUM_CADENCES, enumName: 'forum_cadence' })
  cadence: ForumCadence;

  @Column({ type: 'enum', enum: WEEKDAYS, enumName: 'weekday' })
  weekday: Weekday;

  @Column('smallint', { nullable: true })
  weekOfMonth: number | null;

  @Column('date')
  startsOn: string;

  /** HH:MM, wall clock in `timeZone`. */
  @Column('varchar', { length: 5 })
  startTime: string;

  @Column('varchar', { length: 64 })
  timeZone: string;

  @Column('smallint')
  durationMinutes: number;

  @Column('uuid', { array: true, default: () => "'{}'" })
  attendeeIds: string[];
}
