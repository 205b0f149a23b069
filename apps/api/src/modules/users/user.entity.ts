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

  /**
   * When the password last changed (null: never since the account was created). The audit trigger
   * never records the hash, so this column is what puts a password change or reset in the audit log.
   */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  passwordChangedAt: Date | null;
}
