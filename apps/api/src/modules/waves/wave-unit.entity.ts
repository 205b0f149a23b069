import { WAVE_UNIT_STAGES, type ChecklistItem, type WaveUnitStage } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { RolloutWaveEntity } from './rollout-wave.entity.js';

/**
 * A unit in a roll-out wave: its stage there, its readiness (checklist, people trained, sponsor) and
 * its own baseline per success metric, copied when it joined. One per plan and unit.
 */
@Entity('wave_unit')
@Index('uq_wave_unit_plan_unit', ['planId', 'unitId'], { unique: true })
@Index('ix_wave_unit_wave', ['waveId'])
export class WaveUnitEntity extends VersionedEntity {
  @Column('uuid')
  waveId: string;

  @ManyToOne(() => RolloutWaveEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'wave_id' })
  wave: Relation<RolloutWaveEntity>;

  @Column('uuid')
  planId: string;

  @Column('uuid')
  programId: string;

  @Column('uuid')
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity>;

  @Column({ type: 'enum', enum: WAVE_UNIT_STAGES, enumName: 'wave_unit_stage', default: 'not_started' })
  stage: WaveUnitStage;

  /** Blocked: the stage it was blocked from (unblocking returns there). */
  @Column({ type: 'enum', enum: WAVE_UNIT_STAGES, enumName: 'wave_unit_stage', nullable: true })
  blockedFrom: WaveUnitStage | null;

  @Column('jsonb', { default: () => `'[]'` })
  checklist: ChecklistItem[];

  @Column('integer', { default: 0 })
  peopleInScope: number;

  @Column('integer', { default: 0 })
  peopleTrained: number;

  @Column('varchar', { length: 120, default: '' })
  sponsorName: string;

  /** The unit's own baseline per success metric id (null where it has none). */
  @Column('jsonb', { default: () => `'{}'` })
  baselines: Record<string, number | null>;
}
