import { expect } from 'vitest';
import { gql } from '../support/test-app.js';
import { CALLERS, EVERYONE, field, PROGRAM_MANAGERS, recordIs, removed, type Case, type RestCase, type World } from './world.js';

/** Govern: the program's leads (and admins) run its forums and meetings; an action item's owner updates it; everyone reads. */

// Forums below meet on Mondays from 2026-01-05; 2026-03-02 is one of their days.
const MONDAY = '2026-03-02';
const forumInput = { name: 'Forecast call', purpose: '', cadence: 'weekly', weekday: 'MO', weekOfMonth: null, startsOn: '2026-01-05', startTime: '16:00', timeZone: 'Europe/Berlin', durationMinutes: 30, attendeeIds: [] };

/** A weekly forum of a fresh program of the manager. */
async function aForum(w: World) {
  const program = await w.program();
  const [forum] = await w.app.dataSource.query<{ id: string }[]>(
    `INSERT INTO forum (org_id, program_id, name, cadence, weekday, starts_on, start_time, time_zone, duration_minutes) VALUES ($1, $2, 'Pipeline review', 'weekly', 'MO', '2026-01-05', '09:00', 'Europe/Berlin', 45) RETURNING id`,
    [w.org.id, program.id],
  );
  return { programId: program.id, forumId: forum?.id ?? '' };
}

/** A meeting of such a forum on MONDAY, prepared (with an agenda line), started, or cancelled. */
async function aMeeting(w: World, state: 'prepared' | 'started' | 'cancelled') {
  const { programId, forumId } = await aForum(w);
  const agenda = { items: [{ key: 'other:one', section: 'other', text: 'Budget', link: null, source: 'added' }], dismissedKeys: [] };
  const [meeting] = await w.app.dataSource.query<{ id: string }[]>(
    `INSERT INTO meeting (org_id, forum_id, program_id, occurs_on, starts_at, agenda, started_at, cancelled_reason) VALUES ($1, $2, $3, $4, '2026-03-02T08:00:00Z', $5, $6, $7) RETURNING id`,
    [w.org.id, forumId, programId, MONDAY, agenda, state === 'started' ? new Date('2026-03-02T08:01:00Z') : null, state === 'cancelled' ? 'Holiday' : null],
  );
  return { programId, forumId, meetingId: meeting?.id ?? '' };
}

/** An open action item of a started meeting, owned by the partner. */
async function anAction(w: World) {
  const { programId, meetingId } = await aMeeting(w, 'started');
  const [item] = await w.app.dataSource.query<{ id: string }[]>(
    `INSERT INTO action_item (org_id, program_id, meeting_id, title, owner_id, due_on) VALUES ($1, $2, $3, 'Write the routing rules', $4, '2026-03-09') RETURNING id`,
    [w.org.id, programId, meetingId, w.users.partner.id],
  );
  return { id: item?.id ?? '' };
}

const meetingIs = (values: Record<string, unknown>) => ({
  sql: `SELECT ${Object.keys(values).join(', ')} FROM meeting WHERE id = $1`,
  params: (v: Record<string, unknown>) => [field(v, 'meetingId')],
  rows: [values],
});
const occurrenceIs = (values: Record<string, unknown>) => ({
  sql: `SELECT ${Object.keys(values).join(', ')} FROM meeting WHERE forum_id = $1`,
  params: (v: Record<string, unknown>) => [field(v, 'forumId')],
  rows: [values],
});
const meetingCase = (operation: string, type: string, state: 'prepared' | 'started' | 'cancelled', input: Record<string, unknown>, effect: Record<string, unknown>): Case => ({
  operation,
  scope: `a ${state} meeting of a program of manager`,
  document: `mutation($input: ${type}!) { ${operation}(input: $input) { id status } }`,
  variables: async (w) => ({ input: { meetingId: (await aMeeting(w, state)).meetingId, expectedVersion: 1, ...input } }),
  allowed: PROGRAM_MANAGERS,
  effect: meetingIs(effect),
});

