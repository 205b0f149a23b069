import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { SubjectKind } from '@rollout/domain';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { today } from '../../common/time/today.js';
import type { ActionItemEntity } from './action-item.entity.js';
import { toActionItemModel, toForumModel } from './governance.mapper.js';
import type { ActionItemModel, ForumModel, MeetingDecisionModel } from './governance.model.js';
import { GovernanceRepository, subjectKey } from './governance.repository.js';

export const FORUMS_BY_PROGRAM = loaderKey<string, ForumModel[]>('forumsByProgram');
export const DECISIONS_BY_MEETING = loaderKey<string, MeetingDecisionModel[]>('decisionsByMeeting');
export const ACTION_ITEMS_BY_MEETING = loaderKey<string, ActionItemModel[]>('actionItemsByMeeting');
export const SUBJECT_NAME = loaderKey<{ kind: SubjectKind; id: string }, string | null, string>('subjectName');

function groupBy<T, K extends keyof T>(rows: readonly T[], key: K): Map<T[K], T[]> {
  const groups = new Map<T[K], T[]>();
  for (const row of rows) groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
  return groups;
}

/** Registers the governance feature's DataLoaders. */
@Injectable()
export class GovernanceLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly governance: GovernanceRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(FORUMS_BY_PROGRAM, () => new DataLoader(async (ids) => {
      const byProgram = groupBy(await this.governance.forumsOfPrograms(ids), 'programId');
      return ids.map((id) => (byProgram.get(id) ?? []).map(toForumModel));
    }));
    this.registry.register(DECISIONS_BY_MEETING, () => new DataLoader(async (ids) => {
      const byMeeting = groupBy(await this.governance.decisionsOfMeetings(ids), 'meetingId');
      return ids.map((id) => byMeeting.get(id) ?? []);
    }));
    this.registry.register(ACTION_ITEMS_BY_MEETING, () => new DataLoader(async (ids) => {
      const now = today();
      const byMeeting = groupBy<ActionItemEntity, 'meetingId'>(await this.governance.actionItemsOfMeetings(ids), 'meetingId');
      return ids.map((id) => (byMeeting.get(id) ?? []).map((item) => toActionItemModel(item, now)));
    }));
    this.registry.register(SUBJECT_NAME, () => new DataLoader(async (keys) => {
      const names = await this.governance.subjectNames(keys);
      return keys.map((key) => names.get(subjectKey(key.kind, key.id)) ?? null);
    }, { cacheKeyFn: (key) => subjectKey(key.kind, key.id) }));
  }
}
