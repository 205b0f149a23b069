import { ActionIcon, Indicator, Popover } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useUnreadCount } from '../hooks/useNotifications';

// The list, its actions and the preferences load when the bell is first opened.
const NotificationPanel = lazy(async () => ({ default: (await import('./NotificationPanel')).NotificationPanel }));

/** The header's bell: how many notifications are unread, and the latest ones when opened. */
export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const { data } = useUnreadCount();
  const unread = data?.unreadNotificationCount ?? 0;
  const label = unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
  return (
    // The badge wraps the popover so the popover's target is the button itself (its aria-expanded belongs there).
    <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={4}>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" withinPortal trapFocus>
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} onClick={() => setOpened((open) => !open)}>
            <IconBell size={18} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0}>
          {opened && (
            <Suspense fallback={null}>
              <NotificationPanel onClose={() => setOpened(false)} />
            </Suspense>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
