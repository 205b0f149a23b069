import { GTM_COMPLEXITIES, type GtmComplexity } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** The company facts behind a program's model guidance; one per program. */
@Entity('company_profile')
@Index('uq_company_profile_program', ['programId'], { unique: true })
export class CompanyProfileEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  // Dollars; a double holds every whole-dollar ARR exactly and reads back as a JS number.
  @Column('double precision')
  arrUsd: number;

  @Column('int')
  gtmHeadcount: number;

  @Column('int')
  regions: number;

  @Column('int')
  gtmMotions: number;

  @Column({ type: 'enum', enum: GTM_COMPLEXITIES, enumName: 'gtm_complexity' })
  complexity: GtmComplexity;

  @Column('boolean')
  holdingCompany: boolean;
}
