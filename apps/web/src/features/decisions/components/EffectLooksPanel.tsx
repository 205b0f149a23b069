import { Box, Skeleton, Text } from '@mantine/core';
import { formatMetricChange, type MetricUnit } from '@rollout/domain';
import { lazy, Suspense } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatShortWeek } from '../../measurements/chart-data';

export const EffectLooksFragment = graphql(`
  fragment EffectLooks on EffectEstimate {
    looks {
      weekStart
      effect
      low
      high
      boundary
    }
  }
`);

// recharts is only downloaded once a chart is shown.
const EffectLooksChart = lazy(() => import('./EffectLooksChart').then((module) => ({ default: module.EffectLooksChart })));

/** One weekly look at the effect against the comparison units (EffectEstimate.looks). */
export interface EffectLookPoint {
  weekStart: string;
  effect: number;
  low: number | null;
  high: number | null;
  boundary: number | null;
}

export interface EffectLooksPanelProps {
  metricName: string;
  unit: MetricUnit;
  effect: FragmentType<typeof EffectLooksFragment>;
}

/** What the chart shows, in one sentence, for screen readers. */
export function describeLooks(metricName: string, unit: MetricUnit, looks: readonly EffectLookPoint[]): string {
  const change = (value: number) => formatMetricChange(value, unit, true);
  const last = looks.at(-1);
  if (!last) return `${metricName}: no look at the effect yet.`;
  const range = last.low !== null && last.high !== null ? `, interval ${change(last.low)} to ${change(last.high)}` : '';
  const bar = last.boundary !== null ? `; the boundary to call it better was ${change(last.boundary)}` : '';
  return `${metricName}, effect against the comparison units at each weekly look: ${looks.length} looks; after the week of ${formatShortWeek(last.weekStart)} ${change(last.effect)}${range}${bar}.`;
}

/**
 * The effect against the comparison units at every weekly look, with its interval and the boundary
 * it had to pass: the boundary starts far out and comes in towards the end, so that looking every
 * week does not make a false "better" more likely.
 */
export function EffectLooksPanel({ metricName, unit, effect }: EffectLooksPanelProps) {
  const { looks } = getFragmentData(EffectLooksFragment, effect);
  const points: EffectLookPoint[] = looks.map((look) => ({ weekStart: look.weekStart, effect: look.effect, low: look.low ?? null, high: look.high ?? null, boundary: look.boundary ?? null }));
  if (!points.some((point) => point.boundary !== null)) return null;
  return (
    <Box>
      <Text size="xs" c="dimmed" mb={4}>
        Effect at each weekly look. The shaded band is the interval; the dashed line is the boundary the effect must pass to call
        the pilot better — far out early, closer at the end.
      </Text>
      <Box role="img" aria-label={describeLooks(metricName, unit, points)} data-testid="effect-looks-chart">
        <Suspense fallback={<Skeleton height={200} aria-hidden />}>
          <EffectLooksChart looks={points} unit={unit} />
        </Suspense>
      </Box>
    </Box>
  );
}
