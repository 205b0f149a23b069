import { UNIT_KINDS, type UnitKind } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';

@Entity('unit')
@Index('uq_unit_org_code', ['orgId', 'code'], { unique: true })
@Index('ix_unit_org_parent', ['orgId', 'parentId'])
export class UnitEntity extends VersionedEntity {
  @Column('varchar', { length: 120 })
  name: string;

  @Column('varchar', { length: 20 })
  code: string;

  @Column({ type: 'enum', enum: UNIT_KINDS, enumName: 'unit_kind' })
  kind: UnitKind;

  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<UnitEntity> | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  archivedAt: Date | null;
}
