import { GATE_DECISIONS, type GateDecision } from '@rollout/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { PilotEntity } from '../pilots/pilot.entity.js';

/**
 * A gate decision on a pilot, kept as the program's decision log: append-only, never edited.
 * `recommendation` and `reasons` are what Rollout suggested at that moment.
 */
@Entity('decision')
@Index('ix_decision_program', ['programId', 'decidedAt'])
@Index('ix_decision_pilot', ['pilotId', 'decidedAt'])
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  pilotId: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id' })
  pilot: Relation<PilotEntity>;

  @Column('uuid')
  programId: string;

  @Column({ type: 'enum', enum: GATE_DECISIONS, enumName: 'gate_decision' })
  recommendation: GateDecision;

  @Column('text', { array: true, default: () => "'{}'" })
  reasons: string[];

  @Column({ type: 'enum', enum: GATE_DECISIONS, enumName: 'gate_decision' })
  decision: GateDecision;

  @Column('text', { default: '' })
  rationale: string;

  @Column('text', { default: '' })
  lessonsLearned: string;

  @Column('uuid')
  decidedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  decidedAt: Date;
}
