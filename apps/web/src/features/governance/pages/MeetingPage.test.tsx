import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { UpdateMeetingAgendaDocument } from '../../../gql/graphql';
import { aLine, aMeeting, MARCO, meetingRead, PRIYA } from '../testing/governance-fixtures';
import { MeetingPage } from './MeetingPage';

const route = (meeting: { programId: string; id: string }) => ({ route: `/programs/${meeting.programId}/meetings/${meeting.id}`, path: '/programs/:programId/meetings/:meetingId' });

describe('MeetingPage', () => {
  it('shows the generated agenda grouped by section, each line linked to its record, and lets a lead take a line off and add one before the meeting starts', async () => {
    const pilotId = crypto.randomUUID();
    const red = aLine('red', 'UK reports red in UK routing', { kind: 'pilot', id: pilotId });
    const stale = aLine('stale', 'Ireland has no check-in yet (UK routing)', { kind: 'pilot', id: pilotId });
    const meeting = aMeeting({ agenda: [red, stale] });
    const edited = { ...meeting, version: 4, agenda: [meeting.agenda[0], { __typename: 'AgendaItem' as const, ...aLine('other', 'Enablement budget') }] };
    const save = {
      request: { query: UpdateMeetingAgendaDocument, variables: { input: { meetingId: meeting.id, expectedVersion: 3, items: [{ key: red.key, text: red.text }, { key: null, text: 'Enablement budget' }] } } },
      result: { data: { updateMeetingAgenda: edited } },
    };
    const { user } = renderWithApp(<MeetingPage />, { mocks: [meetingRead(meeting), save], ...route(meeting) });

    await screen.findByRole('heading', { name: 'Agenda' });
    expect(screen.getByText('Red units')).toBeTruthy();
    expect(screen.getByText('Units without a recent check-in')).toBeTruthy();
    expect(screen.getByRole('link', { name: red.text }).getAttribute('href')).toBe(`/pilots/${pilotId}`);
    // Minutes wait for the meeting to start.
    expect(screen.getByText('Start the meeting to take its minutes.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start meeting' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edit agenda' }));
    await user.click(screen.getByRole('button', { name: `Take “${stale.text}” off the agenda` }));
    await user.type(screen.getByRole('textbox', { name: 'New line' }), 'Enablement budget');
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    await screen.findByText('Also on the agenda');
    expect(screen.getByText('Enablement budget')).toBeTruthy();
    expect(screen.queryByText(stale.text)).toBeNull();
  });

  it('reads a held meeting to someone who does not run it: who was there and the notes, no editing', async () => {
    const meeting = aMeeting({ status: 'held', viewerCanManage: false, agenda: [aLine('other', 'Q-end coverage')], notes: 'Routing is the blocker.', present: [PRIYA, MARCO] });
    renderWithApp(<MeetingPage />, { mocks: [meetingRead(meeting)], ...route(meeting) });
    const minutes = (await screen.findByRole('heading', { name: 'Minutes' })).closest('.mantine-Card-root') as HTMLElement;
    expect(within(minutes).getByText(/Present:/).parentElement?.textContent).toBe('Present: Priya Shah and Marco Rossi');
    expect(within(minutes).getByText('Routing is the blocker.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit agenda' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record a decision' })).toBeNull();
    expect(screen.queryByRole('button', { name: /meeting$/ })).toBeNull();
  });
});
