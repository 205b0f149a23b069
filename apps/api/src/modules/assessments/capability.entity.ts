import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** A RevOps capability in a program's catalog (the four defaults, renamed or added to by its managers). */
@Entity('capability')
@Index('uq_capability_name', ['programId', 'name'], { unique: true })
export class CapabilityEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 120 })
  name: string;

  /** Order in the grid. */
  @Column('integer')
  position: number;
}
