import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/**
 * One stakeholder's raw weights for the program's principles, keyed by principle id. The set is
 * entered and changed as a whole, so it is one row; weights of a removed principle are ignored.
 */
@Entity('stakeholder_weights')
@Index('ix_stakeholder_weights_program', ['programId', 'createdAt'])
export class StakeholderWeightsEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 120 })
  stakeholder: string;

  @Column('jsonb', { default: () => "'{}'" })
  weights: Record<string, number>;
}
