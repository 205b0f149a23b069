import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { today } from '../../common/time/today.js';
import type { RequesterModel } from './backlog.model.js';
import { BacklogRepository } from './backlog.repository.js';
import { buildBacklogView, type BacklogView } from './backlog.view.js';

export const BACKLOG_BY_PROGRAM = loaderKey<string, BacklogView>('backlogByProgram');
export const REQUESTERS_BY_REQUEST = loaderKey<string, RequesterModel[]>('requestersByRequest');

/** Registers the backlog feature's DataLoaders: a program's whole backlog is derived once per request. */
@Injectable()
export class BacklogLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly backlog: BacklogRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(BACKLOG_BY_PROGRAM, () => new DataLoader(async (ids) => (await this.backlog.recordsFor(ids)).map((records) => buildBacklogView(records, today()))));
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
