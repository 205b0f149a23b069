import {
  DEFAULT_ASSESSMENT_THRESHOLD,
  OPERATING_MODELS,
  PROGRAM_PHASES,
  PROGRAM_STATUSES,
  type OperatingModel,
  type ProgramPhase,
  type ProgramStatus,
} from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { UserEntity } from '../users/user.entity.js';

@Entity('program')
@Index('ix_program_org_updated', ['orgId', 'updatedAt'])
export class ProgramEntity extends VersionedEntity {
  @Column('varchar', { length: 120 })
  name: string;

  @Column('text', { default: '' })
  objective: string;

  @Column({ type: 'enum', enum: OPERATING_MODELS, enumName: 'operating_model' })
  targetModel: OperatingModel;

  @Column('varchar', { length: 120 })
  sponsor: string;

  @Column('uuid')
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner: Relation<UserEntity>;

  /** `YYYY-MM-DD`; the pg type parser keeps dates as strings (no time-zone shifts). */
  @Column('date')
  startDate: string;

  @Column('date')
  targetDate: string;

  /** A PostgreSQL enum, so ORDER BY phase follows Assess → Govern. */
  @Column({ type: 'enum', enum: PROGRAM_PHASES, enumName: 'program_phase', default: 'assess' })
  phase: ProgramPhase;

  @Column({ type: 'enum', enum: PROGRAM_STATUSES, enumName: 'program_status', default: 'on_track' })
  status: ProgramStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  archivedAt: Date | null;

  /** Whole percent of assessment cells that must be filled before the program moves to Align. */
  @Column('smallint', { default: DEFAULT_ASSESSMENT_THRESHOLD })
  assessmentThreshold: number;
}
