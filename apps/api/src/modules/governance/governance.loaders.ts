import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { SubjectKind } from '@rollout/domain';
import DataLoader from 'dataloader';
import { groupInKeyOrder, LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { today } from '../../common/time/today.js';
import { toActionItemModel, toForumModel } from './governance.mapper.js';
import type { ActionItemModel, ForumModel, MeetingDecisionModel } from './governance.model.js';
import { GovernanceRepository, subjectKey } from './governance.repository.js';

export const FORUMS_BY_PROGRAM = loaderKey<string, ForumModel[]>('forumsByProgram');
export const DECISIONS_BY_MEETING = loaderKey<string, MeetingDecisionModel[]>('decisionsByMeeting');
export const ACTION_ITEMS_BY_MEETING = loaderKey<string, ActionItemModel[]>('actionItemsByMeeting');
export const SUBJECT_NAME = loaderKey<{ kind: SubjectKind; id: string }, string | null, string>('subjectName');

/** Registers the governance feature's DataLoaders. */
@Injectable()
export class GovernanceLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly governance: GovernanceRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(FORUMS_BY_PROGRAM, () => new DataLoader(async (ids) => groupInKeyOrder(ids, await this.governance.forumsOfPrograms(ids), (forum) => forum.programId, toForumModel)));
    this.registry.register(DECISIONS_BY_MEETING, () => new DataLoader(async (ids) => groupInKeyOrder(ids, await this.governance.decisionsOfMeetings(ids), (decision) => decision.meetingId, (decision) => decision)));
    this.registry.register(ACTION_ITEMS_BY_MEETING, () => new DataLoader(async (ids) => {
      const now = today();
      return groupInKeyOrder(ids, await this.governance.actionItemsOfMeetings(ids), (item) => item.meetingId, (item) => toActionItemModel(item, now));
    }));
    this.registry.register(SUBJECT_NAME, () => new DataLoader(async (keys) => {
      const names = await this.governance.subjectNames(keys);
      return keys.map((key) => names.get(subjectKey(key.kind, key.id)) ?? null);
    }, { cacheKeyFn: (key) => subjectKey(key.kind, key.id) }));
  }
}
