import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProgramEntity } from '../programs/program.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A program manager's reminder to a unit to fill its rows of the assessment. Recorded so it shows in
 * the program's history; sending it to people is the notification system's job (not built yet).
 */
@Entity('assessment_reminder')
@Index('ix_assessment_reminder_program', ['programId', 'sentAt'])
export class AssessmentReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('uuid')
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<UnitEntity>;

  @Column('uuid')
  sentById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sent_by_id' })
  sentBy: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  sentAt: Date;
}
