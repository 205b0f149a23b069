import { TOOL_CATEGORIES, type ToolCategory } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A tool in a program's inventory (assessment). The units using it are an array on the row: they
 * change with the tool's version, and the service checks they exist in the organization.
 */
@Entity('program_tool')
@Index('ix_program_tool_program', ['programId'])
export class ProgramToolEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 120 })
  name: string;

  @Column({ type: 'enum', enum: TOOL_CATEGORIES, enumName: 'tool_category' })
  category: ToolCategory;

  @Column('uuid', { array: true, default: () => "'{}'" })
  usingUnitIds: string[];

  /** Whole US dollars a year. */
  @Column('integer')
  annualCost: number;

  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner: Relation<UserEntity> | null;

  /** A named person who owns the tool without an account. */
  @Column('varchar', { length: 120, default: '' })
  ownerName: string;

  @Column('date', { nullable: true })
  renewalDate: string | null;
}
