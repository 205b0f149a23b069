import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Column, type Relation } from 'typeorm';
import { UnitEntity } from '../units/unit.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { RevopsRequestEntity } from './revops-request.entity.js';

/** Someone who asked for a request, for a unit: its filer, and the filers of duplicates merged into it. */
@Entity('request_requester')
@Index('ix_request_requester_user', ['userId'])
export class RequestRequesterEntity {
  @PrimaryColumn('uuid')
  requestId: string;

  @ManyToOne(() => RevopsRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<RevopsRequestEntity>;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  addedAt: Date;
}
