import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkNotificationsReadDocument } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';
import { NotificationsQuery, UnreadCountQuery } from '../hooks/useNotifications';
import { NotificationBell } from './NotificationBell';

const notification = (title: string, read: boolean) => ({
  __typename: 'Notification' as const,
  id: crypto.randomUUID(),
  kind: 'stale_check_in' as const,
  title,
  body: 'UK routing needs this week’s check-in for Nordics.',
  link: '/pilots/1',
  createdAt: new Date(Date.now() - 3_600_000).toISOString(),
  readAt: read ? new Date().toISOString() : null,
});

describe('NotificationBell', () => {
  it('says how many are unread, lists the latest with unread ones marked, and marks them all read', async () => {
    const unread = notification('Nordics has no check-in yet', false);
    const read = notification('Overdue: Write the routing rules', true);
    const count = (n: number) => ({ request: { query: UnreadCountQuery }, result: { data: { unreadNotificationCount: n } } });
    const list = (items: ReturnType<typeof notification>[]) => ({ request: { query: NotificationsQuery }, result: { data: { notifications: items } } });
    const markAll = { request: { query: MarkNotificationsReadDocument, variables: { ids: null } }, result: { data: { markNotificationsRead: 0 } } };
    const { user } = renderWithApp(<NotificationBell />, { mocks: [count(1), list([unread, read]), markAll, list([{ ...unread, readAt: new Date().toISOString() }, read]), count(0)] });

    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await user.click(bell);
    const first = await screen.findByRole('button', { name: /Nordics has no check-in yet/ });
    expect(first.textContent).toContain('unread');
    expect(screen.getByRole('button', { name: /Overdue: Write the routing rules/ }).textContent).not.toContain('unread');
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    await screen.findByRole('button', { name: 'Notifications, none unread' });
    expect(screen.queryByRole('button', { name: 'Mark all read' })).toBeNull();
  });
});
