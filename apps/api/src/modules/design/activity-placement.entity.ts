import { DESIGN_DIMENSION_KEYS, PLACEMENTS, type DesignDimensionKey, type Placement } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ActivityEntity } from '../assessments/activity.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** Where one catalog activity sits in the program's target model; removing the activity removes it. */
@Entity('activity_placement')
@Index('uq_activity_placement_activity', ['activityId'], { unique: true })
@Index('ix_activity_placement_program', ['programId'])
export class ActivityPlacementEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('uuid')
  activityId: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity: Relation<ActivityEntity>;

  @Column({ type: 'enum', enum: PLACEMENTS, enumName: 'design_placement' })
  placement: Placement;

  /** One line saying why; empty when none was given. */
  @Column('varchar', { length: 200, default: '' })
  reason: string;

  /** The dimension the activity answers to instead of its capability's default; null = the default. */
  @Column({ type: 'enum', enum: DESIGN_DIMENSION_KEYS, enumName: 'design_dimension', nullable: true })
  dimension: DesignDimensionKey | null;
}
