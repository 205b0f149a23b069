import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { UnitEntity } from '../units/unit.entity.js';

/** A role of the target model's headcount plan: in the hub (no unit) or in one unit's spoke. */
@Entity('planned_role')
@Index('ix_planned_role_program', ['programId', 'createdAt'])
@Check('ck_planned_role_count', '"count" >= 0 AND "annual_cost_per_head" >= 0')
export class PlannedRoleEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  /** The unit whose spoke the role sits in; null = the hub. */
  @Column('uuid', { nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity> | null;

  @Column('varchar', { length: 120 })
  title: string;

  @Column('integer')
  count: number;

  /** What one person costs a year, in whole US dollars. */
  @Column('integer')
  annualCostPerHead: number;

  /** The planned role this one reports to; removing that role leaves this one without a line. */
  @Column('uuid', { nullable: true })
  reportsToId: string | null;

  @ManyToOne(() => PlannedRoleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reports_to_id' })
  reportsTo: Relation<PlannedRoleEntity> | null;

  @Column('boolean', { default: false })
  isManager: boolean;
}
