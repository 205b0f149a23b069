import { RACI_VALUES, type RaciValue } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { RaciDomainEntity } from './raci-domain.entity.js';
import { RaciRoleEntity } from './raci-role.entity.js';

/** A filled cell of a program's RACI; an empty cell has no row. */
@Entity('raci_cell')
@Index('uq_raci_cell', ['domainId', 'roleId'], { unique: true })
@Index('ix_raci_cell_program', ['programId'])
export class RaciCellEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('uuid')
  domainId: string;

  @ManyToOne(() => RaciDomainEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'domain_id' })
  domain: Relation<RaciDomainEntity>;

  @Column('uuid')
  roleId: string;

  @ManyToOne(() => RaciRoleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role: Relation<RaciRoleEntity>;

  @Column({ type: 'enum', enum: RACI_VALUES, enumName: 'raci_value' })
  value: RaciValue;
}
