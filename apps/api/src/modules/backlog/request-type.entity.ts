import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** A kind of request a program's backlog takes, with its service levels (days from filing). */
@Entity('request_type')
@Index('uq_request_type_name', ['programId', 'name'], { unique: true })
@Check('ck_request_type_days', '"triage_days" > 0 AND "deliver_days" > 0')
export class RequestTypeEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 60 })
  name: string;

  @Column('integer')
  triageDays: number;

  @Column('integer')
  deliverDays: number;

  @Column('integer')
  position: number;
}
