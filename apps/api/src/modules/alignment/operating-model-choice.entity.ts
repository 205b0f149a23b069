import { OPERATING_MODELS, type CandidateModel } from '@rollout/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProgramEntity } from '../programs/program.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A recorded choice of operating model, kept in the program's decision log: append-only. The
 * program's `target_model` holds the current choice; this row keeps why, and what the matrix and
 * the guidance said at that moment.
 */
@Entity('operating_model_choice')
@Index('ix_operating_model_choice_program', ['programId', 'decidedAt'])
export class OperatingModelChoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column({ type: 'enum', enum: OPERATING_MODELS, enumName: 'operating_model' })
  model: CandidateModel;

  @Column('text', { default: '' })
  rationale: string;

  @Column({ type: 'enum', enum: OPERATING_MODELS, enumName: 'operating_model', nullable: true })
  matrixWinner: CandidateModel | null;

  @Column({ type: 'enum', enum: OPERATING_MODELS, enumName: 'operating_model', nullable: true })
  guidanceModel: CandidateModel | null;

  @Column('uuid')
  decidedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  decidedAt: Date;
}
