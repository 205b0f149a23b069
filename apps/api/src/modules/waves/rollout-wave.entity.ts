import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { RolloutPlanEntity } from './rollout-plan.entity.js';

/** A wave of the roll-out: a name and planned dates; its actual dates come from its units' moves. */
@Entity('rollout_wave')
@Index('ix_rollout_wave_plan', ['planId', 'plannedStart'])
export class RolloutWaveEntity extends VersionedEntity {
  @Column('uuid')
  planId: string;

  @ManyToOne(() => RolloutPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan: Relation<RolloutPlanEntity>;

  @Column('uuid')
  programId: string;

  @Column('varchar', { length: 120 })
  name: string;

  @Column('date')
  plannedStart: string;

  @Column('date')
  plannedEnd: string;
}
