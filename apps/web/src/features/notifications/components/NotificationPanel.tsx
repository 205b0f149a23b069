import { Button, Group, ScrollArea, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatRelative } from '../../../shared/lib/format';
import { notifyError } from '../../../shared/lib/notify';
import { useMarkRead, useNotificationList } from '../hooks/useNotifications';
import { NotificationPreferencesModal } from './NotificationPreferencesModal';
import classes from './NotificationPanel.module.css';

/** The latest notifications, unread ones marked; opening one marks it read and goes to its record. */
export function NotificationPanel({ onClose }: { onClose: () => void }) {
  const { data, error } = useNotificationList();
  const [markRead] = useMarkRead();
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const navigate = useNavigate();
  const items = data?.notifications ?? [];
  const unread = items.filter((item) => item.readAt === null).length;

  const open = async (item: (typeof items)[number]) => {
    onClose();
    void navigate(item.link);
    if (item.readAt === null) await markRead({ variables: { ids: [item.id] } }).catch((markError: unknown) => notifyError(markError, 'Could not mark it read'));
  };

  return (
    <Stack gap={0}>
      <Group justify="space-between" px="md" py="xs" className={classes.head}>
        <Text fw={600} size="sm">
          Notifications
        </Text>
        <Group gap={4}>
          {unread > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => void markRead({ variables: { ids: null } }).catch((markError: unknown) => notifyError(markError, 'Could not mark them read'))}>
              Mark all read
            </Button>
          )}
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setPreferencesOpen(true)}>
            Preferences
          </Button>
        </Group>
      </Group>
      {error && !data ? (
        <Text size="sm" c="red" p="md">
          Could not load your notifications.
        </Text>
      ) : !data ? (
        <Stack p="md" gap="xs" aria-busy="true" aria-label="Loading notifications">
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          Nothing yet. Reminders come here: check-ins due, action items, meetings, gates and waves.
        </Text>
      ) : (
        <ScrollArea.Autosize mah={420}>
          <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((item) => (
              <li key={item.id}>
                <UnstyledButton className={classes.item} data-unread={item.readAt === null || undefined} onClick={() => void open(item)}>
                  <Text size="sm" fw={item.readAt === null ? 600 : 400}>
                    {item.title}
                  </Text>
                  {item.body && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {item.body}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {formatRelative(item.createdAt)}
                    {item.readAt === null ? ' · unread' : ''}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
      <NotificationPreferencesModal opened={preferencesOpen} onClose={() => setPreferencesOpen(false)} />
    </Stack>
  );
}
