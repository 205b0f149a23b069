import { screen, within } from '@testing-library/react';
import { shiftDays } from '@rollout/domain';
import { describe, expect, it } from 'vitest';
import { todayLocalDate } from '../../../shared/lib/format';
import { anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { WebhooksQuery } from '../../notifications/hooks/useNotifications';
import { GovernQueryDocument } from '../hooks/useGovernance';
import { GovernTab } from './GovernTab';

const programId = anId();
const forumId = anId();
const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
const occurrence = (startsInHours: number, status: string, meetingId: string | null) => ({
  __typename: 'ForumOccurrence' as const,
  forumId,
  forumName: 'Pipeline review',
  occursOn: hours(startsInHours).slice(0, 10),
  startsAt: hours(startsInHours),
  endsAt: hours(startsInHours + 1),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  status,
  cancelledReason: null,
  moved: false,
  meetingId,
  meetingVersion: meetingId ? 3 : null,
});

function governRead(viewerCanRunForums: boolean) {
  const today = todayLocalDate();
  return {
    request: { query: GovernQueryDocument, variables: { id: programId, from: `${shiftDays(today, -28)}T00:00:00Z`, to: `${shiftDays(today, 14)}T00:00:00Z` } },
    result: {
      data: {
        program: {
          __typename: 'Program' as const,
          id: programId,
          name: 'Global hub-and-spoke RevOps',
          archived: false,
          viewerCanRunForums,
          forums: [
            {
              __typename: 'Forum' as const,
              id: forumId,
              version: 1,
              name: 'Pipeline review',
              purpose: 'Walk the pipeline.',
              cadence: 'weekly' as const,
              weekday: 'MO' as const,
              weekOfMonth: null,
              startsOn: '2026-10-05',
              startTime: '09:00',
              timeZone: 'Europe/London',
              durationMinutes: 45,
              schedule: 'Weekly on Monday at 09:00',
              attendees: [{ __typename: 'User' as const, id: anId(), name: 'Priya Shah' }],
            },
          ],
          // Held a week ago; one past occurrence nobody opened; one coming up tomorrow.
          meetings: [occurrence(-24 * 14, 'scheduled', null), occurrence(-24 * 7, 'held', anId()), occurrence(24, 'scheduled', null)],
          actionItems: [],
        },
      },
    },
  };
}
const webhooksRead = { request: { query: WebhooksQuery, variables: { programId } }, result: { data: { programWebhooks: [] } } };

describe('GovernTab', () => {
  it('shows a lead the meetings coming up to open, the ones held, the forums with the default cadence to add, and the webhooks', async () => {
    renderWithApp(<GovernTab programId={programId} />, { mocks: [governRead(true), webhooksRead] });
    const comingUp = (await screen.findByRole('heading', { name: 'Coming up, next two weeks' })).closest('.mantine-Card-root') as HTMLElement;
    expect(within(comingUp).getAllByRole('button', { name: /^Open Pipeline review/ })).toHaveLength(1);
    // Past occurrences nobody opened have nothing to read: only the held one is recent.
    const recent = screen.getByRole('heading', { name: 'Recent meetings' }).closest('.mantine-Card-root') as HTMLElement;
    expect(within(recent).getAllByRole('listitem')).toHaveLength(1);
    expect(within(recent).getByText('Held')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add the default forums' })).toBeTruthy();
    expect(screen.getByText('Weekly on Monday at 09:00 (Europe/London) · 45 min')).toBeTruthy();
    await screen.findByRole('heading', { name: 'Webhooks' });
  });

  it('lets everyone else read: held meetings to view, no opening, no forum set-up, no webhooks', async () => {
    renderWithApp(<GovernTab programId={programId} />, { mocks: [governRead(false)] });
    await screen.findByRole('heading', { name: 'Coming up, next two weeks' });
    expect(screen.queryByRole('button', { name: /^Open / })).toBeNull();
    expect(screen.getByRole('link', { name: 'View' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New forum' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Webhooks' })).toBeNull();
  });
});
