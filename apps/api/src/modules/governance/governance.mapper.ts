import {
  describeSchedule,
  forumOccurrences,
  formatRecurrenceRule,
  isActionOverdue,
  meetingStatus,
  recurrenceRuleOf,
  type ForumSchedule,
  type OccurrenceChange,
} from '@rollout/domain';
import type { ActionItemEntity } from './action-item.entity.js';
import type { ForumEntity } from './forum.entity.js';
import type { ActionItemModel, ForumModel, ForumOccurrenceModel, MeetingModel } from './governance.model.js';
import type { MeetingEntity } from './meeting.entity.js';

export function scheduleOf(forum: ForumEntity): ForumSchedule {
  const { cadence, weekday, weekOfMonth, startsOn, startTime, timeZone, durationMinutes } = forum;
  return { cadence, weekday, weekOfMonth, startsOn, startTime, timeZone, durationMinutes };
}

/** The schedule's exceptions: occurrences cancelled or moved. */
export function changesOf(meetings: readonly MeetingEntity[]): OccurrenceChange[] {
  return meetings
    .filter((meeting) => meeting.cancelledReason !== null || meeting.moved)
    .map((meeting) => ({ occursOn: meeting.occursOn, cancelledReason: meeting.cancelledReason, movedTo: meeting.moved ? meeting.startsAt : null }));
}

export function toForumModel(forum: ForumEntity): ForumModel {
  const schedule = scheduleOf(forum);
  return {
    id: forum.id,
    version: forum.version,
    programId: forum.programId,
    name: forum.name,
    purpose: forum.purpose,
    ...schedule,
    schedule: describeSchedule(schedule),
    recurrenceRule: formatRecurrenceRule(recurrenceRuleOf(schedule)),
    attendeeIds: forum.attendeeIds,
  };
}

/** A forum's occurrences from `from` to `to`, each with its meeting record when it has one. */
export function toOccurrenceModels(forum: ForumEntity, meetings: readonly MeetingEntity[], from: Date, to: Date): ForumOccurrenceModel[] {
  const byDay = new Map(meetings.map((meeting) => [meeting.occursOn, meeting]));
  return forumOccurrences(scheduleOf(forum), changesOf(meetings), from, to).map((occurrence) => {
    const meeting = byDay.get(occurrence.occursOn);
    return {
      forumId: forum.id,
      forumName: forum.name,
      occursOn: occurrence.occursOn,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      timeZone: forum.timeZone,
      status: meeting ? meetingStatus(meeting) : 'scheduled',
      cancelledReason: occurrence.cancelledReason,
      moved: occurrence.moved,
      meetingId: meeting?.id ?? null,
      meetingVersion: meeting?.version ?? null,
    };
  });
}

export function toMeetingModel(meeting: MeetingEntity, forum: ForumEntity, agendaSince: Date | null): MeetingModel {
  return {
    id: meeting.id,
    version: meeting.version,
    programId: meeting.programId,
    forumId: meeting.forumId,
    occursOn: meeting.occursOn,
    startsAt: meeting.startsAt,
    endsAt: new Date(meeting.startsAt.getTime() + forum.durationMinutes * 60_000),
    moved: meeting.moved,
    status: meetingStatus(meeting),
    cancelledReason: meeting.cancelledReason,
    agendaSince,
    agendaGeneratedAt: meeting.agendaGeneratedAt,
    agenda: (meeting.agenda?.items ?? []).map((item) => ({ key: item.key, section: item.section, text: item.text, link: item.link, added: item.source === 'added' })),
    startedAt: meeting.startedAt,
    endedAt: meeting.endedAt,
    notes: meeting.notes,
    attendeeIds: meeting.attendeeIds,
  };
}

export function toActionItemModel(item: ActionItemEntity, today: string): ActionItemModel {
  const { id, version, programId, meetingId, title, dueOn, status, ownerId, subjectKind, subjectId } = item;
  return { id, version, programId, meetingId, title, dueOn, status, overdue: isActionOverdue(item, today), ownerId, subjectKind, subjectId };
}
