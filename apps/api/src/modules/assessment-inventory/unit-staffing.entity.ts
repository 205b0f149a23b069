import { GTM_COMPLEXITIES, type GtmComplexity } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { UnitEntity } from '../units/unit.entity.js';

/** A unit's staffing snapshot in a program's assessment: RevOps people and sellers, and how complex its go-to-market is. */
@Entity('unit_staffing')
@Index('uq_unit_staffing', ['programId', 'unitId'], { unique: true })
export class UnitStaffingEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('uuid')
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity>;

  @Column('integer')
  revopsPeople: number;

  @Column('integer')
  sellers: number;

  @Column({ type: 'enum', enum: GTM_COMPLEXITIES, enumName: 'gtm_complexity', default: 'standard' })
  complexity: GtmComplexity;
}
