import { Module } from '@nestjs/common';
import { PilotsModule } from '../pilots/pilots.module.js';
import { RolloutPlanEntity } from './rollout-plan.entity.js';
import { RolloutViewService } from './rollout-view.service.js';
import { RolloutWaveEntity } from './rollout-wave.entity.js';
import { WaveUnitMoveEntity } from './wave-unit-move.entity.js';
import { WaveUnitEntity } from './wave-unit.entity.js';
import { WavesLoaders } from './waves.loaders.js';
import { WavesRepository } from './waves.repository.js';
import { ProgramRolloutPlanResolver, WaveUnitResolver, WavesResolver } from './waves.resolver.js';
import { WavesService } from './waves.service.js';

/** Scale: the roll-out plan, its waves, each unit's stage, readiness and metrics there, progress and forecast. */
@Module({ imports: [PilotsModule], providers: [WavesRepository, RolloutViewService, WavesService, WavesLoaders, WavesResolver, WaveUnitResolver, ProgramRolloutPlanResolver], exports: [WavesRepository] })
export class WavesModule {
  static readonly entities = [RolloutPlanEntity, RolloutWaveEntity, WaveUnitEntity, WaveUnitMoveEntity];
}
