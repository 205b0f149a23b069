import { WAVE_UNIT_STAGES, type WaveUnitStage } from '@rollout/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { WaveUnitEntity } from './wave-unit.entity.js';

/** One move of a unit through the roll-out, with who made it, when and why; never changed. */
@Entity('wave_unit_move')
@Index('ix_wave_unit_move_unit', ['waveUnitId', 'movedAt'])
@Index('ix_wave_unit_move_program', ['programId', 'movedAt'])
export class WaveUnitMoveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orgId: string;

  @Column('uuid')
  waveUnitId: string;

  @ManyToOne(() => WaveUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'wave_unit_id' })
  waveUnit: Relation<WaveUnitEntity>;

  @Column('uuid')
  programId: string;

  @Column({ type: 'enum', enum: WAVE_UNIT_STAGES, enumName: 'wave_unit_stage' })
  fromStage: WaveUnitStage;

  @Column({ type: 'enum', enum: WAVE_UNIT_STAGES, enumName: 'wave_unit_stage' })
  toStage: WaveUnitStage;

  @Column('text', { default: '' })
  reason: string;

  /** Went live before ready, on the program manager's word. */
  @Column('boolean', { default: false })
  override: boolean;

  @Column('uuid')
  movedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'moved_by_id' })
  movedBy: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  movedAt: Date;
}
