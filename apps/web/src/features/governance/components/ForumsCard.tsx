import { ActionIcon, Badge, Button, Card, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { IconDots, IconPencil, IconPlus, IconTemplate, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { todayLocalDate } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useAddDefaultForums, useRemoveForum, type Forum } from '../hooks/useGovernance';
import { ForumFormDialog, viewerTimeZone } from './ForumFormDialog';

/** The program's forums, with when they meet and who they invite; leads set them up, change and remove them. */
export function ForumsCard({ programId, forums, canManage }: { programId: string; forums: readonly Forum[]; canManage: boolean }) {
  const [form, setForm] = useState<{ editing: Forum | null } | null>(null);
  const [removing, setRemoving] = useState<Forum | null>(null);
  const [addDefaults, adding] = useAddDefaultForums();
  const [remove, removal] = useRemoveForum();

  const setUpDefaults = async () => {
    try {
      await addDefaults({ variables: { input: { programId, timeZone: viewerTimeZone(), startsOn: todayLocalDate() } } });
      notifySuccess('The default forums are set up: weekly, monthly, quarterly and yearly.');
    } catch (error) {
      notifyError(error, 'Could not set up the default forums');
    }
  };
  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { id: removing.id, expectedVersion: removing.version } });
      notifySuccess(`${removing.name} removed.`);
    } catch (error) {
      notifyError(error, `Could not remove ${removing.name}`);
    }
    setRemoving(null);
  };

  return (
    <Card withBorder padding="lg" radius="md">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} fz="lg">
          Forums
        </Title>
        {canManage && (
          <Group gap="xs">
            {forums.length < 8 && (
              <Button variant="default" size="xs" leftSection={<IconTemplate size={14} />} loading={adding.loading} onClick={() => void setUpDefaults()}>
                Add the default forums
              </Button>
            )}
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setForm({ editing: null })}>
              New forum
            </Button>
          </Group>
        )}
      </Group>
      {forums.length === 0 ? (
        <Text size="sm" c="dimmed">
          No forums yet. The operating rhythm runs on them: a weekly pipeline review and forecast call, a monthly business review, quarterly planning.
          {canManage ? ' Add the default forums to start from the usual cadence.' : ''}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {forums.map((forum) => (
            <Group key={forum.id} component="li" justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {forum.name}
                  </Text>
                  <Badge size="xs" variant="light" color="gray">
                    {forum.attendees.length} invited
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {forum.schedule} ({forum.timeZone}) · {forum.durationMinutes} min
                </Text>
                {forum.purpose && (
                  <Text size="xs" lineClamp={2}>
                    {forum.purpose}
                  </Text>
                )}
              </Stack>
              {canManage && (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${forum.name}`}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setForm({ editing: forum })}>
                      Change
                    </Menu.Item>
                    <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={() => setRemoving(forum)}>
                      Remove
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <ForumFormDialog programId={programId} editing={form?.editing ?? null} opened={form !== null} onClose={() => setForm(null)} />
      <ConfirmDialog opened={removing !== null} title={`Remove ${removing?.name ?? 'the forum'}?`} confirmLabel="Remove forum" confirmColor="red" loading={removal.loading} onConfirm={() => void confirmRemove()} onClose={() => setRemoving(null)}>
        Its upcoming meetings leave the calendar and everyone’s calendar feed. A forum whose meetings have minutes stays, with them.
      </ConfirmDialog>
    </Card>
  );
}
