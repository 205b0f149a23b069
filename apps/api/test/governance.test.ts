import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/time/today.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aCheckIn, aPilot } from './factories/pilot.factory.js';
import { createTestApp, dataOf, errorCode, gql, type TestApp } from './support/test-app.js';
import { shiftDays } from '@rollout/domain';

const FORUM = `id version name cadence schedule recurrenceRule timeZone attendees { name }`;
const MEETING = `id version status occursOn startsAt agendaSince agenda { key section text link { kind id } added } notes attendees { name }
  decisions { title subject { kind name } decidedBy { name } } actionItems { id version title status dueOn overdue owner { name } subject { name } } viewerCanManage`;
const CREATE_FORUM = `mutation($input: CreateForumInput!) { createForum(input: $input) { ${FORUM} } }`;
const DEFAULTS = `mutation($input: AddDefaultForumsInput!) { addDefaultForums(input: $input) { ${FORUM} } }`;
const CALENDAR = `query($id: ID!, $from: DateTime!, $to: DateTime!) { program(id: $id) { viewerCanRunForums meetings(from: $from, to: $to) { forumName occursOn startsAt status cancelledReason moved meetingId } } }`;
const meetingMutation = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { ${MEETING} } }`;
const PREPARE = meetingMutation('prepareMeeting', 'MeetingOccurrenceInput');
const EDIT_AGENDA = meetingMutation('updateMeetingAgenda', 'UpdateMeetingAgendaInput');
const REFRESH = meetingMutation('refreshMeetingAgenda', 'VersionedMeetingInput');
const START = meetingMutation('startMeeting', 'VersionedMeetingInput');
const MINUTES = meetingMutation('updateMeetingMinutes', 'UpdateMeetingMinutesInput');
const DECIDE = meetingMutation('recordMeetingDecision', 'RecordMeetingDecisionInput');
const ACTION = meetingMutation('addActionItem', 'AddActionItemInput');
const CANCEL = meetingMutation('cancelMeeting', 'CancelMeetingInput');
const MOVE = meetingMutation('moveMeeting', 'MoveMeetingInput');
const UPDATE_ACTION = `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id version status overdue } }`;
const MINE = `query { myActionItems { title dueOn program { name } viewerCanUpdate } }`;
const LOG = `query($id: ID!) { program(id: $id) { decisionLog(first: 10) { nodes { kind title pilot { name } } } } }`;
const HISTORY = `query($id: ID!) { recordHistory(recordType: program, recordId: $id, first: 50) { summary } }`;
const FEED = `mutation { createCalendarFeed { url createdAt } }`;

interface Meeting {
  id: string;
  version: number;
  status: string;
  agendaSince: string;
  agenda: { key: string; section: string; text: string; link: { kind: string; id: string } | null; added: boolean }[];
  decisions: { title: string; subject: { kind: string; name: string } | null; decidedBy: { name: string } }[];
  actionItems: { id: string; version: number; title: string; status: string; dueOn: string; overdue: boolean; owner: { name: string }; subject: { name: string } | null }[];
  attendees: { name: string }[];
  notes: string;
}

const data = dataOf;

/** The Monday of the week `days` from today, as the forum's weekly day. */
const mondayIn = (days: number) => {
  const day = shiftDays(today(), days);
  const offset = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return shiftDays(day, -offset);
};

describe('governance: forums, agendas, minutes, action items and the calendar feed', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  /** A program with a running pilot: UK reported red last week, Ireland never checked in; the pilot ends within the gate window. */
  async function programWithState() {
    const { org, users } = team;
    const program = await aProgram(app.dataSource, org.id, users.manager.id, { phase: 'pilot' });
    const uk = await aUnit(app.dataSource, org.id, { name: 'UK', parentId: team.region.id });
    const ireland = await aUnit(app.dataSource, org.id, { name: 'Ireland', parentId: team.region.id });
    for (const unit of [uk, ireland]) await aProgramUnit(app.dataSource, org.id, program.id, unit.id);
    const pilot = await aPilot(app.dataSource, org.id, program.id, { name: 'UK routing', unitIds: [uk.id, ireland.id], status: 'running', startDate: shiftDays(today(), -60), endDate: shiftDays(today(), 10) });
    // Submitted yesterday, so on any day of the week it is recent (a check-in dated its Monday would be stale from Tuesday on).
    await aCheckIn(app.dataSource, pilot, uk.id, users.partner.id, { weekStart: mondayIn(-7), submittedOn: shiftDays(today(), -1), status: 'red', blockers: 'Routing rules missing in the CRM' });
    return { program, pilot, uk, ireland };
  }

  const weeklyForum = (programId: string, startsOn: string) => ({
    programId,
    name: 'Pipeline review',
    purpose: 'Walk the pipeline.',
    cadence: 'weekly',
    weekday: 'MO',
    weekOfMonth: null,
    startsOn,
    startTime: '09:00',
    timeZone: 'Europe/Berlin',
    durationMinutes: 45,
    attendeeIds: [team.users.manager.id, team.users.partner.id],
  });

  it('sets up forums for the program’s leads only, from the default cadence too, and lays out their calendar', async () => {
    const { program } = await programWithState();
    const { manager, partner, executive } = team.agents;
    const input = weeklyForum(program.id, mondayIn(-14));
    for (const agent of [partner, executive]) expect(errorCode(await gql(agent, CREATE_FORUM, { input }))).toBe('FORBIDDEN');
    const refused = await gql(manager, CREATE_FORUM, { input: { ...input, weekOfMonth: 2, timeZone: 'Mars/Olympus' } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect((refused.errors?.[0]?.extensions?.fieldErrors as { field: string }[]).map((error) => error.field).sort()).toEqual(['timeZone', 'weekOfMonth']);

    const forum = data(await gql<{ createForum: { schedule: string; recurrenceRule: string; attendees: { name: string }[] } }>(manager, CREATE_FORUM, { input })).createForum;
    expect(forum).toMatchObject({ schedule: 'Weekly on Monday at 09:00', recurrenceRule: 'FREQ=WEEKLY;BYDAY=MO' });
    expect(forum.attendees).toHaveLength(2);
    const all = data(await gql<{ addDefaultForums: { name: string; cadence: string }[] }>(manager, DEFAULTS, { input: { programId: program.id, timeZone: 'Europe/Berlin', startsOn: mondayIn(-14) } })).addDefaultForums;
    // The program had a pipeline review already: the defaults add the other seven.
    expect(all).toHaveLength(8);
    expect(all.filter((f) => f.name === 'Pipeline review')).toHaveLength(1);

    const from = new Date(`${mondayIn(0)}T00:00:00Z`);
    const to = new Date(from.getTime() + 7 * 86_400_000);
    const calendar = data(await gql<{ program: { viewerCanRunForums: boolean; meetings: { forumName: string; status: string }[] } }>(executive, CALENDAR, { id: program.id, from, to })).program;
    expect(calendar.viewerCanRunForums).toBe(false);
    // A week holds each weekly forum once.
    expect(calendar.meetings.map((m) => m.forumName).filter((name) => ['Pipeline review', 'Forecast call', 'Tactical systems sync'].includes(name)).sort()).toEqual(['Forecast call', 'Pipeline review', 'Tactical systems sync']);
    expect(errorCode(await gql(executive, CALENDAR, { id: program.id, from, to: new Date(from.getTime() + 200 * 86_400_000) }))).toBe('BAD_USER_INPUT');
  });

  it('generates the agenda from the program’s state, lets leads edit it until the meeting starts, then keeps minutes, decisions and action items', async () => {
    const { program, pilot } = await programWithState();
    const { manager, partner, executive } = team.agents;
    const forum = data(await gql<{ createForum: { id: string } }>(manager, CREATE_FORUM, { input: weeklyForum(program.id, mondayIn(-21)) })).createForum;
    const occursOn = mondayIn(0);
    expect(errorCode(await gql(partner, PREPARE, { input: { forumId: forum.id, occursOn } }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(manager, PREPARE, { input: { forumId: forum.id, occursOn: shiftDays(occursOn, 1) } }))).toBe('BAD_USER_INPUT');

    let meeting = data(await gql<{ prepareMeeting: Meeting }>(manager, PREPARE, { input: { forumId: forum.id, occursOn } })).prepareMeeting;
    expect(meeting.status).toBe('scheduled');
    // The previous Monday's meeting is where "since" starts.
    expect(meeting.agendaSince.slice(0, 10)).toBe(shiftDays(occursOn, -7));
    expect(meeting.agenda.map((item) => [item.section, item.text])).toEqual([
      ['red', 'UK reports red in UK routing: Routing rules missing in the CRM'],
      ['stale', 'Ireland has no check-in yet (UK routing)'],
      ['gates', expect.stringMatching(/^UK routing ends on .*: prepare its gate review$/)],
    ]);
    expect(meeting.agenda[0]?.link).toEqual({ kind: 'pilot', id: pilot.id });
    // Opening it again changes nothing.
    expect(data(await gql<{ prepareMeeting: Meeting }>(manager, PREPARE, { input: { forumId: forum.id, occursOn } })).prepareMeeting.version).toBe(meeting.version);

    const [red, stale, gate] = meeting.agenda;
    meeting = data(
      await gql<{ updateMeetingAgenda: Meeting }>(manager, EDIT_AGENDA, {
        input: { meetingId: meeting.id, expectedVersion: meeting.version, items: [{ key: red?.key, text: 'UK is red: routing rules' }, { key: gate?.key, text: gate?.text }, { key: null, text: 'Enablement budget' }] },
      }),
    ).updateMeetingAgenda;
    expect(meeting.agenda.map((item) => item.text)).toEqual(['UK is red: routing rules', gate?.text, 'Enablement budget']);
    expect(errorCode(await gql(manager, EDIT_AGENDA, { input: { meetingId: meeting.id, expectedVersion: meeting.version - 1, items: [] } }))).toBe('CONFLICT');
    // A refresh keeps the edits and leaves the line taken off (Ireland) off.
    meeting = data(await gql<{ refreshMeetingAgenda: Meeting }>(manager, REFRESH, { input: { meetingId: meeting.id, expectedVersion: meeting.version } })).refreshMeetingAgenda;
    expect(meeting.agenda.map((item) => item.text)).toEqual(['UK is red: routing rules', gate?.text, 'Enablement budget']);
    expect(meeting.agenda.some((item) => item.key === stale?.key)).toBe(false);

    expect((await gql(manager, DECIDE, { input: { meetingId: meeting.id, title: 'Too early', rationale: '', subject: null } })).errors?.[0]?.message).toBe('Start the meeting to take its minutes.');
    meeting = data(await gql<{ startMeeting: Meeting }>(manager, START, { input: { meetingId: meeting.id, expectedVersion: meeting.version } })).startMeeting;
    expect(meeting.status).toBe('in_progress');
    expect((await gql(manager, EDIT_AGENDA, { input: { meetingId: meeting.id, expectedVersion: meeting.version, items: [] } })).errors?.[0]?.message).toBe('The meeting has started: its agenda is frozen.');

    meeting = data(await gql<{ updateMeetingMinutes: Meeting }>(manager, MINUTES, { input: { meetingId: meeting.id, expectedVersion: meeting.version, attendeeIds: [team.users.manager.id], notes: 'Routing is the blocker.' } })).updateMeetingMinutes;
    expect(meeting.notes).toBe('Routing is the blocker.');
    meeting = data(await gql<{ recordMeetingDecision: Meeting }>(manager, DECIDE, { input: { meetingId: meeting.id, title: 'Extend UK routing by two weeks', rationale: 'Routing rules land next week.', subject: { kind: 'pilot', id: pilot.id } } })).recordMeetingDecision;
    expect(meeting.decisions).toEqual([{ title: 'Extend UK routing by two weeks', subject: { kind: 'pilot', name: 'UK routing' }, decidedBy: { name: team.users.manager.name } }]);
    const otherPilot = await aPilot(app.dataSource, team.org.id, (await aProgram(app.dataSource, team.org.id, team.users.manager.id)).id, { unitIds: [] });
    expect((await gql(manager, DECIDE, { input: { meetingId: meeting.id, title: 'Elsewhere', rationale: '', subject: { kind: 'pilot', id: otherPilot.id } } })).errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'subject', message: 'Pick a pilot of this program.' }]);

    const actionInput = { meetingId: meeting.id, title: 'Write the routing rules', dueOn: shiftDays(today(), -1), subject: { kind: 'pilot', id: pilot.id } };
    expect((await gql(manager, ACTION, { input: { ...actionInput, ownerId: team.users.executive.id } })).errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'ownerId', message: 'Executives read Rollout and cannot update an action item: pick someone who will do it.' },
    ]);
    meeting = data(await gql<{ addActionItem: Meeting }>(manager, ACTION, { input: { ...actionInput, ownerId: team.users.partner.id } })).addActionItem;
    const [action] = meeting.actionItems;
    expect(action).toMatchObject({ title: 'Write the routing rules', status: 'open', overdue: true, owner: { name: team.users.partner.name }, subject: { name: 'UK routing' } });

    // The owner sees it on "This week" and closes it; an executive cannot.
    const mine = data(await gql<{ myActionItems: { title: string; program: { name: string }; viewerCanUpdate: boolean }[] }>(partner, MINE)).myActionItems;
    expect(mine.find((item) => item.title === 'Write the routing rules')).toMatchObject({ program: { name: program.name }, viewerCanUpdate: true });
    expect(errorCode(await gql(executive, UPDATE_ACTION, { input: { id: action?.id, expectedVersion: action?.version, status: 'done' } }))).toBe('FORBIDDEN');
    const done = data(await gql<{ updateActionItem: { status: string; overdue: boolean } }>(partner, UPDATE_ACTION, { input: { id: action?.id, expectedVersion: action?.version, status: 'done' } })).updateActionItem;
    expect(done).toEqual({ id: action?.id, version: (action?.version ?? 0) + 1, status: 'done', overdue: false });
    expect(data(await gql<{ myActionItems: { title: string }[] }>(partner, MINE)).myActionItems.some((item) => item.title === 'Write the routing rules')).toBe(false);

    // The decision is in the program's decision log; the history tells the story in words.
    const log = data(await gql<{ program: { decisionLog: { nodes: { kind: string; title: string; pilot: { name: string } | null }[] } } }>(executive, LOG, { id: program.id })).program.decisionLog.nodes;
    expect(log[0]).toEqual({ kind: 'forum_decision', title: 'Extend UK routing by two weeks', pilot: { name: 'UK routing' } });
    const history = data(await gql<{ recordHistory: { summary: string }[] }>(executive, HISTORY, { id: program.id })).recordHistory.map((entry) => entry.summary);
    expect(history).toEqual(
      expect.arrayContaining([
        'completed the action item Write the routing rules',
        'recorded the decision Extend UK routing by two weeks: Rationale: “Routing rules land next week.”',
        expect.stringMatching(/^updated the minutes of Pipeline review of .*: added .* as an attendee; changed the notes to “Routing is the blocker.”$/),
        expect.stringMatching(/^started the meeting Pipeline review of /),
        expect.stringMatching(/^set up the forum Pipeline review: .*Cadence: Weekly/),
      ]),
    );
  });

  it('cancels and moves occurrences, and serves each attendee a calendar feed that calendar apps read back', async () => {
    const { program } = await programWithState();
    const { manager, partner } = team.agents;
    const forum = data(await gql<{ createForum: { id: string } }>(manager, CREATE_FORUM, { input: weeklyForum(program.id, mondayIn(-7)) })).createForum;
    const holiday = mondayIn(7);
    const moved = mondayIn(14);
    data(await gql(manager, CANCEL, { input: { forumId: forum.id, occursOn: holiday, reason: 'Public holiday' } }));
    const newStart = new Date(`${shiftDays(moved, 1)}T13:00:00Z`);
    data(await gql(manager, MOVE, { input: { forumId: forum.id, occursOn: moved, startsAt: newStart } }));
    expect(errorCode(await gql(manager, MOVE, { input: { forumId: forum.id, occursOn: mondayIn(21), startsAt: new Date(Date.now() + 90 * 86_400_000) } }))).toBe('BAD_USER_INPUT');

    const created = data(await gql<{ createCalendarFeed: { url: string } }>(partner, FEED)).createCalendarFeed;
    const path = new URL(created.url).pathname;
    const res = await app.agent().get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const calendar = ICAL.Component.fromString(res.text);
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)).filter((event) => event.summary === 'Pipeline review');
    const byDay = new Map(events.map((event) => [event.uid.split('-').slice(-3).join('-').replace('@rollout', ''), event]));
    // 09:00 in Berlin, whatever the season, and the exceptions as the calendar shows them.
    const regular = byDay.get(mondayIn(0));
    expect(regular?.startDate.toJSDate().toLocaleTimeString('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' })).toBe('09:00');
    expect(byDay.get(holiday)?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byDay.get(moved)?.startDate.toJSDate().toISOString()).toBe(newStart.toISOString());

    // A new address revokes the old one.
    data(await gql(partner, FEED));
    expect((await app.agent().get(path)).status).toBe(404);
  });
});
