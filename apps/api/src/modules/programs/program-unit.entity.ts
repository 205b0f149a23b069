import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { ProgramEntity } from './program.entity.js';

/** A unit taking part in a program's rollout, with its regional partner's report (its stage is derived from its pilots). */
@Entity('program_unit')
@Index('uq_program_unit', ['programId', 'unitId'], { unique: true })
@Index('ix_program_unit_unit', ['unitId'])
export class ProgramUnitEntity extends VersionedEntity {
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

  @Column('boolean', { default: false })
  blocked: boolean;

  @Column('varchar', { length: 1000, default: '' })
  note: string;
}
