import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { CalendarFeedQuery, useCreateCalendarFeed, useRevokeCalendarFeed } from '../hooks/useGovernance';

/**
 * The signed-in user's calendar feed: a secret address Outlook, Google or Apple Calendar subscribe
 * to. It is shown once, when made; making a new one stops the old one.
 */
export function CalendarFeedModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const feed = useQuery(CalendarFeedQuery, { skip: !opened, fetchPolicy: 'network-only' });
  const [create, creating] = useCreateCalendarFeed();
  const [revoke, revoking] = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const createdAt = feed.data?.calendarFeed.createdAt ?? null;

  const make = async () => {
    try {
      const result = await create();
      setUrl(result.data?.createCalendarFeed.url ?? null);
    } catch (error) {
      notifyError(error, 'Could not make a calendar address');
    }
  };
  const stop = async () => {
    try {
      await revoke();
      setUrl(null);
      notifySuccess('Your calendar address no longer works.');
    } catch (error) {
      notifyError(error, 'Could not stop the calendar address');
    }
  };
  const close = () => (setUrl(null), onClose());

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>Meetings in your calendar</Text>} size="lg">
      <Stack gap="md">
        <Text size="sm">
          Subscribe to your own address in Outlook (Add calendar → From internet), Google Calendar (Other calendars → From URL) or Apple Calendar. It lists the meetings of the forums
          that invite you, two months back and a year ahead, and follows moves and cancellations.
        </Text>
        {url ? (
          <Stack gap="xs">
            <Alert color="yellow" variant="light" title="Copy it now">
              Keep it private: anyone with it reads your meetings. It is not shown again; make a new one if you lose it.
            </Alert>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput label="Your calendar address" value={url} readOnly style={{ flex: 1 }} onFocus={(event) => event.currentTarget.select()} />
              <CopyButton value={url}>{({ copied, copy }) => <Button onClick={copy} variant={copied ? 'light' : 'filled'}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
            </Group>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {createdAt ? `You made an address on ${formatDateTime(createdAt)}. Making a new one stops the old one.` : 'You have no calendar address yet.'}
          </Text>
        )}
        <Group justify="space-between">
          {createdAt ? (
            <Button variant="subtle" color="red" loading={revoking.loading} onClick={() => void stop()}>
              Stop my address
            </Button>
          ) : (
            <span />
          )}
          <Button loading={creating.loading} onClick={() => void make()}>
            {createdAt ? 'Make a new address' : 'Make my address'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
