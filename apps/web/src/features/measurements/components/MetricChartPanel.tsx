import { Box, Button, Collapse, Skeleton, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatMetricValue, isoWeekStart } from '@rollout/domain';
import { IconTable, IconTableOff } from '@tabler/icons-react';
import { lazy, Suspense, useId, useMemo } from 'react';
import { chartReferences, chartScale, describeChart, formatShortWeek, type ChartMetric, type ChartPoint } from '../chart-data';

// recharts is only downloaded once a pilot page shows a chart.
const MetricChart = lazy(() => import('./MetricChart').then((module) => ({ default: module.MetricChart })));

export interface MetricChartPanelProps {
  metric: ChartMetric;
  /** The baseline the evaluation used (entered or measured); null when there is none yet. */
  baseline: number | null;
  /** Weekly means, oldest first (MetricEvaluation.weekly). */
  weekly: readonly { weekStart: string; pilot?: number | null; comparison?: number | null }[];
  /** The pilot's first day: weeks before it are the baseline period. */
  startDate: string;
  /** Whether the pilot has comparison units (a second series). */
  hasComparison: boolean;
}

/** A metric's weekly pilot and comparison values as a line chart, with the same values as a table on demand. */
export function MetricChartPanel({ metric, baseline, weekly, startDate, hasComparison }: MetricChartPanelProps) {
  const [tableOpened, table] = useDisclosure(false);
  const tableId = useId();
  const points = useMemo<ChartPoint[]>(
    () => weekly.map((point) => ({ weekStart: point.weekStart, pilot: point.pilot ?? null, comparison: point.comparison ?? null })),
    [weekly],
  );
  const references = useMemo(() => chartReferences(metric, baseline), [metric, baseline]);
  const scale = useMemo(() => chartScale(points, references), [points, references]);
  const startWeek = isoWeekStart(startDate);
  const showComparison = hasComparison && points.some((point) => point.comparison !== null);

  if (points.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="metric-chart-empty">
        No weekly values yet. They appear here once measurements are imported or entered.
      </Text>
    );
  }

  const value = (number: number | null) => (number === null ? '—' : formatMetricValue(number, metric.unit));

  return (
    <Box>
      <Box role="img" aria-label={describeChart(metric, points, references)} data-testid="metric-chart">
        <Suspense fallback={<Skeleton height={250} aria-hidden />}>
          <MetricChart
            points={points}
            unit={metric.unit}
            references={references}
            startWeek={points.some((point) => point.weekStart === startWeek) ? startWeek : null}
            hasComparison={showComparison}
            scale={scale}
          />
        </Suspense>
      </Box>
      <Button
        variant="subtle"
        size="compact-sm"
        mt={4}
        leftSection={tableOpened ? <IconTableOff size={14} /> : <IconTable size={14} />}
        onClick={table.toggle}
        aria-expanded={tableOpened}
        aria-controls={tableId}
      >
        {tableOpened ? 'Hide the values' : 'Show the values as a table'}
      </Button>
      <Collapse expanded={tableOpened} id={tableId}>
        {tableOpened && (
          <Table.ScrollContainer minWidth={320} mt="xs">
            <Table striped withTableBorder fz="sm" verticalSpacing={4} aria-label={`${metric.name}, weekly values`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Week starting</Table.Th>
                  <Table.Th ta="right">Pilot units</Table.Th>
                  {showComparison && <Table.Th ta="right">Comparison units</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((point) => (
                  <Table.Tr key={point.weekStart} data-testid="metric-week-row">
                    <Table.Td>
                      {formatShortWeek(point.weekStart)}
                      {point.weekStart < startWeek && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          · before the start
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{value(point.pilot)}</Table.Td>
                    {showComparison && <Table.Td ta="right">{value(point.comparison)}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Collapse>
    </Box>
  );
}
