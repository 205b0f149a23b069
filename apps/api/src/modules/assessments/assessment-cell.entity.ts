import { WORK_PERFORMERS, type WorkPerformer } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { ActivityEntity } from './activity.entity.js';

/** One filled cell of the grid: who does an activity for a unit today (no unit = the central team's column). */
@Entity('assessment_cell')
@Index('uq_assessment_cell_unit', ['activityId', 'unitId'], { unique: true })
// NULLs are distinct in a unique index: the central team's one cell per activity needs its own.
@Index('uq_assessment_cell_central', ['activityId'], { unique: true, where: '"unit_id" IS NULL' })
@Index('ix_assessment_cell_program', ['programId'])
export class AssessmentCellEntity extends VersionedEntity {
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

  @Column('uuid', { nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity> | null;

  @Column({ type: 'enum', enum: WORK_PERFORMERS, enumName: 'work_performer' })
  performer: WorkPerformer;

  @Column('smallint', { nullable: true })
  maturity: number | null;

  @Column('boolean', { default: false })
  decides: boolean;

  @Column('varchar', { length: 1000, default: '' })
  note: string;
}
