import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors/app-error.js';
import { today } from '../../common/time/today.js';
import { recordOfKey, VersionedCache } from '../../common/versioned-cache.js';
import { toRolloutPlanModel } from './waves.mapper.js';
import type { RolloutPlanModel } from './waves.model.js';
import { WavesRepository } from './waves.repository.js';

/** How many roll-out views one process keeps (its latest version each): every program in Scale of a few large organizations (85 wave units' view is about 100 kB). */
const ROLLOUT_VIEW_CACHE_SIZE = 200;

/**
 * A program's roll-out view as read outside a write (the Scale tab, a unit's drawer, a meeting's
 * agenda), kept by the versions of everything it is built from and the day: a dozen statements and
 * the readiness, metrics and forecast of every unit, computed once per change instead of per read.
 * Shared by every reader: never mutated. Writes answer with the view read in their own transaction.
 */
@Injectable()
export class RolloutViewService {
  private readonly cache = new VersionedCache<RolloutPlanModel>(ROLLOUT_VIEW_CACHE_SIZE, recordOfKey);

  constructor(private readonly waves: WavesRepository) {}

  /** The program's roll-out view today; null without a plan. */
  async of(programId: string): Promise<RolloutPlanModel | null> {
    // The version is read before the rows: a write landing in between costs a recomputation, never a stale view.
    const version = await this.waves.viewVersion(programId);
    if (version === undefined) return null;
    const day = today();
    const [view] = await this.cache.getAll([`${programId}|${version}|${day}`], async () => {
      const records = await this.waves.recordsOf(programId);
      return [records ? toRolloutPlanModel(records, day) : new NotFoundError('Roll-out plan', programId)];
    });
    if (view instanceof Error) throw view;
    return view ?? null;
  }
}
