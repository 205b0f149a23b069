import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { isoWeekStart } from '@rollout/domain';
import { groupInKeyOrder, LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { today } from '../../common/time/today.js';
import type { PilotModel } from '../pilots/pilot.model.js';
import { toCheckInModel } from './check-in.mapper.js';
import type { CheckInModel, PilotUnitReportModel } from './check-in.model.js';
import { CheckInsRepository } from './check-ins.repository.js';
import { CheckInsService } from './check-ins.service.js';

/** A pilot's check-ins, newest first: its latest `first`, or all of them when null. */
export const CHECK_INS_BY_PILOT = loaderKey<{ pilotId: string; first: number | null }, CheckInModel[], string>('checkInsByPilot');
export const CHECK_IN_COUNT_BY_PILOT = loaderKey<string, number>('checkInCountByPilot');
/** Each pilot unit's latest check-in before the current week (what a new check-in is compared with). */
export const PREVIOUS_CHECK_INS_BY_PILOT = loaderKey<string, CheckInModel[]>('previousCheckInsByPilot');
export const UNIT_REPORTS_BY_PILOT = loaderKey<PilotModel, PilotUnitReportModel[], string>('unitReportsByPilot');

/** Registers the check-ins feature's DataLoaders. */
@Injectable()
export class CheckInsLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly checkIns: CheckInsRepository,
    private readonly service: CheckInsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      CHECK_INS_BY_PILOT,
      () =>
        new DataLoader(
          async (keys) => {
            // One statement per distinct page size asked for (usually one).
            const pages = new Map<string, CheckInModel[]>();
            for (const first of new Set(keys.map((key) => key.first))) {
              const ids = keys.filter((key) => key.first === first).map((key) => key.pilotId);
              const rows = first === null ? await this.checkIns.byPilotIds(ids) : await this.checkIns.newestOfPilots(ids, first);
              groupInKeyOrder(ids, rows, (row) => row.pilotId, toCheckInModel).forEach((group, i) => pages.set(`${ids[i]}|${first}`, group));
            }
            return keys.map((key) => pages.get(`${key.pilotId}|${key.first}`) ?? []);
          },
          { cacheKeyFn: (key) => `${key.pilotId}|${key.first}` },
        ),
    );
    this.registry.register(CHECK_IN_COUNT_BY_PILOT, () => new DataLoader(async (ids) => {
      const counts = new Map((await this.checkIns.countsOfPilots(ids)).map((row) => [row.pilotId, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }));
    this.registry.register(
      PREVIOUS_CHECK_INS_BY_PILOT,
      () => new DataLoader(async (ids) => groupInKeyOrder(ids, await this.checkIns.latest(ids, isoWeekStart(today())), (row) => row.pilotId, toCheckInModel)),
    );
    this.registry.register(UNIT_REPORTS_BY_PILOT, () => new DataLoader((pilots) => this.service.reportsByPilots(pilots), { cacheKeyFn: (pilot) => pilot.id }));
  }
}
