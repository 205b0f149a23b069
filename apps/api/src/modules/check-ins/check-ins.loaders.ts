import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupInKeyOrder, LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import type { PilotModel } from '../pilots/pilot.model.js';
import { toCheckInModel } from './check-in.mapper.js';
import type { CheckInModel, PilotUnitReportModel } from './check-in.model.js';
import { CheckInsRepository } from './check-ins.repository.js';
import { CheckInsService } from './check-ins.service.js';

export const CHECK_INS_BY_PILOT = loaderKey<string, CheckInModel[]>('checkInsByPilot');
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
      () => new DataLoader(async (ids) => groupInKeyOrder(ids, await this.checkIns.byPilotIds(ids), (row) => row.pilotId, toCheckInModel)),
    );
    this.registry.register(UNIT_REPORTS_BY_PILOT, () => new DataLoader((pilots) => this.service.reportsByPilots(pilots), { cacheKeyFn: (pilot) => pilot.id }));
  }
}
