import { PROGRAM_MEMBER_ROLES, type ProgramMemberRole } from '@rollout/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { ProgramEntity } from './program.entity.js';

/** A user's role in one program; leads manage it with the owner. */
@Entity('program_member')
@Index('ix_program_member_user', ['userId'])
export class ProgramMemberEntity {
  @PrimaryColumn('uuid')
  programId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @Column('uuid')
  orgId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'enum', enum: PROGRAM_MEMBER_ROLES, enumName: 'program_member_role' })
  role: ProgramMemberRole;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
