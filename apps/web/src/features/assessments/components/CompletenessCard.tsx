import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { formatCalendarDate } from '@rollout/domain';
import type { AssessmentData, GridColumn } from './assessment-grid';

export interface CompletenessCardProps {
  assessment: AssessmentData;
  canRemind: boolean;
  reminding: boolean;
  onRemind: (column: GridColumn) => void;
}

/** How much of each column is filled, against the share the program needs before Align. */
export function CompletenessCard({ assessment, canRemind, reminding, onRemind }: CompletenessCardProps) {
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Completeness
        </Title>
        <Text size="sm" fw={600}>
          {assessment.completeness} % of {assessment.threshold} % needed for Align
        </Text>
      </Group>
      <Stack gap="xs" component="ul" aria-label="Completeness per unit" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {assessment.columns.map((column) => (
          <li key={column.unitId ?? 'central'}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{column.name}</Text>
              <Text size="sm" c="dimmed">
                {column.filled} of {column.total} · {column.percent} %
              </Text>
            </Group>
            <Progress value={column.percent} size="sm" aria-label={`${column.name}: ${column.percent} % filled`} />
            {canRemind && column.unitId !== null && column.percent < 100 ? (
              <Group gap="xs" mt={4}>
                <Button size="compact-xs" variant="default" loading={reminding} onClick={() => onRemind(column)}>
                  Remind {column.name}
                </Button>
                {column.lastRemindedAt ? (
                  <Text size="xs" c="dimmed">
                    Last reminded {formatCalendarDate(column.lastRemindedAt.slice(0, 10))}
                  </Text>
                ) : null}
              </Group>
            ) : null}
          </li>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt="sm">
        Reminders are kept in the program’s history; sending them as messages comes with notifications.
      </Text>
    </Paper>
  );
}
