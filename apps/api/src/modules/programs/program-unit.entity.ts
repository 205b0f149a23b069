import { ROLLOUT_STATUSES, type RolloutStatus } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { ProgramEntity } from './program.entity.js';

/** A unit taking part in a program's rollout, with the status its regional partner reports. */
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

  @Column({ type: 'enum', enum: ROLLOUT_STATUSES, enumName: 'rollout_status', default: 'not_started' })
  status: RolloutStatus;

  @Column('varchar', { length: 1000, default: '' })
  note: string;
}
