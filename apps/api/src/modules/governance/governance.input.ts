import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ActionItemStatus, ForumCadence, SubjectKind, Weekday } from '@rollout/domain';
import { ActionItemStatusEnum, ForumCadenceEnum, SubjectKindEnum, WeekdayEnum } from './governance.enums.js';

@InputType('ForumScheduleFields', { isAbstract: true })
class ForumFieldsInput {
  @Field({ description: 'Its name (2–120 characters).' })
  name: string;

  @Field({ description: 'What it is for (up to 1,000 characters).' })
  purpose: string;

  @Field(() => ForumCadenceEnum, { description: 'How often it meets.' })
  cadence: ForumCadence;

  @Field(() => WeekdayEnum, { description: 'The day of the week it meets.' })
  weekday: Weekday;

  @Field(() => Int, { nullable: true, description: 'For monthly, quarterly and yearly forums: 1–4, or -1 for the last; null for weekly ones.' })
  weekOfMonth: number | null;

  @Field({ description: 'The first day it may meet, YYYY-MM-DD.' })
  startsOn: string;

  @Field({ description: 'HH:MM, 24-hour, wall clock in `timeZone`.' })
  startTime: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field(() => Int, { description: '15 to 480 minutes.' })
  durationMinutes: number;

  @Field(() => [ID], { description: 'Who it invites (up to 60 people).' })
  attendeeIds: string[];
}

@InputType('CreateForumInput', { description: 'A new forum of a program; its leads and admins.' })
export class CreateForumInput extends ForumFieldsInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;
}

@InputType('UpdateForumInput', { description: 'A forum’s new fields (all of them).' })
export class UpdateForumInput extends ForumFieldsInput {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field(() => Int, { description: 'The version the caller saw; a stale one is refused with CONFLICT.' })
  expectedVersion: number;
}

@InputType('AddDefaultForumsInput', { description: 'Adds the default cadence’s forums a program does not have yet (by name).' })
export class AddDefaultForumsInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field({ description: 'The time zone they meet in.' })
  timeZone: string;

  @Field({ description: 'The first day they may meet, YYYY-MM-DD.' })
  startsOn: string;
}

@InputType('MeetingOccurrenceInput', { description: 'One occurrence of a forum, by the day its schedule gives it.' })
export class MeetingOccurrenceInput {
  @Field(() => ID, { description: 'The forum.' })
  forumId: string;

  @Field({ description: 'YYYY-MM-DD, a day the schedule falls on.' })
  occursOn: string;
}

@InputType('CancelMeetingInput', { description: 'Cancels one occurrence (a holiday, a clash), with a reason.' })
export class CancelMeetingInput extends MeetingOccurrenceInput {
  @Field({ description: 'Why (2–300 characters).' })
  reason: string;
}

@InputType('MoveMeetingInput', { description: 'Moves one occurrence to another time, within a month of its day.' })
export class MoveMeetingInput extends MeetingOccurrenceInput {
  @Field({ description: 'The new start.' })
  startsAt: Date;
}

@InputType('VersionedMeetingInput', { description: 'A meeting and the version the caller saw.' })
export class VersionedMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => Int, { description: 'The version the caller saw; a stale one is refused with CONFLICT.' })
  expectedVersion: number;
}

@InputType('AgendaLineInput', { description: 'A line to keep on the agenda, in order.' })
export class AgendaLineInput {
  @Field(() => String, { nullable: true, description: 'The line’s key; null for a new line.' })
  key: string | null;

  @Field({ description: 'Its wording (1–500 characters).' })
  text: string;
}

@InputType('UpdateMeetingAgendaInput', { description: 'The agenda as edited: the lines to keep, in order; generated lines left out are taken off.' })
export class UpdateMeetingAgendaInput extends VersionedMeetingInput {
  @Field(() => [AgendaLineInput], { description: 'The lines to keep, in order.' })
  items: AgendaLineInput[];
}

@InputType('UpdateMeetingMinutesInput', { description: 'Attendance and notes; a field left out is unchanged.' })
export class UpdateMeetingMinutesInput extends VersionedMeetingInput {
  @Field(() => [ID], { nullable: true, description: 'Who was there.' })
  attendeeIds?: string[];

  @Field({ nullable: true, description: 'The notes (up to 20,000 characters).' })
  notes?: string;
}

@InputType('SubjectInput', { description: 'What a decision or an action item concerns: a pilot, wave, unit or capability of the program.' })
export class SubjectInput {
  @Field(() => SubjectKindEnum, { description: 'What kind of record.' })
  kind: SubjectKind;

  @Field(() => ID, { description: 'Its id.' })
  id: string;
}

@InputType('RecordMeetingDecisionInput', { description: 'A decision the meeting took; it joins the program’s decision log.' })
export class RecordMeetingDecisionInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field({ description: 'The decision (3–200 characters).' })
  title: string;

  @Field({ description: 'Why (up to 2,000 characters).' })
  rationale: string;

  @Field(() => SubjectInput, { nullable: true, description: 'What it concerns (a pilot, wave, unit, capability or backlog request of the program); null for the program as a whole.' })
  subject: SubjectInput | null;

  @Field({ nullable: true, defaultValue: false, description: 'For a decision about a backlog request: raise it to the top of its team’s queue (the forum re-ranks).' })
  raiseToTop?: boolean;
}

@InputType('AddActionItemInput', { description: 'An action item the meeting hands out.' })
export class AddActionItemInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field({ description: 'What to do (3–300 characters).' })
  title: string;

  @Field(() => ID, { description: 'Who owns it: anyone but an executive.' })
  ownerId: string;

  @Field({ description: 'Due day, YYYY-MM-DD.' })
  dueOn: string;

  @Field(() => SubjectInput, { nullable: true, description: 'What it concerns (a pilot, wave, unit or capability of the program); null for the program as a whole.' })
  subject: SubjectInput | null;
}

@InputType('UpdateActionItemInput', { description: 'An action item’s new status, wording, owner or due day; a field left out is unchanged.' })
export class UpdateActionItemInput {
  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field(() => Int, { description: 'The version the caller saw; a stale one is refused with CONFLICT.' })
  expectedVersion: number;

  @Field({ nullable: true, description: 'Its wording.' })
  title?: string;

  @Field(() => ID, { nullable: true, description: 'Who owns it: anyone but an executive.' })
  ownerId?: string;

  @Field({ nullable: true, description: 'Due day, YYYY-MM-DD.' })
  dueOn?: string;

  @Field(() => ActionItemStatusEnum, { nullable: true, description: 'Where it stands.' })
  status?: ActionItemStatus;
}
