import { Alert, Box, Card, Group, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { formatMonth, joinNames } from '@rollout/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import type { BacklogPlan } from '../hooks/useBacklog';

type Team = NonNullable<NonNullable<BacklogPlan['data']>['program']>['backlog']['capacity'][number];
type Month = Team['months'][number];

const days = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
const BAR_HEIGHT = 44;

/** One month as a column: its height is the load (capped at the top, red above capacity). */
function MonthBar({ month }: { month: Month }) {
  const load = month.loadPercent ?? (month.committedDays > 0 ? 100 : 0);
  const color = month.overCommitted ? 'var(--mantine-color-red-6)' : load >= 85 ? 'var(--mantine-color-yellow-6)' : 'var(--mantine-color-blue-6)';
  const label = `${formatMonth(month.month)}: ${days(month.committedDays)} of ${days(month.capacityDays)} person-days`;
  return (
    <Tooltip label={label} withArrow>
      <Stack gap={2} align="center" style={{ flex: 1 }} tabIndex={0} role="img" aria-label={label}>
        <Box h={BAR_HEIGHT} w="100%" maw={40} pos="relative" style={{ borderRadius: 4, background: 'var(--mantine-color-default-border)' }}>
          <Box pos="absolute" bottom={0} left={0} right={0} h={`${Math.min(100, load)}%`} style={{ borderRadius: 4, background: color }} />
        </Box>
        <Text size="10px" c={month.overCommitted ? 'red' : 'dimmed'} fw={month.overCommitted ? 700 : undefined}>
          {formatMonth(month.month).slice(0, 3)}
        </Text>
      </Stack>
    </Tooltip>
  );
}

function TeamRow({ team }: { team: Team }) {
  const over = team.months.some((month) => month.overCommitted);
  return (
    <Stack gap={6} component="section" aria-label={`${team.teamName} capacity`}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Stack gap={0} w={130}>
          <Text fw={600} size="sm">
            {team.teamName}
          </Text>
          <Text size="xs" c="dimmed">
            {days(team.heads)} {team.heads === 1 ? 'person' : 'people'}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap" style={{ flex: 1 }} align="flex-end">
          {team.months.map((month) => (
            <MonthBar key={month.month} month={month} />
          ))}
        </Group>
      </Group>
      {over ? (
        <Alert variant="light" color="red" icon={<IconAlertTriangle size={16} />} p="xs">
          {team.sentence}
          {team.guidance.map((line) => (
            <Text key={line} size="xs" mt={4}>
              Staffing guidance: {line}
            </Text>
          ))}
        </Alert>
      ) : (
        <Text size="xs" c="dimmed">
          {team.sentence}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Each team's committed work against its capacity, month by month: a column per month, the story in
 * a sentence, the staffing guidance beside an over-commitment. Teams with people but no committed
 * work are named on one line, so the teams with work stand out.
 */
export function CapacityCard({ plan, focusDays }: { plan: BacklogPlan; focusDays: number }) {
  const { data, error, refetch } = plan;
  const teams = data?.program?.backlog.capacity;
  const busy = (teams ?? []).filter((team) => team.months.some((month) => month.committedDays > 0));
  const idle = (teams ?? []).filter((team) => !busy.includes(team));
  // The over-committed first: that is what the reader came for.
  const ordered = [...busy].sort((a, b) => Number(b.months.some((m) => m.overCommitted)) - Number(a.months.some((m) => m.overCommitted)));
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
        <Stack gap="md">
          {ordered.map((team) => (
            <TeamRow key={team.teamKey} team={team} />
          ))}
          {idle.length > 0 && (
            <Text size="xs" c="dimmed">
              No work committed in these months: {joinNames(idle.map((team) => `${team.teamName} (${days(team.heads)})`))}.
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
