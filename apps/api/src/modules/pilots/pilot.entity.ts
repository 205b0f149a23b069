import { PILOT_STATUSES, type PilotStatus } from '@rollout/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/**
 * A time-boxed trial of the target model in some units of a program. Unit, comparison-unit and
 * steering-member ids are arrays on the row: they change together with the pilot's version, and
 * the service checks they exist in the organization.
 */
@Entity('pilot')
@Index('ix_pilot_program', ['programId'])
export class PilotEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 120 })
  name: string;

  @Column('text')
  hypothesis: string;

  @Column('uuid', { array: true })
  unitIds: string[];

  @Column('uuid', { array: true, default: () => "'{}'" })
  comparisonUnitIds: string[];

  @Column('date')
  startDate: string;

  @Column('date')
  endDate: string;

  @Column('uuid', { array: true, default: () => "'{}'" })
  steeringMemberIds: string[];

  /**
   * Catalog activities the pilot changes. An id array like the units: tags change with the pilot's
   * version; the service checks they are the program's, and removing a tagged activity is refused
   * (both under the program's row lock).
   */
  @Column('uuid', { array: true, default: () => "'{}'" })
  activityIds: string[];

  @Column({ type: 'enum', enum: PILOT_STATUSES, enumName: 'pilot_status', default: 'planned' })
  status: PilotStatus;
}
