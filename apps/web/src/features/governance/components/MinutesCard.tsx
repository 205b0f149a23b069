import { Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { joinNames, minutesClosedReason } from '@rollout/domain';
import { useState } from 'react';
import type { MeetingViewFragment as MeetingView } from '../../../gql/graphql';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useUpdateMinutes } from '../hooks/useGovernance';

/** Who was there and the notes; kept by the meeting's leads once it started, read by everyone. */
export function MinutesCard({ meeting, canManage }: { meeting: MeetingView; canManage: boolean }) {
  const closed = minutesClosedReason(meeting.status);
  const editable = canManage && closed === null;
  const invited = meeting.forum?.attendees ?? [];
  const people = [...invited, ...meeting.attendees.filter((person) => !invited.some((other) => other.id === person.id))];
  const [present, setPresent] = useState<string[]>(meeting.attendees.map((person) => person.id));
  const [notes, setNotes] = useState(meeting.notes);
  const [update, updating] = useUpdateMinutes();
  const dirty = notes !== meeting.notes || present.slice().sort().join() !== meeting.attendees.map((person) => person.id).sort().join();

  const save = async () => {
    try {
      await update({ variables: { input: { meetingId: meeting.id, expectedVersion: meeting.version, attendeeIds: present, notes } } });
      notifySuccess('Minutes saved.');
    } catch (error) {
      notifyError(error, 'Could not save the minutes');
    }
  };

  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={2} fz="lg" mb="sm">
        Minutes
      </Title>
      {closed && meeting.status === 'scheduled' ? (
        <Text size="sm" c="dimmed">
          {closed}
        </Text>
      ) : !editable ? (
        <Stack gap="sm">
          <Text size="sm">
            <b>Present:</b> {meeting.attendees.length > 0 ? joinNames(meeting.attendees.map((person) => person.name)) : 'not recorded'}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={meeting.notes ? undefined : 'dimmed'}>
            {meeting.notes || 'No notes.'}
          </Text>
        </Stack>
      ) : (
        <Stack gap="md" component="form" onSubmit={(event) => (event.preventDefault(), void save())}>
          <Checkbox.Group label="Present" value={present} onChange={setPresent}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {people.map((person) => (
                <Checkbox key={person.id} value={person.id} label={person.name} />
              ))}
              {people.length === 0 && (
                <Text size="sm" c="dimmed">
                  The forum invites nobody yet.
                </Text>
              )}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea label="Notes" value={notes} onChange={(event) => setNotes(event.currentTarget.value)} autosize minRows={4} maxLength={20_000} />
          <Group justify="flex-end">
            <Button type="submit" disabled={!dirty} loading={updating.loading}>
              Save minutes
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
