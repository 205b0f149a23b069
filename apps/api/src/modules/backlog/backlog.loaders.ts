import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import type { RequesterModel } from './backlog.model.js';
import { BacklogRepository } from './backlog.repository.js';
import type { BacklogView } from './backlog.view.js';
import { BacklogViewsService } from './backlog-views.service.js';

export const BACKLOG_BY_PROGRAM = loaderKey<string, BacklogView>('backlogByProgram');
export const REQUESTERS_BY_REQUEST = loaderKey<string, RequesterModel[]>('requestersByRequest');

/** Registers the backlog feature's DataLoaders: a program's whole backlog is derived once per change (BacklogViewsService). */
@Injectable()
export class BacklogLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly backlog: BacklogRepository,
    private readonly views: BacklogViewsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(BACKLOG_BY_PROGRAM, () => new DataLoader(async (ids) => this.views.of(ids)));
    this.registry.register(
      REQUESTERS_BY_REQUEST,
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.backlog.requestersOf(ids);
          return ids.map((id) => rows.filter((row) => row.request_id === id).map((row) => ({ userId: row.user_id, name: row.user_name, unitId: row.unit_id, unitName: row.unit_name })));
        }),
    );
  }
}
