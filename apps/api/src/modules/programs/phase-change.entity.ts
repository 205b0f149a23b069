import { PROGRAM_PHASES, type ProgramPhase } from '@rollout/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { ProgramEntity } from './program.entity.js';

/** Append-only record of a program's phase changes (who, when, from, to, why). */
@Entity('program_phase_change')
@Index('ix_phase_change_program', ['programId', 'changedAt'])
export class PhaseChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column({ type: 'enum', enum: PROGRAM_PHASES, enumName: 'program_phase', nullable: true })
  fromPhase: ProgramPhase | null;

  @Column({ type: 'enum', enum: PROGRAM_PHASES, enumName: 'program_phase' })
  toPhase: ProgramPhase;

  @Column('varchar', { length: 500, nullable: true })
  reason: string | null;

  /** Why an admin moved the program on although its gate was not met; null when the gate was met. */
  @Column('varchar', { length: 500, nullable: true })
  gateOverrideReason: string | null;

  @Column('uuid')
  changedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  changedAt: Date;
}
