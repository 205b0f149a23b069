import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addActionItemSchema, applyPatch, assertNotArchived, can, DomainError, invalidField, parseId, parseInput, recordMeetingDecisionSchema, reminderOf, updateActionItemSchema, type Actor, type SubjectKind } from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { today } from '../../common/time/today.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { programAccess } from '../programs/program-access.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { ActionItemEntity } from './action-item.entity.js';
import type { AddActionItemInput, RecordMeetingDecisionInput, UpdateActionItemInput } from './governance.input.js';
import { toActionItemModel } from './governance.mapper.js';
import type { ActionItemModel, MeetingModel } from './governance.model.js';
import { GovernanceRepository } from './governance.repository.js';
import { MeetingsService } from './meetings.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { BacklogRepository } from '../backlog/backlog.repository.js';

/** The decisions a meeting takes and the action items it hands out, and their follow-up. */
@Injectable()
export class MinutesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly governance: GovernanceRepository,
    private readonly meetings: MeetingsService,
    private readonly inbox: NotificationsService,
    private readonly backlog: BacklogRepository,
  ) {}

  /** Records a decision of a started meeting; it joins the program's decision log. */
  async recordDecision(actor: Actor, input: RecordMeetingDecisionInput): Promise<MeetingModel> {
    return this.meetings.forMinutes(actor, input.meetingId, async (em, meeting) => {
      const { title, rationale, subject, raiseToTop } = parseInput(recordMeetingDecisionSchema, input);
      await this.assertSubject(em, meeting.programId, subject);
      const decision = await this.governance.insertDecision(em, { orgId: actor.orgId, meetingId: meeting.id, programId: meeting.programId, title, rationale, subjectKind: subject?.kind ?? null, subjectId: subject?.id ?? null, decidedById: actor.id });
      if (raiseToTop && subject && !(await this.backlog.raiseToTop(em, subject.id, decision.id))) throw invalidField('raiseToTop', 'Only an open request is raised to the top of its queue.');
    });
  }

  /** Hands out an action item; it shows on its owner's "This week" until done or dropped. */
  async addActionItem(actor: Actor, input: AddActionItemInput): Promise<MeetingModel> {
    return this.meetings.forMinutes(actor, input.meetingId, async (em, meeting) => {
      const { title, ownerId, dueOn, subject } = parseInput(addActionItemSchema, input);
      await this.assertOwner(em, actor, ownerId);
      await this.assertSubject(em, meeting.programId, subject);
      const item = await this.governance.insertActionItem(em, { orgId: actor.orgId, meetingId: meeting.id, programId: meeting.programId, title, ownerId, dueOn, subjectKind: subject?.kind ?? null, subjectId: subject?.id ?? null });
      // The owner hears of it the moment it commits (not when they hand it to themselves).
      if (ownerId !== actor.id) {
        const forum = await this.governance.findForum(actor.orgId, meeting.forumId, em);
        const reminder = reminderOf.actionAssigned({ id: item.id, title, dueOn, forumName: forum?.name ?? 'a meeting', programId: meeting.programId, meetingId: meeting.id });
        await this.inbox.tell(em, reminder, { orgId: actor.orgId, programId: meeting.programId, userIds: [ownerId] });
      }
    });
  }

  /** Its owner or the program's leads update an action item: status, wording, owner, due day. */
  async updateActionItem(actor: Actor, input: UpdateActionItemInput): Promise<ActionItemModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const item = await this.governance.findActionItem(actor.orgId, parseId(input.id), em);
      if (!item) throw new NotFoundError('Action item', input.id);
      const program = await em.findOne(ProgramEntity, { where: { id: item.programId }, lock: { mode: 'pessimistic_write' } });
      if (!program) throw new NotFoundError('Program', item.programId);
      if (!can(actor, 'action_item.update', { program: await programAccess(em, program), ownerId: item.ownerId })) throw new DomainError('FORBIDDEN', 'You do not have permission to do this.');
      assertNotArchived({ archived: program.archivedAt !== null });
      const { title, ownerId, dueOn, status } = item;
      const { id, expectedVersion, ...next } = parseInput(updateActionItemSchema, applyPatch({ title, ownerId, dueOn, status }, input, []));
      if (next.ownerId !== item.ownerId) await this.assertOwner(em, actor, next.ownerId ?? item.ownerId);
      return toActionItemModel(await updateVersioned(em, ActionItemEntity, 'Action item', { id, orgId: actor.orgId, expectedVersion }, next), today());
    });
  }

  /** A program's action items, open ones first by due day. */
  async ofProgram(programId: string, openOnly: boolean, first: number): Promise<ActionItemModel[]> {
    const now = today();
    return (await this.governance.actionItemsOfProgram(programId, openOnly, checkFirst(first))).map((item) => toActionItemModel(item, now));
  }

  /** The signed-in user's open action items, by due day. */
  async mine(actor: Actor, first: number): Promise<ActionItemModel[]> {
    const now = today();
    return (await this.governance.openActionItemsOwnedBy(actor.orgId, actor.id, checkFirst(first))).map((item) => toActionItemModel(item, now));
  }

  /** An owner is an active person of the organization who may update the item: not an executive, who only reads. */
  private async assertOwner(em: EntityManager, actor: Actor, ownerId: string): Promise<void> {
    const [owner] = await em.query<{ role: string; active: boolean }[]>(`SELECT role, active FROM app_user WHERE id = $1 AND org_id = $2`, [ownerId, actor.orgId]);
    if (!owner?.active) throw invalidField('ownerId', 'Pick a person with an active account.');
    if (owner.role === 'executive') throw invalidField('ownerId', 'Executives read Rollout and cannot update an action item: pick someone who will do it.');
  }

  private async assertSubject(em: EntityManager, programId: string, subject: { kind: SubjectKind; id: string } | null): Promise<void> {
    if (subject && !(await this.governance.subjectBelongs(em, programId, subject.kind, subject.id))) throw invalidField('subject', `Pick a ${subject.kind} of this program.`);
  }
}

/** The most action items one list returns. */
export const MAX_ACTION_ITEMS = 100;

function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_ACTION_ITEMS) throw invalidField('first', `Ask for 1 to ${MAX_ACTION_ITEMS} action items.`);
  return first;
}
