import { ROLE_SIDES, type RoleSide } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** A column of a program's RACI: a role, with the side of the organization it sits on. */
@Entity('raci_role')
@Index('uq_raci_role_name', ['programId', 'name'], { unique: true })
@Index('ix_raci_role_program', ['programId', 'position'])
export class RaciRoleEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 80 })
  name: string;

  @Column({ type: 'enum', enum: ROLE_SIDES, enumName: 'raci_role_side' })
  side: RoleSide;

  @Column('integer')
  position: number;
}
