import { Anchor, Card, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { formatMonth } from '@rollout/domain';
import { ExportMenu } from '../../../shared/components/ExportMenu';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import type { BacklogPlan } from '../hooks/useBacklog';
import { RequestStatusBadge } from './RequestBadges';

/** Committed work on a quarterly roadmap per team: what the RevOps function is delivering. */
export function RoadmapCard({ programId, plan, onOpen }: { programId: string; plan: BacklogPlan; onOpen: (id: string) => void }) {
  const { data, error, refetch } = plan;
    const lanes = data?.program?.backlog.roadmap;
  return (
    <Card withBorder padding="lg" radius="md" h="100%">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg">
          Roadmap
        </Title>
        <ExportMenu href={`/api/programs/${programId}/roadmap`} what="roadmap" />
      </Group>
      {error && !lanes ? (
        <QueryErrorAlert error={error} title="Could not load the roadmap" onRetry={() => void refetch()} />
      ) : !lanes ? (
        <Skeleton height={200} />
      ) : lanes.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing committed yet. Committing a request to a month puts it on its team’s roadmap.
        </Text>
      ) : (
        <Stack gap="lg">
          {lanes.map((lane) => (
            <Stack key={lane.teamKey} gap="xs" component="section" aria-label={`${lane.teamName} roadmap`}>
              <Text fw={600}>{lane.teamName}</Text>
              <SimpleGrid cols={{ base: 1, sm: Math.min(3, lane.quarters.length) }} spacing="sm">
                {lane.quarters.map((quarter) => (
                  <Paper key={quarter.quarter} withBorder p="xs" radius="sm">
                    <Text size="xs" fw={600} c="dimmed" mb={4}>
                      {quarter.quarter}
                    </Text>
                    {quarter.items.length === 0 ? (
                      <Text size="xs" c="dimmed">
                        —
                      </Text>
                    ) : (
                      <Stack gap={6}>
                        {quarter.items.map((item) => (
                          <Stack key={item.requestId} gap={0}>
                            <Anchor component="button" type="button" size="sm" ta="left" lineClamp={2} title={item.problem} onClick={() => onOpen(item.requestId)}>
                              {item.label} · {item.problem}
                            </Anchor>
                            <Group gap={6}>
                              <Text size="xs" c="dimmed">
                                {formatMonth(item.plannedMonth)} · {item.unitName}
                                {item.effortDays !== null ? ` · ${item.effortDays} d` : ''}
                              </Text>
                              {item.status !== 'committed' && <RequestStatusBadge status={item.status} />}
                            </Group>
                          </Stack>
                        ))}
                      </Stack>
                    )}
                  </Paper>
                ))}
              </SimpleGrid>
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
