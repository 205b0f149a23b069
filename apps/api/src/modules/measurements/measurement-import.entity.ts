import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { PilotEntity } from '../pilots/pilot.entity.js';

export const IMPORT_STATUSES = ['uploaded', 'running', 'committed', 'failed', 'interrupted'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * An uploaded measurement file and the progress of committing it. The file is kept until it is
 * committed so preview and commit read the same bytes; progress is written outside the import's
 * transaction so the browser can poll it.
 */
@Entity('measurement_import')
@Index('ix_measurement_import_pilot', ['pilotId', 'createdAt'])
export class MeasurementImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  pilotId: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id' })
  pilot: Relation<PilotEntity>;

  @Column('varchar', { length: 255 })
  fileName: string;

  @Column({ type: 'enum', enum: IMPORT_FORMATS, enumName: 'import_format' })
  format: ImportFormat;

  /** SHA-256 of the file, hex. */
  @Column('varchar', { length: 64 })
  sha256: string;

  @Column('bytea', { nullable: true })
  content: Buffer | null;

  @Column({ type: 'enum', enum: IMPORT_STATUSES, enumName: 'import_status', default: 'uploaded' })
  status: ImportStatus;

  @Column('integer', { default: 0 })
  rowsTotal: number;

  @Column('integer', { default: 0 })
  rowsProcessed: number;

  @Column('integer', { default: 0 })
  rowsWritten: number;

  @Column('integer', { default: 0 })
  rowsUnchanged: number;

  @Column('integer', { default: 0 })
  rowsSkipped: number;

  @Column('text', { nullable: true })
  failure: string | null;

  /** The API process writing a running import (host, pid and a per-start id). */
  @Column('varchar', { length: 200, nullable: true })
  leaseOwner: string | null;

  /** Until when that process holds the import; it renews this while it writes. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  leaseExpiresAt: Date | null;

  /** Who committed it last: the job writes its values with their permissions. */
  @Column('uuid', { nullable: true })
  committedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'committed_by_id' })
  committedBy: Relation<UserEntity> | null;

  /** The columns and the choice about invalid rows it was committed with, for the job (and a resumed one) to write. */
  @Column('jsonb', { nullable: true })
  commitPlan: { mapping: Record<'metric' | 'unit' | 'date' | 'value', string>; onlyValidRows: boolean } | null;

  @Column('uuid')
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
