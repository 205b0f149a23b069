import { ROLES, type Role } from '@rollout/domain';
import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';

@Entity('app_user')
@Index('uq_app_user_email', ['email'], { unique: true })
export class UserEntity extends VersionedEntity {
  /** Stored lower-case so sign-in is case-insensitive. */
  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 120 })
  name: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role: Role;

  @Column('varchar', { length: 200 })
  passwordHash: string;

  @Column('boolean', { default: true })
  active: boolean;
}
