import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  agendaFrozenReason,
  buildAgenda,
  changeDaysFor,
  cancelMeetingSchema,
  DomainError,
  editAgenda,
  invalidField,
  isScheduledDay,
  MAX_MOVE_DAYS,
  meetingOccurrenceSchema,
  meetingStatus,
  minutesClosedReason,
  moveMeetingSchema,
  parseId,
  parseInput,
  PREVIOUS_MEETING_LOOK_BACK_DAYS,
  previousOccurrence,
  refreshAgenda,
  updateAgendaSchema,
  updateMinutesSchema,
  zonedInstant,
  type Actor,
  type AgendaFacts,
} from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadActiveProgramFor, type ProgramLock } from '../programs/program-access.js';
import type { ForumEntity } from './forum.entity.js';
import type { CancelMeetingInput, MeetingOccurrenceInput, MoveMeetingInput, UpdateMeetingAgendaInput, UpdateMeetingMinutesInput, VersionedMeetingInput } from './governance.input.js';
import { changesOf, scheduleOf, toMeetingModel } from './governance.mapper.js';
import type { MeetingModel } from './governance.model.js';
import { GovernanceRepository } from './governance.repository.js';
import { MeetingEntity } from './meeting.entity.js';

/** Reads what the program's state says a meeting should look at (the resolver binds it to the request's loaders). */
export type AgendaFactsReader = (programId: string, since: Date, meetingDay: string) => Promise<AgendaFacts>;

/** How far back a forum's first meeting looks, having no previous meeting. */
const FIRST_MEETING_LOOK_BACK_DAYS = 28;
const DAY_MS = 86_400_000;
const MEETING = 'Meeting';

