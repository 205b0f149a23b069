import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { formatMonth, REQUEST_STATUS_LABELS } from '@rollout/domain';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';

export const RevopsDeliveryQuery = graphql(`
  query RevopsDelivery {
    revopsDelivery {
      programId
      programName
      committed
      inProgress
      delivered
      items {
        requestId
        label
        problem
        teamName
        plannedMonth
        status
      }
    }
  }
`);

/** Items a program shows before "more on its roadmap" (the server sends a few more than this, and the counts). */
const SHOWN_ITEMS = 4;
const total = (program: { committed: number; inProgress: number; delivered: number }) => program.committed + program.inProgress + program.delivered;

/** What the RevOps function is delivering this quarter and next, program by program: the executive's read of every backlog's roadmap. */
export function DeliveryCard() {
  const { data, error, refetch } = useQuery(RevopsDeliveryQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const programs = data?.revopsDelivery;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="revops-delivery-title">
      <Title order={2} fz="lg" id="revops-delivery-title">
        What RevOps is delivering
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        This quarter and next, from each program’s backlog roadmap.
      </Text>
      {error && !programs ? (
        <QueryErrorAlert error={error} title="Could not load what RevOps is delivering" onRetry={() => void refetch()} />
      ) : !programs ? (
        <Skeleton height={120} />
      ) : programs.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing committed on any program’s roadmap this quarter or next.
        </Text>
      ) : (
        <Stack gap="lg">
          {programs.map((program) => (
            <Stack key={program.programId} gap={6}>
              <Group justify="space-between" gap="xs">
                <Anchor component={Link} to={`/programs/${program.programId}?tab=backlog`} fw={600}>
                  {program.programName}
                </Anchor>
                <Group gap={6}>
                  <Badge variant="light" color="violet">
                    {program.committed} committed
                  </Badge>
                  <Badge variant="light" color="indigo">
                    {program.inProgress} in progress
                  </Badge>
                  <Badge variant="light" color="green">
                    {program.delivered} delivered
                  </Badge>
                </Group>
              </Group>
              {program.items.slice(0, SHOWN_ITEMS).map((item) => (
                <Group key={item.requestId} gap="xs" wrap="nowrap" align="baseline">
                  <Text size="xs" c="dimmed" w={64} style={{ flexShrink: 0 }}>
                    {formatMonth(item.plannedMonth)}
                  </Text>
                  <Text size="sm" lineClamp={1} style={{ flex: 1 }}>
                    <Anchor component={Link} to={`/programs/${program.programId}?tab=backlog&request=${item.requestId}`} size="sm">
                      {item.label}
                    </Anchor>{' '}
                    {item.problem}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                    {item.teamName}
                    {item.status === 'committed' ? '' : ` · ${REQUEST_STATUS_LABELS[item.status]}`}
                  </Text>
                </Group>
              ))}
              {total(program) > SHOWN_ITEMS && (
                <Anchor component={Link} to={`/programs/${program.programId}?tab=backlog`} size="xs">
                  {total(program) - SHOWN_ITEMS} more on its roadmap
                </Anchor>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
