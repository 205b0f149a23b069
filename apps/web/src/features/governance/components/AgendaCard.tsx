import { ActionIcon, Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { AGENDA_SECTION_LABELS, AGENDA_SECTIONS, agendaFrozenReason } from '@rollout/domain';
import type { MeetingViewFragment as MeetingView } from '../../../gql/graphql';
import { IconPencil, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useRefreshAgenda, useUpdateAgenda } from '../hooks/useGovernance';

type Meeting = Pick<MeetingView, 'id' | 'version' | 'programId' | 'status' | 'agendaSince' | 'agendaGeneratedAt' | 'agenda'>;
type AgendaLine = MeetingView['agenda'][number];

/** Where an agenda line's record is read. */
function linkTo(programId: string, link: AgendaLine['link']): string | null {
  if (!link) return null;
  switch (link.kind) {
    case 'pilot':
      return `/pilots/${link.id}`;
    case 'wave':
    case 'unit':
      return `/programs/${programId}?tab=scale`;
    case 'action_item':
      return `/programs/${programId}?tab=govern`;
    case 'assessment':
      return `/programs/${programId}?tab=assess`;
    case 'request':
      return `/programs/${programId}?tab=backlog&request=${link.id}`;
  }
}

/**
 * A meeting's agenda, grouped as generated from the program's state; its leads reword, take off,
 * add and refresh lines until the meeting starts, when it freezes.
 */
export function AgendaCard({ meeting, canManage }: { meeting: Meeting; canManage: boolean }) {
  const [editing, setEditing] = useState<{ key: string | null; text: string }[] | null>(null);
  const [newLine, setNewLine] = useState('');
  const [refresh, refreshing] = useRefreshAgenda();
  const [update, updating] = useUpdateAgenda();
  const frozen = agendaFrozenReason(meeting.status);
  const editable = canManage && frozen === null;

  const save = async () => {
    if (!editing) return;
    const items = newLine.trim() ? [...editing, { key: null, text: newLine.trim() }] : editing;
    try {
      await update({ variables: { input: { meetingId: meeting.id, expectedVersion: meeting.version, items } } });
      setEditing(null);
      setNewLine('');
      notifySuccess('Agenda saved.');
    } catch (error) {
      notifyError(error, 'Could not save the agenda');
    }
  };
  const readAgain = async () => {
    try {
      await refresh({ variables: { input: { meetingId: meeting.id, expectedVersion: meeting.version } } });
      notifySuccess('Agenda read again from the program: new facts joined, resolved ones left, your edits stayed.');
    } catch (error) {
      notifyError(error, 'Could not refresh the agenda');
    }
  };

  const sections = AGENDA_SECTIONS.map((section) => ({ section, lines: meeting.agenda.filter((line) => line.section === section) })).filter((group) => group.lines.length > 0);

  return (
    <Card withBorder padding="lg" radius="md">
      <Group justify="space-between" mb={4} gap="xs">
        <Title order={2} fz="lg">
          Agenda
        </Title>
        {editable && !editing && (
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} loading={refreshing.loading} onClick={() => void readAgain()}>
              Refresh from the program
            </Button>
            <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(meeting.agenda.map((line) => ({ key: line.key, text: line.text })))}>
              Edit agenda
            </Button>
          </Group>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="md">
        {meeting.agendaSince ? `What changed since the previous meeting (${formatDateTime(meeting.agendaSince)})` : 'What the program’s state calls for'}
        {meeting.agendaGeneratedAt ? `, read ${formatDateTime(meeting.agendaGeneratedAt)}` : ''}. {frozen && meeting.status !== 'cancelled' ? 'Frozen when the meeting started.' : ''}
      </Text>
      {editing ? (
        <Stack gap="xs" component="form" onSubmit={(event) => (event.preventDefault(), void save())}>
          {editing.map((line, index) => (
            <Group key={line.key ?? index} gap="xs" wrap="nowrap">
              <TextInput
                aria-label={`Line ${index + 1}`}
                value={line.text}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setEditing((current) => current?.map((item, at) => (at === index ? { ...item, text } : item)) ?? null);
                }}
                style={{ flex: 1 }}
                maxLength={500}
              />
              <ActionIcon variant="subtle" color="red" aria-label={`Take “${line.text}” off the agenda`} onClick={() => setEditing((current) => current?.filter((_, at) => at !== index) ?? null)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <TextInput aria-label="New line" placeholder="Add a line (e.g. Enablement budget)" value={newLine} onChange={(event) => setNewLine(event.currentTarget.value)} leftSection={<IconPlus size={14} />} maxLength={500} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => (setEditing(null), setNewLine(''))}>
              Cancel
            </Button>
            <Button type="submit" loading={updating.loading}>
              Save agenda
            </Button>
          </Group>
        </Stack>
      ) : sections.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing on the agenda: no red or stale units, no pilot at its gate, no paused wave, no overdue action item.
        </Text>
      ) : (
        <Stack gap="md">
          {sections.map(({ section, lines }) => (
            <Stack key={section} gap={4}>
              <Text size="sm" fw={600}>
                {AGENDA_SECTION_LABELS[section]}
              </Text>
              <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
                {lines.map((line) => {
                  const to = linkTo(meeting.programId, line.link);
                  return (
                    <Text key={line.key} component="li" size="sm">
                      {to ? (
                        <Anchor component={Link} to={to} inherit>
                          {line.text}
                        </Anchor>
                      ) : (
                        line.text
                      )}
                    </Text>
                  );
                })}
              </Stack>
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
