import { METRIC_DIRECTIONS, METRIC_UNITS, SUCCESS_METRIC_KINDS, type MetricDirection, type MetricUnit, type SuccessMetricKind } from '@rollout/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { PilotEntity } from './pilot.entity.js';

/** A metric a pilot is judged on; `programId` is copied from the pilot so the audit log can file it. */
@Entity('success_metric')
@Index('ix_success_metric_pilot', ['pilotId', 'createdAt'])
// A guardrail may have no target (it only has to hold within its tolerance); a primary metric is judged on reaching one.
@Check('success_metric_primary_has_target', `"kind" <> 'primary' OR "target" IS NOT NULL`)
export class SuccessMetricEntity extends VersionedEntity {
  @Column('uuid')
  pilotId: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id' })
  pilot: Relation<PilotEntity>;

  @Column('uuid')
  programId: string;

  @Column('varchar', { length: 60, nullable: true })
  catalogKey: string | null;

  @Column('varchar', { length: 120 })
  name: string;

  @Column({ type: 'enum', enum: METRIC_UNITS, enumName: 'metric_unit' })
  unit: MetricUnit;

  @Column({ type: 'enum', enum: METRIC_DIRECTIONS, enumName: 'metric_direction' })
  direction: MetricDirection;

  @Column({ type: 'enum', enum: SUCCESS_METRIC_KINDS, enumName: 'success_metric_kind' })
  kind: SuccessMetricKind;

  @Column('double precision', { nullable: true })
  baseline: number | null;

  @Column('double precision', { nullable: true })
  target: number | null;

  @Column('double precision', { nullable: true })
  tolerance: number | null;

  @Column('double precision', { nullable: true })
  weight: number | null;
}
