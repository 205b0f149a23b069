import { WEBHOOK_FORMATS, type WebhookFormat } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** Where a program's reminders are posted (Slack, Teams or any JSON endpoint), signed with the webhook's secret. */
@Entity('webhook')
@Index('ix_webhook_program', ['programId'])
export class WebhookEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 120 })
  name: string;

  @Column('varchar', { length: 2000 })
  url: string;

  @Column({ type: 'enum', enum: WEBHOOK_FORMATS, enumName: 'webhook_format' })
  format: WebhookFormat;

  /** The HMAC key: shown once when made, never answered again. */
  @Column('varchar', { length: 100 })
  secret: string;

  @Column('boolean', { default: true })
  active: boolean;
}
