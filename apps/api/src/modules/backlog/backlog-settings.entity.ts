import { FRAMEWORKS, type Framework } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** How a program runs its RevOps backlog: the prioritisation framework, the capacity basis, the inbound webhook. */
@Entity('backlog_settings')
@Index('uq_backlog_settings_program', ['programId'], { unique: true })
export class BacklogSettingsEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column({ type: 'enum', enum: FRAMEWORKS, enumName: 'prioritisation_framework', default: 'rice' })
  framework: Framework;

  /** The days a person of a team gives to backlog work in a month (the rest is run work). */
  @Column('numeric', { precision: 4, scale: 1, default: 12, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  focusDaysPerPersonMonth: number;

  /** The key that signs requests filed through the inbound webhook (HMAC, like outgoing webhooks); null = none. Never answered after it is made. */
  @Column('varchar', { length: 100, nullable: true })
  inboundSecret: string | null;
}
