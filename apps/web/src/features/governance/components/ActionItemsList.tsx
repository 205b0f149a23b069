import { Anchor, Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql';
import { formatLocalDate } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { ActionItemRowFragment, useUpdateActionItem } from '../hooks/useGovernance';

export interface ActionItemsListProps {
  items: readonly FragmentType<typeof ActionItemRowFragment>[];
  /** Shown when there is none. */
  empty: string;
  /** The program each item belongs to, when the list spans programs ("This week"). */
  programByItem?: ReadonlyMap<string, string>;
}

/** Action items with owner, due day and what they concern; their owner (or a lead) ticks them done. */
export function ActionItemsList({ items, empty, programByItem }: ActionItemsListProps) {
  const [update] = useUpdateActionItem();
  const rows = items.map((item) => getFragmentData(ActionItemRowFragment, item));
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  const toggle = async (row: (typeof rows)[number], done: boolean) => {
    try {
      await update({ variables: { input: { id: row.id, expectedVersion: row.version, status: done ? 'done' : 'open' } } });
      notifySuccess(done ? `“${row.title}” done.` : `“${row.title}” reopened.`);
    } catch (error) {
      notifyError(error, `Could not update “${row.title}”`);
    }
  };
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((row) => (
        <Group key={row.id} component="li" gap="sm" wrap="nowrap" align="flex-start">
          <Checkbox
            mt={2}
            aria-label={`Mark “${row.title}” done`}
            checked={row.status === 'done'}
            disabled={!row.viewerCanUpdate || row.status === 'dropped'}
            onChange={(event) => void toggle(row, event.currentTarget.checked)}
          />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} td={row.status === 'done' ? 'line-through' : undefined}>
              {row.title}
            </Text>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {row.owner?.name ?? 'A former member'} · due {formatLocalDate(row.dueOn)}
                {row.subject ? ` · ${row.subject.name}` : ''}
              </Text>
              {row.overdue && (
                <Badge size="xs" color="red" variant="light">
                  Overdue
                </Badge>
              )}
              {programByItem && (
                <Anchor component={Link} to={`/programs/${row.programId}/meetings/${row.meetingId}`} size="xs">
                  {programByItem.get(row.id) ?? 'Program'} meeting
                </Anchor>
              )}
            </Group>
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
