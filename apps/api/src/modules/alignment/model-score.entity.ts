import { OPERATING_MODELS, type CandidateModel } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { DesignPrincipleEntity } from './design-principle.entity.js';

/** One cell of the decision matrix: how well a model fits a principle, 1–5, and why. */
@Entity('model_score')
@Index('uq_model_score_cell', ['principleId', 'model'], { unique: true })
@Index('ix_model_score_program', ['programId'])
export class ModelScoreEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('uuid')
  principleId: string;

  @ManyToOne(() => DesignPrincipleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principle_id' })
  principle: Relation<DesignPrincipleEntity>;

  // `undecided` is in the shared enum type but never scored: the schema's enum of five refuses it.
  @Column({ type: 'enum', enum: OPERATING_MODELS, enumName: 'operating_model' })
  model: CandidateModel;

  @Column('smallint')
  score: number;

  @Column('text', { default: '' })
  note: string;
}
