import type { MockLink } from '@apollo/client/testing';
import type { MeetingStatus } from '@rollout/domain';
import { anId } from '../../../test/fixtures';
import { MeetingQueryDocument } from '../hooks/useGovernance';

const person = (name: string) => ({ __typename: 'User' as const, id: anId(), name });

export const PRIYA = person('Priya Shah');
export const MARCO = person('Marco Rossi');

export type AgendaLineFixture = { key: string; section: string; text: string; added: boolean; link: { kind: string; id: string } | null };

export const aLine = (section: string, text: string, link: AgendaLineFixture['link'] = null): AgendaLineFixture => ({ key: `${section}:${anId()}`, section, text, added: section === 'other', link });

/** A meeting as the Meeting query returns it (the MeetingView fragment, unmasked). */
export function aMeeting(overrides: { status?: MeetingStatus; viewerCanManage?: boolean; agenda?: AgendaLineFixture[]; notes?: string; present?: (typeof PRIYA)[] } = {}) {
  const programId = anId();
  const status = overrides.status ?? 'scheduled';
  return {
    __typename: 'Meeting' as const,
    id: anId(),
    version: 3,
    programId,
    occursOn: '2026-12-07',
    startsAt: '2026-12-07T09:00:00.000Z',
    endsAt: '2026-12-07T09:45:00.000Z',
    moved: false,
    status,
    cancelledReason: null,
    agendaSince: '2026-11-30T09:00:00.000Z',
    agendaGeneratedAt: '2026-12-07T08:00:00.000Z',
    startedAt: status === 'scheduled' ? null : '2026-12-07T09:01:00.000Z',
    endedAt: status === 'held' ? '2026-12-07T09:44:00.000Z' : null,
    notes: overrides.notes ?? '',
    viewerCanManage: overrides.viewerCanManage ?? true,
    agenda: (overrides.agenda ?? []).map((line) => ({ __typename: 'AgendaItem' as const, ...line, link: line.link && { __typename: 'AgendaLink' as const, ...line.link } })),
    attendees: overrides.present ?? [],
    forum: { __typename: 'Forum' as const, id: anId(), name: 'Pipeline review', purpose: 'Walk the pipeline.', timeZone: 'UTC', attendees: [PRIYA, MARCO] },
    program: { __typename: 'Program' as const, id: programId, name: 'Global hub-and-spoke RevOps' },
    decisions: [],
    actionItems: [],
  };
}

export type MeetingFixture = ReturnType<typeof aMeeting>;

export const meetingRead = (meeting: MeetingFixture): MockLink.MockedResponse => ({
  request: { query: MeetingQueryDocument, variables: { id: meeting.id } },
  result: { data: { meeting } },
});
