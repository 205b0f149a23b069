import { DEFAULT_ADOPTION_WEEKS, type ReadinessWeights } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { PilotEntity } from '../pilots/pilot.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** A program's roll-out plan: made from the pilot decided to scale, with the adoption rule and readiness weights. */
@Entity('rollout_plan')
@Index('uq_rollout_plan_program', ['programId'], { unique: true })
export class RolloutPlanEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  /** The pilot decided *scale* whose metrics, lessons and model the waves carry. */
  @Column('uuid')
  pilotId: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pilot_id' })
  pilot: Relation<PilotEntity>;

  /** Weeks in a row with every primary metric met before a unit is proposed as adopted. */
  @Column('smallint', { default: DEFAULT_ADOPTION_WEEKS })
  adoptionWeeks: number;

  /** Written whole with the plan (the defaults first); no column default, which jsonb would store reformatted. */
  @Column('jsonb')
  readinessWeights: ReadinessWeights;
}