/** A meeting's life: prepared with a generated agenda, edited, cancelled or moved, started (agenda frozen), held. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly governance: GovernanceRepository,
  ) {}

  async get(actor: Actor, id: string): Promise<MeetingModel> {
    const meeting = await this.governance.findMeeting(actor.orgId, parseId(id));
    if (!meeting) throw new NotFoundError(MEETING, id);
    return this.view(this.dataSource.manager, meeting);
  }

  /**
   * The meeting of an occurrence, made on first open with its agenda generated from the program's
   * state since the forum's previous meeting; opening it again changes nothing.
   */
  async prepare(actor: Actor, input: MeetingOccurrenceInput, readFacts: AgendaFactsReader): Promise<MeetingModel> {
    // Checked before reading the program's state (outside the write), and again inside it.
    const forum = await this.permittedForum(this.dataSource.manager, actor, input.forumId, 'none');
    const { forumId, occursOn } = parseInput(meetingOccurrenceSchema, input);
    assertScheduled(forum, occursOn);
    const existing = await this.governance.findOccurrence(this.dataSource.manager, forum.id, occursOn);
    if (existing?.agenda) return this.view(this.dataSource.manager, existing);
    const startsAt = existing?.startsAt ?? zonedInstant(occursOn, forum.startTime, forum.timeZone);
    const since = await this.agendaSince(this.dataSource.manager, forum, startsAt);
    const generated = buildAgenda(await readFacts(forum.programId, since, occursOn), occursOn);
    return writeTransaction(this.dataSource, actor, async (em) => {
      await this.permittedForum(em, actor, forumId);
      const agenda = { items: generated, dismissedKeys: [] };
      // Two leads opening the same meeting at once: the unique occurrence keeps one row, and an agenda already there stays.
      await em
        .createQueryBuilder()
        .insert()
        .into(MeetingEntity)
        .values({ orgId: actor.orgId, forumId: forum.id, programId: forum.programId, occursOn, startsAt, agenda, agendaGeneratedAt: new Date() })
        .orIgnore()
        .execute();
      await em.query(`UPDATE meeting SET agenda = $2, agenda_generated_at = now(), version = version + 1 WHERE forum_id = $1 AND occurs_on = $3 AND agenda IS NULL`, [forum.id, agenda, occursOn]);
      return this.view(em, await this.occurrenceRow(em, forum.id, occursOn));
    });
  }

  /** Reads the program's state again: new facts join, resolved ones leave, edits and added lines stay. */
  async refreshAgenda(actor: Actor, input: VersionedMeetingInput, readFacts: AgendaFactsReader): Promise<MeetingModel> {
    const current = await this.governance.findMeeting(actor.orgId, parseId(input.meetingId, 'meetingId'));
    if (!current) throw new NotFoundError(MEETING, input.meetingId);
    await loadActiveProgramFor(this.dataSource.manager, actor, current.programId, 'governance.manage', {}, 'none');
    const forum = await this.forumOf(this.dataSource.manager, current);
    const since = await this.agendaSince(this.dataSource.manager, forum, current.startsAt);
    const generated = buildAgenda(await readFacts(current.programId, since, current.occursOn), current.occursOn);
    return this.change(actor, input, (em, meeting) => {
      this.assertAgendaOpen(meeting);
      return { agenda: refreshAgenda(meeting.agenda ?? { items: [], dismissedKeys: [] }, generated), agendaGeneratedAt: new Date() };
    });
  }

  async updateAgenda(actor: Actor, input: UpdateMeetingAgendaInput): Promise<MeetingModel> {
    return this.change(actor, input, (_em, meeting) => {
      const { items } = parseInput(updateAgendaSchema, input);
      this.assertAgendaOpen(meeting);
      return { agenda: editAgenda(meeting.agenda ?? { items: [], dismissedKeys: [] }, items, randomUUID) };
    });
  }

  /** Starts the meeting: its agenda is frozen and its minutes open. */
  async start(actor: Actor, input: VersionedMeetingInput): Promise<MeetingModel> {
    return this.change(actor, input, (_em, meeting) => {
      this.assertAgendaOpen(meeting);
      if (!meeting.agenda) throw new DomainError('BAD_USER_INPUT', 'Open the meeting to prepare its agenda first.');
      return { startedAt: new Date() };
    });
  }

  async end(actor: Actor, input: VersionedMeetingInput): Promise<MeetingModel> {
    return this.change(actor, input, (_em, meeting) => {
      if (meetingStatus(meeting) !== 'in_progress') throw new DomainError('BAD_USER_INPUT', 'Only a meeting in progress can end.');
      return { endedAt: new Date() };
    });
  }

  /** Cancels an occurrence that has not started (a holiday, a clash); the calendar and the feed show it cancelled. */
  async cancel(actor: Actor, input: CancelMeetingInput): Promise<MeetingModel> {
    return this.onOccurrence(actor, input, (meeting) => {
      const { reason } = parseInput(cancelMeetingSchema, input);
      if (meeting.startedAt) throw new DomainError('BAD_USER_INPUT', 'This meeting has started: it cannot be cancelled.');
      return { cancelledReason: reason };
    });
  }

  /** Puts a cancelled occurrence back on the calendar. */
  async reinstate(actor: Actor, input: VersionedMeetingInput): Promise<MeetingModel> {
    return this.change(actor, input, (_em, meeting) => {
      if (meeting.cancelledReason === null) throw new DomainError('BAD_USER_INPUT', 'This meeting is not cancelled.');
      return { cancelledReason: null };
    });
  }

  /** Moves an occurrence that has not started to another time within a month of its day. */
  async move(actor: Actor, input: MoveMeetingInput): Promise<MeetingModel> {
    return this.onOccurrence(actor, input, (meeting, forum) => {
      const { occursOn, startsAt } = parseInput(moveMeetingSchema, input);
      if (meeting.startedAt) throw new DomainError('BAD_USER_INPUT', 'This meeting has started: it cannot be moved.');
      const scheduled = zonedInstant(occursOn, forum.startTime, forum.timeZone);
      if (Math.abs(startsAt.getTime() - scheduled.getTime()) > MAX_MOVE_DAYS * DAY_MS) throw invalidField('startsAt', `Move it by at most ${MAX_MOVE_DAYS} days; cancel it otherwise.`);
      return { startsAt, moved: startsAt.getTime() !== scheduled.getTime() };
    });
  }

  async updateMinutes(actor: Actor, input: UpdateMeetingMinutesInput): Promise<MeetingModel> {
    return this.change(actor, input, async (em, meeting) => {
      const { attendeeIds, notes } = parseInput(updateMinutesSchema, input);
      this.assertMinutesOpen(meeting);
      if (attendeeIds && attendeeIds.length > 0) {
        const [row] = await em.query<{ n: string }[]>(`SELECT count(*) AS n FROM app_user WHERE org_id = $1 AND id = ANY($2::uuid[])`, [actor.orgId, attendeeIds]);
        if (Number(row?.n) !== attendeeIds.length) throw invalidField('attendeeIds', 'Pick people of your organization.');
      }
      return { ...(attendeeIds ? { attendeeIds } : {}), ...(notes !== undefined ? { notes } : {}) };
    });
  }

  /** Throws unless minutes can be kept: the meeting started and is not cancelled. */
  assertMinutesOpen(meeting: MeetingEntity): void {
    const closed = minutesClosedReason(meetingStatus(meeting));
    if (closed) throw new DomainError('BAD_USER_INPUT', closed);
  }

  /** Locks the meeting's program, checks the caller leads it, and answers with the meeting as it now reads. */
  async forMinutes<T>(actor: Actor, meetingId: string, work: (em: EntityManager, meeting: MeetingEntity) => Promise<T>): Promise<MeetingModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const meeting = await this.loadMeeting(em, actor, parseId(meetingId, 'meetingId'));
      this.assertMinutesOpen(meeting);
      await work(em, meeting);
      return this.view(em, meeting);
    });
  }

  async view(em: EntityManager, meeting: MeetingEntity): Promise<MeetingModel> {
    const forum = await this.forumOf(em, meeting);
    return toMeetingModel(meeting, forum, await this.agendaSince(em, forum, meeting.startsAt));
  }

  private async change(actor: Actor, input: VersionedMeetingInput, work: (em: EntityManager, meeting: MeetingEntity) => Partial<MeetingEntity> | Promise<Partial<MeetingEntity>>): Promise<MeetingModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const meeting = await this.loadMeeting(em, actor, parseId(input.meetingId, 'meetingId'));
      const changes = await work(em, meeting);
      const updated = await updateVersioned(em, MeetingEntity, MEETING, { id: meeting.id, orgId: actor.orgId, expectedVersion: input.expectedVersion }, changes);
      return this.view(em, updated);
    });
  }

  /** Changes an occurrence, making its row first when nothing happened to it yet. */
  private async onOccurrence(actor: Actor, input: MeetingOccurrenceInput, work: (meeting: MeetingEntity, forum: ForumEntity) => Partial<MeetingEntity>): Promise<MeetingModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const forum = await this.permittedForum(em, actor, input.forumId);
      const { occursOn } = parseInput(meetingOccurrenceSchema, input);
      assertScheduled(forum, occursOn);
      await em
        .createQueryBuilder()
        .insert()
        .into(MeetingEntity)
        .values({ orgId: actor.orgId, forumId: forum.id, programId: forum.programId, occursOn, startsAt: zonedInstant(occursOn, forum.startTime, forum.timeZone) })
        .orIgnore()
        .execute();
      const meeting = await this.occurrenceRow(em, forum.id, occursOn);
      const updated = await updateVersioned(em, MeetingEntity, MEETING, { id: meeting.id, orgId: actor.orgId, expectedVersion: meeting.version }, work(meeting, forum));
      return this.view(em, updated);
    });
  }

  private assertAgendaOpen(meeting: MeetingEntity): void {
    const frozen = agendaFrozenReason(meetingStatus(meeting));
    if (frozen) throw new DomainError('BAD_USER_INPUT', frozen);
  }

  /** Loads a forum for its program's leads (permission before any other rule). */
  private async permittedForum(em: EntityManager, actor: Actor, forumId: string, lock: ProgramLock = 'lock'): Promise<ForumEntity> {
    const forum = await this.governance.findForum(actor.orgId, parseId(forumId, 'forumId'), em);
    if (!forum) throw new NotFoundError('Forum', forumId);
    await loadActiveProgramFor(em, actor, forum.programId, 'governance.manage', {}, lock);
    return forum;
  }

  private async occurrenceRow(em: EntityManager, forumId: string, occursOn: string): Promise<MeetingEntity> {
    const meeting = await this.governance.findOccurrence(em, forumId, occursOn);
    if (!meeting) throw new NotFoundError(MEETING, `${forumId}/${occursOn}`);
    return meeting;
  }

  private async loadMeeting(em: EntityManager, actor: Actor, id: string): Promise<MeetingEntity> {
    const meeting = await this.governance.findMeeting(actor.orgId, id, em);
    if (!meeting) throw new NotFoundError(MEETING, id);
    await loadActiveProgramFor(em, actor, meeting.programId, 'governance.manage');
    return meeting;
  }

  private async forumOf(em: EntityManager, meeting: MeetingEntity): Promise<ForumEntity> {
    const forum = await this.governance.findForum(meeting.orgId, meeting.forumId, em);
    if (!forum) throw new NotFoundError('Forum', meeting.forumId);
    return forum;
  }

  /** The previous meeting's start (cancelled ones skipped), or four weeks back for a forum's first. */
  private async agendaSince(em: EntityManager, forum: ForumEntity, startsAt: Date): Promise<Date> {
    const lookBack = new Date(startsAt.getTime() - PREVIOUS_MEETING_LOOK_BACK_DAYS * DAY_MS);
    const changes = changesOf(await this.governance.meetingsOfForums([forum.id], changeDaysFor(lookBack, startsAt), em));
    return previousOccurrence(scheduleOf(forum), changes, startsAt)?.startsAt ?? new Date(startsAt.getTime() - FIRST_MEETING_LOOK_BACK_DAYS * DAY_MS);
  }
}

/** A meeting is prepared, moved or cancelled only on a day its forum's schedule gives. */
function assertScheduled(forum: ForumEntity, occursOn: string): void {
  if (!isScheduledDay(scheduleOf(forum), occursOn)) throw invalidField('occursOn', `${forum.name} does not meet on ${occursOn}.`);
}
