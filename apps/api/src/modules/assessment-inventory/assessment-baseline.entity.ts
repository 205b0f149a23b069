import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { UnitEntity } from '../units/unit.entity.js';

/** The value of a catalog KPI before the program changes anything: for one unit, or program-wide (no unit). */
@Entity('assessment_baseline')
// One baseline per program, metric and unit, and one program-wide (a unique index alone lets NULL units repeat).
@Index('uq_assessment_baseline_unit', ['programId', 'catalogKey', 'unitId'], { unique: true, where: 'unit_id IS NOT NULL' })
@Index('uq_assessment_baseline_program', ['programId', 'catalogKey'], { unique: true, where: 'unit_id IS NULL' })
export class AssessmentBaselineEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 60 })
  catalogKey: string;

  @Column('uuid', { nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity> | null;

  @Column('double precision')
  value: number;

  @Column('date')
  measuredOn: string;

  /** Where the value comes from ("Salesforce report, Q3"). */
  @Column('varchar', { length: 200 })
  dataSource: string;
}
