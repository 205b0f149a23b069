import { Group, Text } from '@mantine/core';
import { formatMetricValue, METRIC_STATE_LABELS } from '@rollout/domain';
import type { ReactNode } from 'react';
import { Sparkline } from '../../../shared/components/Sparkline';
import { METRIC_STATE_COLORS } from '../../pilots/pilot-display';
import type { PortfolioQuery } from '../../../gql/graphql';

type KeyMetric = NonNullable<PortfolioQuery['portfolio']['programs'][number]['pilots'][number]['keyMetric']>;

/** A pilot's key metric: its weekly values against the target as a sparkline, then where it stands in words. */
export function KeyMetricLine({ keyMetric, lead, size = { width: 56, height: 18 } }: { keyMetric: KeyMetric; lead?: ReactNode; size?: { width: number; height: number } }) {
  const { metric, state, current, weekly } = keyMetric;
  const target = metric.target ?? null;
  return (
    <Group gap={6} wrap="nowrap">
      <Sparkline
        values={weekly}
        reference={target}
        label={`${metric.name} week by week: ${weekly.map((value) => (value === null ? 'none' : formatMetricValue(value, metric.unit))).join(', ')}${target !== null ? `; target ${formatMetricValue(target, metric.unit)}` : ''}`}
        width={size.width}
        height={size.height}
        color={`var(--mantine-color-${METRIC_STATE_COLORS[state]}-filled)`}
      />
      <Text size="xs" c={lead ? undefined : 'dimmed'}>
        {lead}
        {metric.name}: {current != null ? formatMetricValue(current, metric.unit) : 'no values yet'}
        {target !== null && ` vs ${formatMetricValue(target, metric.unit)}`} ·{' '}
        <Text span inherit c={`var(--mantine-color-${METRIC_STATE_COLORS[state]}-text)`} fw={500}>
          {METRIC_STATE_LABELS[state]}
        </Text>
      </Text>
    </Group>
  );
}
