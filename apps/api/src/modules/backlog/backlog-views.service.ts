import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrgVersionedProgramCache } from '../../common/org-versioned-program-cache.js';
import { BacklogRepository } from './backlog.repository.js';
import { buildBacklogView, type BacklogView } from './backlog.view.js';

/** How many programs' backlogs one process keeps (its latest version each): a backlog of 300 requests is about half a megabyte. */
const BACKLOG_CACHE_SIZE = 100;

/**
 * Programs' backlogs as read outside a write (the backlog tab, its plan, a request's drawer): each
 * derived once per change to its organization's data and day, shared by every reader (never
 * mutated). Writes derive the backlog in their own transaction.
 */
@Injectable()
export class BacklogViewsService {
  private readonly views: OrgVersionedProgramCache<BacklogView>;

  constructor(
    private readonly backlog: BacklogRepository,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.views = new OrgVersionedProgramCache(dataSource, BACKLOG_CACHE_SIZE);
  }

  /** The programs' backlogs today, in key order. */
  async of(programIds: readonly string[]): Promise<BacklogView[]> {
    return this.views.getAll(programIds, async (missing, day) => (await this.backlog.recordsFor(missing)).map((records) => buildBacklogView(records, day)));
  }
}
