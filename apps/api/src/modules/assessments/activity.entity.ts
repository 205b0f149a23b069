import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { CapabilityEntity } from './capability.entity.js';

/** A RevOps activity under a capability: one row of the assessment grid. */
@Entity('activity')
@Index('uq_activity_name', ['programId', 'name'], { unique: true })
@Index('ix_activity_capability', ['capabilityId'])
export class ActivityEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('uuid')
  capabilityId: string;

  @ManyToOne(() => CapabilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'capability_id' })
  capability: Relation<CapabilityEntity>;

  @Column('varchar', { length: 120 })
  name: string;

  /** Order under its capability. */
  @Column('integer')
  position: number;
}
