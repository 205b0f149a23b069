import type { DesignSnapshot } from '@rollout/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProgramEntity } from '../programs/program.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A version of a program's target design. The highest number is the current one: a draft (changed
 * in place through the design's tables) until it is signed off, then frozen with a snapshot of what
 * was signed. A program without a row is at version 1, a draft. Sign-offs join the decision log.
 */
@Entity('design_version')
@Index('uq_design_version_number', ['programId', 'number'], { unique: true })
export class DesignVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('integer')
  number: number;

  /** What the steering committee signed, names included; null while a draft. */
  @Column('jsonb', { nullable: true })
  snapshot: DesignSnapshot | null;

  /** Who agreed and on what terms. */
  @Column('text', { default: '' })
  note: string;

  @Column('uuid', { nullable: true })
  signedOffById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_off_by_id' })
  signedOffBy: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  signedOffAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
