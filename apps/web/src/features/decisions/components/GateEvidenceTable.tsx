import { Badge, Box, Group, Paper, Text, Title, type MantineColor } from '@mantine/core';
import { formatInterval, formatMetricChange, formatMetricValue } from '@rollout/domain';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { EffectVerdict, GateEvidenceFragment as GateEvidenceFragmentData } from '../../../gql/graphql';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import { MetricKindBadge, MetricStateBadge } from '../../pilots/components/PilotBadges';
import { EffectLooksPanel } from './EffectLooksPanel';
import { MissingWeeksNote } from './MissingWeeksNote';

export const GateEvidenceFragment = graphql(`
  fragment GateEvidence on PilotEvaluation {
    metrics {
      state
      baseline
      baselineSource
      current
      currentWeek
      weeksWithData
      guardrailBreached
      howSure
      ...MissingWeeks
      metric {
        id
        name
        unit
        kind
        direction
        target
        tolerance
      }
      effect {
        effect
        low
        high
        boundary
        verdict
        weeks
        ...EffectLooks
      }
    }
  }
`);

const weekDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** `2026-11-16` → `Nov 16`: the week a current value is from (the year is the pilot's). */
function shortWeek(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : weekDay.format(date);
}

const VERDICTS: Record<EffectVerdict, { label: string; color: MantineColor }> = {
  improved: { label: 'Better than comparison', color: 'green' },
  inconclusive: { label: 'Could be no effect', color: 'yellow' },
  worsened: { label: 'Worse than comparison', color: 'red' },
};

export interface GateEvidenceTableProps {
  evaluation: FragmentType<typeof GateEvidenceFragment>;
}

type EvidenceRow = GateEvidenceFragmentData['metrics'][number];

function formatValue(row: EvidenceRow, value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatMetricValue(value, row.metric.unit);
}

const nowrap = { style: { whiteSpace: 'nowrap' } } as const;

const columns: ResponsiveColumn<EvidenceRow>[] = [
  {
    key: 'metric',
    header: 'Metric',
    cardRole: 'title',
    render: ({ metric }) => (
      <>
        <Text size="sm" fw={600}>
          {metric.name}
        </Text>
        <Group gap={6} wrap="nowrap">
          {metric.kind === 'guardrail' && <MetricKindBadge kind="guardrail" size="xs" />}
          <Text size="xs" c="dimmed">
            {metric.direction === 'lower_is_better' ? 'Lower is better' : 'Higher is better'}
          </Text>
        </Group>
      </>
    ),
  },
  {
    key: 'baseline',
    header: 'Baseline',
    thProps: { ta: 'right' },
    tdProps: { ta: 'right', ...nowrap },
    render: (row) => (
      <>
        <Text size="sm">{formatValue(row, row.baseline)}</Text>
        {row.baselineSource === 'measured' && (
          <Text size="xs" c="dimmed">
            measured
          </Text>
        )}
      </>
    ),
  },
  {
    key: 'current',
    header: 'Current',
    thProps: { ta: 'right' },
    tdProps: { ta: 'right', ...nowrap },
    render: (row) => (
      <>
        <Text size="sm" fw={600}>
          {formatValue(row, row.current)}
        </Text>
        {row.currentWeek && (
          <Text size="xs" c="dimmed">
            week of {shortWeek(row.currentWeek)}
          </Text>
        )}
      </>
    ),
  },
  {
    key: 'target',
    header: 'Target',
    thProps: { ta: 'right' },
    tdProps: { ta: 'right', ...nowrap },
    render: ({ metric }) => {
      const guardrail = metric.kind === 'guardrail';
      return (
        <>
          <Text size="sm">
            {guardrail ? `≤ ${formatMetricChange(metric.tolerance ?? 0, metric.unit)} worse` : metric.target === null ? '—' : formatMetricValue(metric.target, metric.unit)}
          </Text>
          {guardrail && (
            <Text size="xs" c="dimmed">
              than the baseline
            </Text>
          )}
        </>
      );
    },
  },
  {
    key: 'effect',
    header: 'Effect vs comparison units',
    tdProps: nowrap,
    render: ({ metric, effect, howSure }) =>
      effect ? (
        <>
          <Group gap={6} wrap="wrap" style={{ rowGap: 0 }}>
            <Text size="sm" fw={600}>
              {formatMetricChange(effect.effect, metric.unit, true)}
            </Text>
            <Text size="xs" c="dimmed">
              {effect.low !== null && effect.low !== undefined && effect.high !== null && effect.high !== undefined
                ? `(${formatInterval(effect.low, effect.high, metric.unit)})`
                : '(too few weeks for an interval)'}
            </Text>
          </Group>
          {effect.verdict && (
            <Badge size="xs" variant="light" color={VERDICTS[effect.verdict].color}>
              {VERDICTS[effect.verdict].label}
            </Badge>
          )}
          {effect.boundary !== null && effect.boundary !== undefined && (
            <Text size="xs" c="dimmed" data-testid="gate-evidence-boundary">
              boundary {formatMetricChange(effect.boundary, metric.unit, true)}
            </Text>
          )}
          {howSure && (
            <Text size="xs" maw={280} style={{ whiteSpace: 'normal' }} data-testid="gate-evidence-how-sure">
              {howSure}
            </Text>
          )}
        </>
      ) : (
        <Text size="xs" c="dimmed">
          No comparison data
        </Text>
      ),
  },
  {
    key: 'state',
    header: 'State',
    tdProps: nowrap,
    render: (row) => (
      <>
        <MetricStateBadge state={row.state} size="sm" />
        {row.metric.kind === 'guardrail' && row.guardrailBreached && (
          <Text size="xs" c="red" mt={2}>
            Breached
          </Text>
        )}
        <MissingWeeksNote evaluation={row} />
      </>
    ),
  },
];

/** The evidence behind the recommendation: per metric its baseline, current value, target and effect. */
export function GateEvidenceTable({ evaluation: evaluationRef }: GateEvidenceTableProps) {
  const { metrics } = getFragmentData(GateEvidenceFragment, evaluationRef);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="gate-evidence-title">
      <Title order={2} fz="lg" fw={600} id="gate-evidence-title">
        Evidence
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        Current is the pilot units’ mean in their latest week with values. The effect is the pilot units’ change minus the
        comparison units’ change since the baseline. Its interval is wider at early looks, so that looking every week keeps the
        chance of a false “better” at 2.5 % over the whole pilot; the boundary is the effect it must pass to call the pilot better.
      </Text>
      {metrics.length === 0 ? (
        <Text size="sm" c="dimmed">
          The pilot has no success metrics.
        </Text>
      ) : (
        <ResponsiveTable
          aria-label="Evidence per metric"
          rows={metrics}
          columns={columns}
          rowKey={(row) => row.metric.id}
          rowProps={() => ({ 'data-testid': 'gate-evidence-row' })}
          tableProps={{ verticalSpacing: 'sm', highlightOnHover: false }}
          minWidth={760}
        />
      )}
      {metrics.map((row) =>
        row.effect ? (
          <Box key={row.metric.id} mt="md" data-testid="gate-evidence-looks">
            <Text size="sm" fw={600}>
              {row.metric.name}: effect against the comparison units, week by week
            </Text>
            <EffectLooksPanel metricName={row.metric.name} unit={row.metric.unit} effect={row.effect} />
          </Box>
        ) : null,
      )}
    </Paper>
  );
}
