import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** A design principle the program weighs operating models against, in the program's order. */
@Entity('design_principle')
@Index('ix_design_principle_program', ['programId', 'position'])
export class DesignPrincipleEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 80 })
  name: string;

  @Column('int')
  position: number;
}
