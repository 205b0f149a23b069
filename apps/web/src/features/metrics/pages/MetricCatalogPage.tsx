import { useQuery } from '@apollo/client/react';
import { Group, Paper, Skeleton, Table, Text, ThemeIcon } from '@mantine/core';
import { METRIC_UNIT_LABELS } from '@rollout/domain';
import { IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { graphql } from '../../../gql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';

export const MetricCatalogQuery = graphql(`
  query MetricCatalog {
    metricCatalog {
      key
      name
      unit
      direction
    }
  }
`);

export function MetricCatalogPage() {
  const { data, error, refetch } = useQuery(MetricCatalogQuery);

  return (
    <>
      <PageHeader
        title="Metric catalog"
        description="Standard success metrics for pilots and rollouts. Each has a unit and a direction: whether a rising value is good news."
      />
      {error && !data ? (
        <QueryErrorAlert error={error} title="Could not load the metric catalog" onRetry={() => void refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={560}>
            <Table aria-busy={!data}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Metric</Table.Th>
                  <Table.Th w={140}>Unit</Table.Th>
                  <Table.Th w={220}>Direction</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data
                  ? data.metricCatalog.map((metric) => {
                      const higher = metric.direction === 'higher_is_better';
                      return (
                        <Table.Tr key={metric.key} data-testid="metric-row">
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {metric.name}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{METRIC_UNIT_LABELS[metric.unit]}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Group gap={8} wrap="nowrap">
                              <ThemeIcon size={22} radius="xl" variant="light" color={higher ? 'teal' : 'indigo'}>
                                {higher ? <IconTrendingUp size={14} /> : <IconTrendingDown size={14} />}
                              </ThemeIcon>
                              <Text size="sm">{higher ? 'Higher is better' : 'Lower is better'}</Text>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })
                  : Array.from({ length: 8 }, (_, index) => (
                      <Table.Tr key={index} aria-hidden="true">
                        <Table.Td>
                          <Skeleton height={14} width={220} />
                        </Table.Td>
                        <Table.Td>
                          <Skeleton height={14} width={50} />
                        </Table.Td>
                        <Table.Td>
                          <Skeleton height={14} width={130} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </>
  );
}
