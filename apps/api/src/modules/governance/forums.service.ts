import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { changeDaysFor, createForumSchema, DEFAULT_FORUMS, invalidField, isKnownTimeZone, localDate, parseId, parseInput, updateForumSchema, versionedIdSchema, type Actor } from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import { ForumEntity } from './forum.entity.js';
import type { AddDefaultForumsInput, CreateForumInput, UpdateForumInput } from './governance.input.js';
import { toForumModel, toOccurrenceModels } from './governance.mapper.js';
import type { ForumModel, ForumOccurrenceModel } from './governance.model.js';
import { GovernanceRepository } from './governance.repository.js';

/** The longest stretch one calendar read covers. */
export const MAX_CALENDAR_DAYS = 120;

/** A program's forums: setting them up and reading their calendar. */
@Injectable()
export class ForumsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly governance: GovernanceRepository,
  ) {}

  async create(actor: Actor, input: CreateForumInput): Promise<ForumModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'governance.manage');
      const { programId: _programId, ...fields } = parseInput(createForumSchema, input);
      await this.assertAttendees(em, actor, fields.attendeeIds);
      const [forum] = await this.governance.insertForums(em, [{ ...fields, orgId: actor.orgId, programId: program.id }]);
      if (!forum) throw new Error('The forum was not saved.');
      return toForumModel(forum);
    });
  }

  async update(actor: Actor, input: UpdateForumInput): Promise<ForumModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const forum = await this.loadForum(em, actor, parseId(input.id));
      const { id, expectedVersion, ...fields } = parseInput(updateForumSchema, input);
      await this.assertAttendees(em, actor, fields.attendeeIds);
      return toForumModel(await updateVersioned(em, ForumEntity, 'Forum', { id, orgId: actor.orgId, expectedVersion }, { ...fields, programId: forum.programId }));
    });
  }

  /** Removes a forum none of whose meetings started; one with minutes stays, with them. */
  async remove(actor: Actor, input: { id: string; expectedVersion: number }): Promise<boolean> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const forum = await this.loadForum(em, actor, parseId(input.id));
      const { expectedVersion } = parseInput(versionedIdSchema, input);
      if ((await this.governance.meetingsWithMinutes(em, forum.id)) > 0) throw invalidField('id', `${forum.name} has meetings with minutes: it stays, with them.`);
      const removed = await em.delete(ForumEntity, { id: forum.id, version: expectedVersion });
      if (removed.affected === 0) await updateVersioned(em, ForumEntity, 'Forum', { id: forum.id, orgId: actor.orgId, expectedVersion }, {});
      return true;
    });
  }

  /** Adds the default cadence's forums the program does not have yet (by name), meeting in `timeZone` from `startsOn`. */
  async addDefaults(actor: Actor, input: AddDefaultForumsInput): Promise<ForumModel[]> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'governance.manage');
      if (!isKnownTimeZone(input.timeZone)) throw invalidField('timeZone', 'Pick a time zone from the list (for example Europe/Berlin).');
      const startsOn = localDate.safeParse(input.startsOn);
      if (!startsOn.success) throw invalidField('startsOn', startsOn.error.issues[0]?.message ?? 'Use the format YYYY-MM-DD.');
      const existing = new Set((await em.findBy(ForumEntity, { programId: program.id })).map((forum) => forum.name.toLowerCase()));
      const missing = DEFAULT_FORUMS.filter((forum) => !existing.has(forum.name.toLowerCase()));
      await this.governance.insertForums(
        em,
        missing.map((forum) => ({ ...forum, orgId: actor.orgId, programId: program.id, startsOn: startsOn.data, timeZone: input.timeZone, attendeeIds: [program.ownerId] })),
      );
      return (await em.find(ForumEntity, { where: { programId: program.id }, order: { name: 'ASC' } })).map(toForumModel);
    });
  }

  /** Every forum's occurrences from `from` to `to`, by start. */
  async calendar(programId: string, from: Date, to: Date): Promise<ForumOccurrenceModel[]> {
    if (!(to > from)) throw invalidField('to', 'The end comes after the start.');
    if (to.getTime() - from.getTime() > MAX_CALENDAR_DAYS * 86_400_000) throw invalidField('to', `Ask for at most ${MAX_CALENDAR_DAYS} days at a time.`);
    const forums = await this.governance.forumsOfPrograms([programId]);
    const meetings = await this.governance.meetingsOfForums(forums.map((forum) => forum.id), changeDaysFor(from, to));
    return forums
      .flatMap((forum) => toOccurrenceModels(forum, meetings.filter((meeting) => meeting.forumId === forum.id), from, to))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.forumName.localeCompare(b.forumName));
  }

  private async loadForum(em: EntityManager, actor: Actor, id: string): Promise<ForumEntity> {
    const forum = await this.governance.findForum(actor.orgId, id, em);
    if (!forum) throw new NotFoundError('Forum', id);
    await loadActiveProgramFor(em, actor, forum.programId, 'governance.manage');
    return forum;
  }

  /** Attendees are active users of the caller's organization. */
  private async assertAttendees(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const [row] = await em.query<{ n: string }[]>(`SELECT count(*) AS n FROM app_user WHERE org_id = $1 AND id = ANY($2::uuid[]) AND active`, [actor.orgId, ids]);
    if (Number(row?.n) !== ids.length) throw invalidField('attendeeIds', 'Pick people with an active account.');
  }
}
