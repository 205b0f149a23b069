import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ActionItemStatus, AgendaLinkKind, AgendaSection, ForumCadence, MeetingStatus, SubjectKind, Weekday } from '@rollout/domain';
import { ActionItemStatusEnum, AgendaLinkKindEnum, AgendaSectionEnum, ForumCadenceEnum, MeetingStatusEnum, SubjectKindEnum, WeekdayEnum } from './governance.enums.js';

@ObjectType('Forum', { description: 'A recurring forum of a program’s operating rhythm.' })
export class ForumModel {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field(() => Int, { description: 'Its version, for updates (a stale one is refused with CONFLICT).' })
  version: number;

  programId: string;

  @Field({ description: 'Its name (2–120 characters).' })
  name: string;

  @Field({ description: 'What it is for.' })
  purpose: string;

  @Field(() => ForumCadenceEnum, { description: 'How often it meets.' })
  cadence: ForumCadence;

  @Field(() => WeekdayEnum, { description: 'The day of the week it meets.' })
  weekday: Weekday;

  @Field(() => Int, { nullable: true, description: 'For monthly, quarterly and yearly forums: the week of the month (1–4, or -1 for the last).' })
  weekOfMonth: number | null;

  @Field({ description: 'The first day it may meet, YYYY-MM-DD.' })
  startsOn: string;

  @Field({ description: 'HH:MM, wall clock in `timeZone`.' })
  startTime: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field(() => Int, { description: 'How long it lasts, in minutes.' })
  durationMinutes: number;

  @Field({ description: 'When it meets, in words: "Weekly on Monday at 09:00".' })
  schedule: string;

  @Field({ description: 'The schedule as an RFC 5545 RRULE value.' })
  recurrenceRule: string;

  /** Resolved to `attendees` by a field resolver. */
  attendeeIds: string[];
}

@ObjectType('ForumOccurrence', { description: 'A meeting of a forum in the calendar: scheduled, moved, cancelled, in progress or held.' })
export class ForumOccurrenceModel {
  @Field(() => ID, { description: 'The forum.' })
  forumId: string;

  @Field({ description: 'The forum’s name.' })
  forumName: string;

  @Field({ description: 'The day the schedule gives it, YYYY-MM-DD (forum’s time zone); it names the occurrence, moved or not.' })
  occursOn: string;

  @Field({ description: 'When it starts.' })
  startsAt: Date;

  @Field({ description: 'When it ends.' })
  endsAt: Date;

  @Field({ description: 'The forum’s time zone.' })
  timeZone: string;

  @Field(() => MeetingStatusEnum, { description: 'Where it stands.' })
  status: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Why it is cancelled.' })
  cancelledReason: string | null;

  @Field({ description: 'True when moved from its scheduled time.' })
  moved: boolean;

  @Field(() => ID, { nullable: true, description: 'The meeting’s record once prepared, cancelled or moved; null before.' })
  meetingId: string | null;

  @Field(() => Int, { nullable: true, description: 'The meeting record’s version, for changing it; null without one.' })
  meetingVersion: number | null;
}

@ObjectType('AgendaLink', { description: 'The record an agenda line is about.' })
export class AgendaLinkModel {
  @Field(() => AgendaLinkKindEnum, { description: 'What kind of record.' })
  kind: AgendaLinkKind;

  @Field({ description: 'Its id (for findings, the finding’s key).' })
  id: string;
}

@ObjectType('AgendaItem', { description: 'A line of a meeting’s agenda.' })
export class AgendaItemModel {
  @Field({ description: 'Stable key of the line.' })
  key: string;

  @Field(() => AgendaSectionEnum, { description: 'The group it sits in.' })
  section: AgendaSection;

  @Field({ description: 'Its wording.' })
  text: string;

  @Field(() => AgendaLinkModel, { nullable: true, description: 'The record it is about; null for a line added by hand.' })
  link: AgendaLinkModel | null;

  @Field({ description: 'True for a line someone added by hand.' })
  added: boolean;
}

@ObjectType('Subject', { description: 'What a decision or an action item concerns.' })
export class SubjectModel {
  @Field(() => SubjectKindEnum, { description: 'What kind of record.' })
  kind: SubjectKind;

  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field({ description: 'Its name as people read it.' })
  name: string;
}

@ObjectType('MeetingDecision', { description: 'A decision a forum took; it joins the program’s decision log.' })
export class MeetingDecisionModel {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field({ description: 'Its wording.' })
  title: string;

  @Field({ description: 'Why.' })
  rationale: string;

  @Field({ description: 'When it was decided.' })
  decidedAt: Date;

  /** Resolved to `decidedBy`. */
  decidedById: string;

  /** Resolved to `subject`. */
  subjectKind: SubjectKind | null;
  subjectId: string | null;
}

@ObjectType('ActionItem', { description: 'Something a forum asked someone to do by a day.' })
export class ActionItemModel {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field(() => Int, { description: 'Its version, for updates (a stale one is refused with CONFLICT).' })
  version: number;

  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field({ description: 'Its wording.' })
  title: string;

  @Field({ description: 'Due day, YYYY-MM-DD.' })
  dueOn: string;

  @Field(() => ActionItemStatusEnum, { description: 'Where it stands.' })
  status: ActionItemStatus;

  @Field({ description: 'Open and past its due day.' })
  overdue: boolean;

  /** Resolved to `owner`, `subject`, `meeting`, `viewerCanUpdate`. */
  ownerId: string;
  subjectKind: SubjectKind | null;
  subjectId: string | null;
}

@ObjectType('Meeting', { description: 'A meeting of a forum: its generated agenda, then its minutes.' })
export class MeetingModel {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field(() => Int, { description: 'Its version, for updates (a stale one is refused with CONFLICT).' })
  version: number;

  @Field(() => ID, { description: 'The program.' })
  programId: string;

  /** Resolved to `forum`. */
  forumId: string;

  @Field({ description: 'The day the schedule gives it, YYYY-MM-DD.' })
  occursOn: string;

  @Field({ description: 'When it starts.' })
  startsAt: Date;

  @Field({ description: 'When it ends.' })
  endsAt: Date;

  @Field({ description: 'True when moved from its scheduled time.' })
  moved: boolean;

  @Field(() => MeetingStatusEnum, { description: 'Where it stands.' })
  status: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Why it is cancelled; null unless cancelled.' })
  cancelledReason: string | null;

  @Field(() => Date, { nullable: true, description: 'The agenda covers what changed since then: the forum’s previous meeting.' })
  agendaSince: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the agenda was last generated from the program’s state.' })
  agendaGeneratedAt: Date | null;

  @Field(() => [AgendaItemModel], { description: 'The agenda in section order; frozen once the meeting starts.' })
  agenda: AgendaItemModel[];

  @Field(() => Date, { nullable: true, description: 'When it started; null until then.' })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ended; null until then.' })
  endedAt: Date | null;

  @Field({ description: 'The minutes’ notes.' })
  notes: string;

  /** Resolved to `attendees` (who was there). */
  attendeeIds: string[];
}

@ObjectType('CalendarFeed', { description: 'The signed-in user’s calendar feed: whether one exists, and its address right after it is made.' })
export class CalendarFeedModel {
  @Field(() => Date, { nullable: true, description: 'When the current address was made; null when there is none.' })
  createdAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The secret address; only in the answer that makes it, never again.' })
  url: string | null;
}
