import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UnitEntity } from '../units/unit.entity.js';
import { UserEntity } from './user.entity.js';

/** A regional partner's assignment to a unit (and so to its sub-units). */
@Entity('user_unit')
@Index('ix_user_unit_unit', ['unitId'])
export class UserUnitEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('uuid')
  unitId: string;

  @Column('uuid')
  orgId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity>;
}
