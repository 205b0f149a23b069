import { Alert, Card, Group, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { formatMonth } from '@rollout/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import type { BacklogPlan } from '../hooks/useBacklog';

const days = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** Each team's committed work against its capacity, month by month: a bar per month, the story in a sentence, the staffing guidance beside it. */
export function CapacityCard({ plan, focusDays }: { plan: BacklogPlan; focusDays: number }) {
  const { data, error, refetch } = plan;
    const teams = data?.program?.backlog.capacity;
  return (
    <Card withBorder padding="lg" radius="md" h="100%">
      <Title order={2} fz="lg" mb={4}>
        Capacity against demand
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Planned people (the design’s headcount) × {days(focusDays)} focus days a month, against the effort of work committed to each month.
      </Text>
      {error && !teams ? (
        <QueryErrorAlert error={error} title="Could not load capacity" onRetry={() => void refetch()} />
      ) : !teams ? (
        <Skeleton height={200} />
      ) : teams.length === 0 ? (
        <Text size="sm" c="dimmed">
          No team has planned people or committed work yet. Plan the headcount in the Design tab; commit requests to months here.
        </Text>
      ) : (
        <Stack gap="lg">
          {teams.map((team) => {
            const over = team.months.some((month) => month.overCommitted);
            return (
              <Stack key={team.teamKey} gap={6} component="section" aria-label={`${team.teamName} capacity`}>
                <Group justify="space-between">
                  <Text fw={600}>{team.teamName}</Text>
                  <Text size="sm" c="dimmed">
                    {days(team.heads)} {team.heads === 1 ? 'person' : 'people'}
                  </Text>
                </Group>
                {over ? (
                  <Alert variant="light" color="red" icon={<IconAlertTriangle size={16} />} p="xs">
                    {team.sentence}
                  </Alert>
                ) : (
                  <Text size="sm">{team.sentence}</Text>
                )}
                {team.months.map((month) => (
                  <Group key={month.month} gap="xs" wrap="nowrap">
                    <Text size="xs" w={70}>
                      {formatMonth(month.month)}
                    </Text>
                    <Progress
                      value={Math.min(100, month.loadPercent ?? (month.committedDays > 0 ? 100 : 0))}
                      color={month.overCommitted ? 'red' : (month.loadPercent ?? 0) >= 85 ? 'yellow' : 'blue'}
                      style={{ flex: 1 }}
                      aria-label={`${formatMonth(month.month)}: ${days(month.committedDays)} of ${days(month.capacityDays)} person-days`}
                    />
                    <Text size="xs" w={96} ta="right" c={month.overCommitted ? 'red' : undefined}>
                      {days(month.committedDays)} / {days(month.capacityDays)} d
                    </Text>
                  </Group>
                ))}
                {team.guidance.map((line) => (
                  <Text key={line} size="xs" c="dimmed">
                    Staffing guidance: {line}
                  </Text>
                ))}
              </Stack>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
