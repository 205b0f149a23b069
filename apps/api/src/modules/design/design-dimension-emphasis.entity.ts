import { DESIGN_DIMENSION_KEYS, type DesignDimensionKey, type Emphasis } from '@rollout/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** How far one design dimension leans central or local for the program; a dimension without a row has its default. */
@Entity('design_dimension_emphasis')
@Index('uq_design_dimension_emphasis', ['programId', 'dimension'], { unique: true })
@Check('design_dimension_emphasis_range', '"emphasis" BETWEEN -2 AND 2')
export class DesignDimensionEmphasisEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column({ type: 'enum', enum: DESIGN_DIMENSION_KEYS, enumName: 'design_dimension' })
  dimension: DesignDimensionKey;

  /** −2 strongly local … +2 strongly central. */
  @Column('smallint')
  emphasis: Emphasis;
}