export const GOVERNANCE_CASES: Case[] = [
  {
    operation: 'createForum',
    scope: 'program owned by manager',
    document: 'mutation($input: CreateForumInput!) { createForum(input: $input) { id } }',
    variables: async (w) => ({ input: { ...forumInput, programId: (await w.program()).id } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT name, time_zone FROM forum WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ name: 'Forecast call', time_zone: 'Europe/Berlin' }] },
  },
  {
    operation: 'updateForum',
    scope: 'a forum of a program of manager',
    document: 'mutation($input: UpdateForumInput!) { updateForum(input: $input) { id } }',
    variables: async (w) => ({ input: { ...forumInput, name: 'Renamed', id: (await aForum(w)).forumId, expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('forum', { name: 'Renamed', start_time: '16:00' }),
  },
  {
    operation: 'removeForum',
    scope: 'a forum of a program of manager',
    document: 'mutation($id: ID!, $v: Int!) { removeForum(id: $id, expectedVersion: $v) }',
    variables: async (w) => ({ id: (await aForum(w)).forumId, v: 1 }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('forum'),
  },
  {
    operation: 'addDefaultForums',
    scope: 'program owned by manager',
    document: 'mutation($input: AddDefaultForumsInput!) { addDefaultForums(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, timeZone: 'America/New_York', startsOn: '2026-01-05' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT count(*)::int AS forums FROM forum WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ forums: 8 }] },
  },
  {
    operation: 'meeting',
    scope: 'a meeting with its minutes',
    document: 'query($id: ID!) { meeting(id: $id) { status agenda { text } decisions { title } actionItems { title owner { name } } forum { name } } }',
    variables: async (w) => ({ id: (await aMeeting(w, 'started')).meetingId }),
    allowed: EVERYONE,
  },
  {
    operation: 'prepareMeeting',
    scope: 'an occurrence of a forum of a program of manager',
    document: 'mutation($input: MeetingOccurrenceInput!) { prepareMeeting(input: $input) { id agenda { text } } }',
    variables: async (w) => ({ input: { forumId: (await aForum(w)).forumId, occursOn: MONDAY } }),
    allowed: PROGRAM_MANAGERS,
    effect: occurrenceIs({ occurs_on: MONDAY, started_at: null }),
  },
  meetingCase('refreshMeetingAgenda', 'VersionedMeetingInput', 'prepared', {}, { version: 2 }),
  meetingCase('updateMeetingAgenda', 'UpdateMeetingAgendaInput', 'prepared', { items: [{ key: 'other:one', text: 'Budget for enablement' }] }, { version: 2 }),
  meetingCase('startMeeting', 'VersionedMeetingInput', 'prepared', {}, { version: 2, cancelled_reason: null }),
  meetingCase('endMeeting', 'VersionedMeetingInput', 'started', {}, { version: 2 }),
  meetingCase('reinstateMeeting', 'VersionedMeetingInput', 'cancelled', {}, { cancelled_reason: null }),
  meetingCase('updateMeetingMinutes', 'UpdateMeetingMinutesInput', 'started', { notes: 'Routing is the blocker.' }, { notes: 'Routing is the blocker.' }),
  {
    operation: 'cancelMeeting',
    scope: 'an occurrence of a forum of a program of manager',
    document: 'mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }',
    variables: async (w) => ({ input: { forumId: (await aForum(w)).forumId, occursOn: MONDAY, reason: 'Public holiday' } }),
    allowed: PROGRAM_MANAGERS,
    effect: occurrenceIs({ cancelled_reason: 'Public holiday' }),
  },
  {
    operation: 'moveMeeting',
    scope: 'an occurrence of a forum of a program of manager',
    document: 'mutation($input: MoveMeetingInput!) { moveMeeting(input: $input) { id } }',
    variables: async (w) => ({ input: { forumId: (await aForum(w)).forumId, occursOn: MONDAY, startsAt: '2026-03-03T13:00:00.000Z' } }),
    allowed: PROGRAM_MANAGERS,
    effect: occurrenceIs({ moved: true }),
  },
  {
    operation: 'recordMeetingDecision',
    scope: 'a started meeting of a program of manager',
    document: 'mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { id } }',
    variables: async (w) => ({ input: { meetingId: (await aMeeting(w, 'started')).meetingId, title: 'Extend the pilot', rationale: 'Routing lands next week.', subject: null } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT title FROM meeting_decision WHERE meeting_id = $1', params: (v) => [field(v, 'meetingId')], rows: [{ title: 'Extend the pilot' }] },
  },
  {
    operation: 'addActionItem',
    scope: 'a started meeting of a program of manager',
    document: 'mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }',
    variables: async (w) => ({ input: { meetingId: (await aMeeting(w, 'started')).meetingId, title: 'Write the routing rules', ownerId: w.users.partner.id, dueOn: '2026-03-09', subject: null } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT title, status FROM action_item WHERE meeting_id = $1', params: (v) => [field(v, 'meetingId')], rows: [{ title: 'Write the routing rules', status: 'open' }] },
  },
  { operation: 'myActionItems', document: 'query { myActionItems { title dueOn program { name } } }', variables: () => Promise.resolve({}), allowed: EVERYONE },
  {
    operation: 'updateActionItem',
    scope: 'the partner’s action item in a program of manager',
    document: 'mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id status } }',
    variables: async (w) => ({ input: { id: (await anAction(w)).id, expectedVersion: 1, status: 'done' } }),
    // Its owner, and the program's leads; not another manager, not an executive.
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: recordIs('action_item', { status: 'done' }),
  },
  { operation: 'calendarFeed', document: 'query { calendarFeed { createdAt url } }', variables: () => Promise.resolve({}), allowed: EVERYONE },
  { operation: 'createCalendarFeed', document: 'mutation { createCalendarFeed { url } }', variables: () => Promise.resolve({}), allowed: EVERYONE },
  { operation: 'revokeCalendarFeed', document: 'mutation { revokeCalendarFeed }', variables: () => Promise.resolve({}), allowed: EVERYONE },
];

export const GOVERNANCE_REST_CASES: RestCase[] = [
  {
    // The secret address is the credential (calendar apps send no cookie): whoever holds it reads the feed.
    route: 'GET calendar/:file',
    allowed: [...CALLERS],
    prepare: async (w) => {
      const { forumId } = await aForum(w);
      await w.app.dataSource.query(`UPDATE forum SET attendee_ids = ARRAY[$2]::uuid[] WHERE id = $1`, [forumId, w.users.partner.id]);
      const res = await gql<{ createCalendarFeed: { url: string } }>(w.agents.partner, 'mutation { createCalendarFeed { url } }');
      return {
        path: new URL(res.data?.createCalendarFeed.url ?? 'http://x/none').pathname,
        verify: (answer) => expect((answer.body as Buffer).toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:Pipeline review\r\n/),
      };
    },
  },
];
