import { useQuery } from '@apollo/client/react';
import { Group, Text, ThemeIcon } from '@mantine/core';
import { METRIC_UNIT_LABELS } from '@rollout/domain';
import { IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { graphql } from '../../../gql';
import type { MetricCatalogQuery as MetricCatalogQueryData } from '../../../gql/graphql';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
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

type CatalogMetric = MetricCatalogQueryData['metricCatalog'][number];

const columns: ResponsiveColumn<CatalogMetric>[] = [
  {
    key: 'name',
    header: 'Metric',
    cardRole: 'title',
    render: (metric) => (
      <Text size="sm" fw={500}>
        {metric.name}
      </Text>
    ),
  },
  { key: 'unit', header: 'Unit', thProps: { w: 140 }, render: (metric) => <Text size="sm">{METRIC_UNIT_LABELS[metric.unit]}</Text> },
  {
    key: 'direction',
    header: 'Direction',
    thProps: { w: 220 },
    render: (metric) => {
      const higher = metric.direction === 'higher_is_better';
      return (
        <Group gap={8} wrap="nowrap">
          <ThemeIcon size={22} radius="xl" variant="light" color={higher ? 'teal' : 'indigo'}>
            {higher ? <IconTrendingUp size={14} /> : <IconTrendingDown size={14} />}
          </ThemeIcon>
          <Text size="sm">{higher ? 'Higher is better' : 'Lower is better'}</Text>
        </Group>
      );
    },
  },
];

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
        <ResponsiveTable
          aria-label="Metric catalog"
          rows={data?.metricCatalog ?? []}
          columns={columns}
          rowKey={(metric) => metric.key}
          rowProps={() => ({ 'data-testid': 'metric-row' })}
          tableProps={{ withTableBorder: true }}
          loadingRows={data ? undefined : 8}
        />
      )}
    </>
  );
}
