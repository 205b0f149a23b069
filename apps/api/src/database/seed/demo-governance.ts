import { DEFAULT_FORUMS, isoWeekStart, reminderOf, shiftDays, zonedInstant, type Agenda, type AgendaItem } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { ActionItemEntity } from '../../modules/governance/action-item.entity.js';
import { ForumEntity } from '../../modules/governance/forum.entity.js';
import { MeetingDecisionEntity } from '../../modules/governance/meeting-decision.entity.js';
import { MeetingEntity } from '../../modules/governance/meeting.entity.js';
import { NotificationEntity } from '../../modules/notifications/notification.entity.js';
import { PilotEntity } from '../../modules/pilots/pilot.entity.js';
import { DEMO_PILOTS } from './demo-pilots.js';
import type { Story } from './story-clock.js';

type Lookup = (key: string) => string;
type Ids = { orgId: string; programId: () => string; user: Lookup; today: string };

const priya = 'priya.shah@northwind.example';
const daniel = 'daniel.kim@northwind.example';
const marco = 'marco.rossi@northwind.example';
const lena = 'lena.fischer@northwind.example';
const erin = 'erin.walsh@northwind.example';
const TIME_ZONE = 'Europe/London';

/** Who each default forum invites: the weekly ones the RevOps team, the rest the executive sponsor too. */
const INVITED: Record<string, string[]> = {
  'Pipeline review': [priya, daniel, marco, lena],
  'Forecast call': [priya, daniel, marco, lena],
  'Tactical systems sync': [priya, daniel],
};
const WITH_SPONSOR = [priya, daniel, marco, lena, erin];

/** A past meeting of the weekly pipeline review: its agenda lines, minutes, decisions and action items. */
type DemoMeeting = {
  week: number;
  lines: (pilot: PilotEntity | null) => AgendaItem[];
  present: string[];
  notes: string;
  decisions: { title: string; rationale: string; onPilot: boolean }[];
  actions: { title: string; owner: string; dueInDays: number; done?: boolean }[];
};

const added = (key: string, text: string): AgendaItem => ({ key: `added:${key}`, section: 'other', text, link: null, source: 'added' });
const SCALED = DEMO_PILOTS.find((pilot) => pilot.decision)?.name ?? '';

const MEETINGS: DemoMeeting[] = [
  {
    week: -2,
    lines: (pilot) => [
      ...(pilot ? [{ key: `gates:${pilot.id}`, section: 'gates' as const, text: `${pilot.name} ends soon: prepare its gate review`, link: { kind: 'pilot' as const, id: pilot.id }, source: 'generated' as const }] : []),
      added('q-pipeline', 'Q-end pipeline coverage by region'),
    ],
    present: [priya, daniel, marco],
    notes: 'Coverage is at 3.1× in EMEA and 2.4× in NA. The DACH hub pilot answers leads in under 8 hours; the gate review is next week.',
    decisions: [{ title: 'Hold NA territory changes until the DACH gate review', rationale: 'Changing territories while the pilot ends would blur its results.', onPilot: false }],
    actions: [
      { title: 'Send the DACH pilot’s results to the steering committee', owner: priya, dueInDays: 3, done: true },
      { title: 'Clean up duplicate accounts in the UK before the roll-out', owner: marco, dueInDays: 9 },
    ],
  },
  {
    week: -1,
    lines: (pilot) => [
      ...(pilot ? [{ key: `since_last:gate:${pilot.id}`, section: 'since_last' as const, text: `Gate decision on ${pilot.name}: scale`, link: { kind: 'pilot' as const, id: pilot.id }, source: 'generated' as const }] : []),
      added('wave-1', 'Wave 1 readiness: enablement sessions'),
    ],
    present: [priya, daniel, marco, lena],
    notes: 'The hub model goes to the Nordics, UK and Iberia in wave 1. Enablement sessions are booked; routing rules for the UK are the open risk.',
    decisions: [{ title: `Roll ${SCALED} out in waves, starting with the Nordics`, rationale: 'Highest readiness and a local sponsor in place.', onPilot: true }],
    actions: [
      { title: 'Book the wave 1 enablement sessions', owner: lena, dueInDays: 10 },
      { title: 'Write the UK lead-routing rules for the hub', owner: daniel, dueInDays: 4 },
    ],
  },
];

