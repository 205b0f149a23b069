import { LESSON_KINDS, type LessonKind } from '@rollout/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ActivityEntity } from '../assessments/activity.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { PilotEntity } from '../pilots/pilot.entity.js';

/** A lesson learned in a pilot, tagged with a catalog activity, shown again when planning the roll-out. */
@Entity('lesson')
@Index('ix_lesson_program', ['programId', 'activityId'])
@Index('ix_lesson_pilot', ['pilotId', 'createdAt'])
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  pilotId: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id' })
  pilot: Relation<PilotEntity>;

  @Column('uuid')
  programId: string;

  @Column('uuid')
  activityId: string;

  // An activity with lessons cannot be removed: what was learned keeps its subject.
  @ManyToOne(() => ActivityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id' })
  activity: Relation<ActivityEntity>;

  @Column({ type: 'enum', enum: LESSON_KINDS, enumName: 'lesson_kind' })
  kind: LessonKind;

  @Column('text')
  text: string;

  @Column('uuid')
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
