import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/base.entity.js';
import { ActivityEntity } from '../assessments/activity.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';

/** A row of a program's RACI: a disputed decision domain, linked to the catalog activity whose placement its Accountable is compared with. */
@Entity('raci_domain')
@Index('uq_raci_domain_name', ['programId', 'name'], { unique: true })
@Index('ix_raci_domain_program', ['programId', 'position'])
export class RaciDomainEntity extends VersionedEntity {
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('varchar', { length: 120 })
  name: string;

  /** Null when it links to none; a removed activity unlinks it. */
  @Column('uuid', { nullable: true })
  activityId: string | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'activity_id' })
  activity: Relation<ActivityEntity> | null;

  @Column('integer')
  position: number;
}
