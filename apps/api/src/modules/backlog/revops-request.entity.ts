import { APPROVAL_STATUSES, REQUEST_STATUSES, type ApprovalStatus, type RequestStatus } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ActivityEntity } from '../assessments/activity.entity.js';
import { MeetingDecisionEntity } from '../governance/meeting-decision.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { RequestTypeEntity } from './request-type.entity.js';

const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * A request to the program's RevOps backlog. Which team owns it is not stored: the design's
 * placement of its activity decides, so a placement that changes moves the request with it.
 */
@Entity('revops_request')
@Index('uq_revops_request_number', ['programId', 'number'], { unique: true })
@Index('ix_revops_request_program', ['programId', 'status'])
export class RevopsRequestEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  /** REQ-<number>, counted per program. */
  @Column('integer')
  number: number;

  @Column('uuid')
  typeId: string;

  @ManyToOne(() => RequestTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_id' })
  type: Relation<RequestTypeEntity>;

  /** The unit it is for. */
  @Column('uuid')
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity>;

  /** The catalog activity it touches; its placement decides the owning team. */
  @Column('uuid', { nullable: true })
  activityId: string | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'activity_id' })
  activity: Relation<ActivityEntity> | null;

  @Column('varchar', { length: 200 })
  problem: string;

  @Column('text', { default: '' })
  impact: string;

  @Column('date', { nullable: true })
  wishedOn: string | null;

  @Column({ type: 'enum', enum: REQUEST_STATUSES, enumName: 'request_status', default: 'new' })
  status: RequestStatus;

  @Column('uuid')
  filedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'filed_by_id' })
  filedBy: Relation<UserEntity>;

  @Column('numeric', { precision: 6, scale: 1, nullable: true, transformer: numeric })
  effortDays: number | null;

  @Column('integer', { nullable: true })
  reach: number | null;

  @Column('numeric', { precision: 4, scale: 2, nullable: true, transformer: numeric })
  impactScore: number | null;

  @Column('smallint', { nullable: true })
  confidence: number | null;

  @Column('smallint', { nullable: true })
  businessValue: number | null;

  @Column('smallint', { nullable: true })
  timeCriticality: number | null;

  @Column('smallint', { nullable: true })
  riskReduction: number | null;

  /** When the owning team first scored or declined it: the end of the triage service level. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  triagedAt: Date | null;

  /** The month it is planned in (its first day), once committed. */
  @Column('date', { nullable: true })
  plannedMonth: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;

  @Column('varchar', { length: 500, default: '' })
  declineReason: string;

  @Column('uuid', { nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => RevopsRequestEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto: Relation<RevopsRequestEntity> | null;

  /** The hub's decision on a request that changes a standard it is accountable for; null = not asked. */
  @Column({ type: 'enum', enum: APPROVAL_STATUSES, enumName: 'request_approval', nullable: true })
  approval: ApprovalStatus | null;

  @Column('uuid', { nullable: true })
  approvedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy: Relation<UserEntity> | null;

  @Column('varchar', { length: 500, default: '' })
  approvalNote: string;

  /** A forum decision that raised it to the top of its queue; null = ranked by its score. */
  @Column('uuid', { nullable: true })
  raisedByDecisionId: string | null;

  @ManyToOne(() => MeetingDecisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'raised_by_decision_id' })
  raisedByDecision: Relation<MeetingDecisionEntity> | null;
}
