import { RAG_STATUSES, type RagStatus } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { PilotEntity } from '../pilots/pilot.entity.js';

/** A pilot unit's weekly check-in; one per unit and week, resubmitting updates it. */
@Entity('check_in')
@Index('uq_check_in_pilot_unit_week', ['pilotId', 'unitId', 'weekStart'], { unique: true })
@Index('ix_check_in_unit_week', ['unitId', 'weekStart'])
@Index('ix_check_in_program_week', ['programId', 'weekStart'])
export class CheckInEntity extends VersionedEntity {
  @Column('uuid')
  pilotId: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id' })
  pilot: Relation<PilotEntity>;

  @Column('uuid')
  programId: string;

  @Column('uuid')
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity>;

  @Column('date')
  weekStart: string;

  @Column({ type: 'enum', enum: RAG_STATUSES, enumName: 'rag_status' })
  status: RagStatus;

  @Column('smallint')
  confidence: number;

  @Column('text', { default: '' })
  highlights: string;

  @Column('text', { default: '' })
  blockers: string;

  @Column('text', { default: '' })
  asksForHelp: string;

  @Column('text', { default: '' })
  commentary: string;

  @Column('uuid')
  submittedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy: Relation<UserEntity>;

  @Column('date')
  submittedOn: string;
}
