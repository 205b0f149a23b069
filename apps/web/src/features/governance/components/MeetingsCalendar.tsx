import { ActionIcon, Button, Card, Group, Menu, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowsMove, IconCalendarOff, IconCalendarRepeat, IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { getFragmentData } from '../../../gql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { notifyError, runWithNotice } from '../../../shared/lib/notify';
import { MeetingViewFragment, useCancelMeeting, useMoveMeeting, usePrepareMeeting, useReinstateMeeting, type Occurrence } from '../hooks/useGovernance';
import { meetingTime, MeetingStatusBadge } from './MeetingStatusBadge';

/** `2026-12-07T09:00` (a datetime-local value) for an instant, in the viewer's time zone. */
function localInputValue(iso: string): string {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * The forums' meetings, soonest first: leads open one (its agenda is generated then), move or
 * cancel it; everyone opens those already prepared.
 */
export function MeetingsCalendar({ programId, title, occurrences, canManage, empty }: { programId: string; title: string; occurrences: readonly Occurrence[]; canManage: boolean; empty: string }) {
  const navigate = useNavigate();
  const [prepare, preparing] = usePrepareMeeting();
  const [cancel, cancelling] = useCancelMeeting();
  const [move, moving] = useMoveMeeting();
  const [reinstate] = useReinstateMeeting();
  const [toCancel, setToCancel] = useState<Occurrence | null>(null);
  const [reason, setReason] = useState('');
  const [toMove, setToMove] = useState<Occurrence | null>(null);
  const [newStart, setNewStart] = useState('');

  const open = async (occurrence: Occurrence) => {
    try {
      const result = await prepare({ variables: { input: { forumId: occurrence.forumId, occursOn: occurrence.occursOn } } });
      const meeting = result.data ? getFragmentData(MeetingViewFragment, result.data.prepareMeeting) : null;
      if (meeting) void navigate(`/programs/${programId}/meetings/${meeting.id}`);
    } catch (error) {
      notifyError(error, `Could not open ${occurrence.forumName}`);
    }
  };

  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={2} fz="lg" mb="sm">
        {title}
      </Title>
      {occurrences.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {occurrences.map((occurrence) => {
            const key = `${occurrence.forumId}:${occurrence.occursOn}`;
            const notStarted = occurrence.status === 'scheduled';
            return (
              <Group key={key} component="li" justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {occurrence.forumName}
                    </Text>
                    <MeetingStatusBadge status={occurrence.status} moved={occurrence.moved} />
                  </Group>
                  <Text size="xs" c="dimmed">
                    {meetingTime(occurrence.startsAt, occurrence.timeZone)}
                    {occurrence.cancelledReason ? ` · ${occurrence.cancelledReason}` : ''}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  {occurrence.status !== 'cancelled' && canManage && (
                    <Button size="compact-sm" variant="light" loading={preparing.loading} onClick={() => void open(occurrence)} aria-label={`Open ${occurrence.forumName}, ${meetingTime(occurrence.startsAt, occurrence.timeZone)}`}>
                      Open
                    </Button>
                  )}
                  {occurrence.status !== 'cancelled' && !canManage && occurrence.meetingId && (
                    <Button size="compact-sm" variant="light" component={Link} to={`/programs/${programId}/meetings/${occurrence.meetingId}`}>
                      View
                    </Button>
                  )}
                  {canManage && (notStarted || occurrence.status === 'cancelled') && (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={`More for ${occurrence.forumName}, ${meetingTime(occurrence.startsAt, occurrence.timeZone)}`}>
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {notStarted && (
                          <Menu.Item leftSection={<IconArrowsMove size={14} />} onClick={() => (setToMove(occurrence), setNewStart(localInputValue(occurrence.startsAt)))}>
                            Move…
                          </Menu.Item>
                        )}
                        {notStarted && (
                          <Menu.Item leftSection={<IconCalendarOff size={14} />} color="red" onClick={() => (setToCancel(occurrence), setReason(''))}>
                            Cancel this meeting…
                          </Menu.Item>
                        )}
                        {occurrence.status === 'cancelled' && occurrence.meetingId && (
                          <Menu.Item
                            leftSection={<IconCalendarRepeat size={14} />}
                            onClick={() => {
                              const input = { meetingId: occurrence.meetingId ?? '', expectedVersion: occurrence.meetingVersion ?? 1 };
                              void runWithNotice(() => reinstate({ variables: { input } }), `${occurrence.forumName} is back on the calendar.`, 'Could not reinstate the meeting');
                            }}
                          >
                            Put back on the calendar
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Group>
              </Group>
            );
          })}
        </Stack>
      )}
      <ConfirmDialog
        opened={toCancel !== null}
        title={`Cancel ${toCancel?.forumName ?? 'the meeting'}?`}
        confirmLabel="Cancel meeting"
        confirmColor="red"
        loading={cancelling.loading}
        onClose={() => setToCancel(null)}
        onConfirm={() => {
          const target = toCancel;
          if (!target || reason.trim().length < 2) return;
          void runWithNotice(() => cancel({ variables: { input: { forumId: target.forumId, occursOn: target.occursOn, reason } } }), `${target.forumName} cancelled.`, 'Could not cancel the meeting').then(() => setToCancel(null));
        }}
      >
        <TextInput label="Why" description="Everyone invited sees it in their calendar." value={reason} onChange={(event) => setReason(event.currentTarget.value)} required maxLength={300} placeholder="Public holiday" mt="sm" data-autofocus />
      </ConfirmDialog>
      <Modal opened={toMove !== null} onClose={() => setToMove(null)} title={<Text fw={600}>Move {toMove?.forumName}</Text>}>
        <Stack component="form" onSubmit={(event) => {
          event.preventDefault();
          const target = toMove;
          if (!target || !newStart) return;
          void runWithNotice(() => move({ variables: { input: { forumId: target.forumId, occursOn: target.occursOn, startsAt: new Date(newStart).toISOString() } } }), `${target.forumName} moved.`, 'Could not move the meeting').then(() => setToMove(null));
        }}>
          <TextInput type="datetime-local" label="New start (your time)" value={newStart} onChange={(event) => setNewStart(event.currentTarget.value)} required data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setToMove(null)}>
              Keep it
            </Button>
            <Button type="submit" loading={moving.loading}>
              Move meeting
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
