import { MEASUREMENT_SOURCES, type MeasurementSource } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { SuccessMetricEntity } from '../pilots/success-metric.entity.js';

/**
 * One value of a success metric in one unit on one day. Corrections update the row; the audit
 * trigger keeps every earlier value with who changed it.
 */
@Entity('measurement')
@Index('uq_measurement_metric_unit_date', ['metricId', 'unitId', 'date'], { unique: true })
@Index('ix_measurement_pilot', ['pilotId', 'metricId', 'date'])
export class MeasurementEntity extends VersionedEntity {
  @Column('uuid')
  metricId: string;

  @ManyToOne(() => SuccessMetricEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'metric_id' })
  metric: Relation<SuccessMetricEntity>;

  @Column('uuid')
  pilotId: string;

  @Column('uuid')
  programId: string;

  @Column('uuid')
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity>;

  @Column('date')
  date: string;

  @Column('double precision')
  value: number;

  @Column({ type: 'enum', enum: MEASUREMENT_SOURCES, enumName: 'measurement_source' })
  source: MeasurementSource;

  @Column('uuid')
  enteredById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entered_by_id' })
  enteredBy: Relation<UserEntity>;

  /** The import that last wrote the value, if any. */
  @Column('uuid', { nullable: true })
  importId: string | null;
}
