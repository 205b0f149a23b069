import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A program's RACI as a whole: whether it is final and which warnings were acknowledged when it
 * was marked so. Its version moves with every change to the matrix (cells, domains, roles), so
 * marking it final names the matrix the person validated. No row until the first change: until
 * then the program reads the default domains and roles (raci-defaults.ts).
 */
@Entity('raci_matrix')
@Index('uq_raci_matrix_program', ['programId'], { unique: true })
export class RaciMatrixEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('boolean', { default: false })
  final: boolean;

  /** Keys of the warnings acknowledged when it was marked final (kept on reopening, so they show as acknowledged while their situation lasts). */
  @Column('text', { array: true, default: () => "'{}'" })
  acknowledgedWarningKeys: string[];

  @Column('uuid', { nullable: true })
  markedFinalById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marked_final_by_id' })
  markedFinalBy: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  markedFinalAt: Date | null;
}
