import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Columns every editable business row has: uuid key, organization, version and timestamps. */
export abstract class VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  /** Optimistic-concurrency version; updates must name the version they saw. */
  @VersionColumn({ default: 1 })
  version: number;

  // Millisecond precision so the value survives a round-trip through a JS Date (list cursors).
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