/**
 * The hub-and-spoke program's operating rhythm: the default forums (set up eight weeks ago, in
 * London time), two past pipeline reviews with agendas, minutes, decisions and action items (one
 * overdue, one done), so the Govern tab and "This week" have a story.
 */
export function storyOfDemoGovernance(story: Story, em: EntityManager, ids: Ids): void {
  const { orgId, programId, user, today } = ids;
  const thisWeek = isoWeekStart(today);
  const setUpOn = shiftDays(thisWeek, -56);
  let pipelineReview: ForumEntity | null = null;

  story.on(`${setUpOn}T09:00:00Z`, () => user(priya), async (at) => {
    for (const forum of DEFAULT_FORUMS) {
      const attendeeIds = (INVITED[forum.name] ?? WITH_SPONSOR).map(user);
      const saved = await em.save(ForumEntity, em.create(ForumEntity, { ...forum, orgId, programId: programId(), startsOn: setUpOn, timeZone: TIME_ZONE, attendeeIds, createdAt: at, updatedAt: at }));
      if (forum.name === 'Pipeline review') pipelineReview = saved;
    }
  });

  for (const demo of MEETINGS) {
    const occursOn = shiftDays(thisWeek, demo.week * 7);
    const startsAt = zonedInstant(occursOn, '09:00', TIME_ZONE);
    let meetingId = '';
    story.on(new Date(startsAt.getTime() - 3_600_000), () => user(priya), async (at) => {
      const forum = pipelineReview;
      if (!forum) throw new Error('demo meetings before their forum');
      const pilot = await em.findOneBy(PilotEntity, { programId: programId(), name: SCALED });
      const agenda: Agenda = { items: demo.lines(pilot), dismissedKeys: [] };
      const meeting = await em.save(MeetingEntity, em.create(MeetingEntity, { orgId, forumId: forum.id, programId: programId(), occursOn, startsAt, agenda, agendaGeneratedAt: at, createdAt: at, updatedAt: at }));
      meetingId = meeting.id;
    });
    story.on(startsAt, () => user(priya), async (at) => {
      await em.update(MeetingEntity, { id: meetingId }, { startedAt: at, attendeeIds: demo.present.map(user), notes: demo.notes, updatedAt: at });
      const pilot = await em.findOneBy(PilotEntity, { programId: programId(), name: SCALED });
      for (const decision of demo.decisions) {
        const subject = decision.onPilot && pilot ? { subjectKind: 'pilot' as const, subjectId: pilot.id } : {};
        await em.insert(MeetingDecisionEntity, { orgId, meetingId, programId: programId(), title: decision.title, rationale: decision.rationale, decidedById: user(priya), decidedAt: at, ...subject });
      }
      for (const action of demo.actions) {
        const dueOn = shiftDays(occursOn, action.dueInDays);
        const saved = await em.save(ActionItemEntity, em.create(ActionItemEntity, { orgId, meetingId, programId: programId(), title: action.title, ownerId: user(action.owner), dueOn, createdAt: at, updatedAt: at }));
        // Its owner was told, as the app tells them (those who made it done have read it).
        const told = reminderOf.actionAssigned({ id: saved.id, title: action.title, dueOn, forumName: 'Pipeline review', programId: programId(), meetingId });
        await em.insert(NotificationEntity, { ...told, orgId, userId: user(action.owner), programId: programId(), createdAt: at, readAt: action.done ? at : null });
      }
    });
    story.on(new Date(startsAt.getTime() + 45 * 60_000), () => user(priya), async (at) => {
      await em.update(MeetingEntity, { id: meetingId }, { endedAt: at, updatedAt: at });
    });
    for (const action of demo.actions.filter((candidate) => candidate.done)) {
      story.on(`${shiftDays(occursOn, action.dueInDays - 1)}T16:00:00Z`, () => user(action.owner), async (at) => {
        await em.update(ActionItemEntity, { meetingId, title: action.title }, { status: 'done', updatedAt: at });
      });
    }
  }
}
