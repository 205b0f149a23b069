import { ActionIcon, Alert, Badge, Box, Grid, Group, Paper, Progress, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { formatInterval, formatMetricChange, formatMetricValue } from '@rollout/domain';
import { IconAlertTriangle, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { EffectVerdict } from '../../../gql/graphql';
import { METRIC_DIRECTION_LABELS, METRIC_STATE_COLORS } from '../pilot-display';
import { formatShortWeek } from '../../measurements/chart-data';
import { MeasurementsButton } from '../../measurements/components/MeasurementsDialog';
import type { MeasurementUnitOption } from '../../measurements/components/MeasurementsTable';
import { MetricChartPanel } from '../../measurements/components/MetricChartPanel';
import { EffectLooksPanel } from '../../decisions/components/EffectLooksPanel';
import { MissingWeeksNote } from '../../decisions/components/MissingWeeksNote';
import { MetricKindBadge, MetricStateBadge } from './PilotBadges';
import type { EditableMetric } from './SuccessMetricForm';

export const MetricEvaluationCardFragment = graphql(`
  fragment MetricEvaluationCard on MetricEvaluation {
    baseline
    baselineSource
    current
    currentWeek
    progress
    state
    summary
    guardrailBreached
    weeksWithData
    howSure
    ...MissingWeeks
    effect {
      effect
      low
      high
      boundary
      verdict
      weeks
      ...EffectLooks
    }
    # The fields the metric form edits, selected here so the card can open it without another query.
    metric {
      id
      version
      catalogKey
      name
      kind
      unit
      direction
      baseline
      target
      tolerance
      weight
    }
    weekly {
      weekStart
      pilot
      comparison
    }
  }
`);

const VERDICTS: Record<EffectVerdict, { label: string; color: string }> = {
  improved: { label: 'Better than the comparison units', color: 'green' },
  inconclusive: { label: 'Could be no effect', color: 'gray' },
  worsened: { label: 'Worse than the comparison units', color: 'red' },
};

export interface SuccessMetricCardProps {
  evaluation: FragmentType<typeof MetricEvaluationCardFragment>;
  startDate: string;
  hasComparison: boolean;
  /** Set while the metric can be changed (a planned pilot, for its managers). */
  onEdit?: (metric: EditableMetric) => void;
  onRemove?: (metric: { id: string; name: string }) => void;
  /** The units whose values the "Values" dialog shows, and whether they may still change. */
  measurements?: { units: readonly MeasurementUnitOption[]; writable: boolean };
}

function Figure({ label, value, caption, testId }: { label: string; value: ReactNode; caption?: ReactNode; testId: string }) {
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz={22} fw={650} lh={1.3}>
        {value}
      </Text>
      {caption && (
        <Text size="xs" c="dimmed">
          {caption}
        </Text>
      )}
    </div>
  );
}

/** One success metric: where it stands against its baseline and target, in numbers, words and a chart. */
export function SuccessMetricCard({ evaluation: evaluationRef, startDate, hasComparison, onEdit, onRemove, measurements }: SuccessMetricCardProps) {
  const evaluation = getFragmentData(MetricEvaluationCardFragment, evaluationRef);
  const { metric, effect } = evaluation;
  const value = (number: number) => formatMetricValue(number, metric.unit);
  const guardrail = metric.kind === 'guardrail';
  // A guardrail holds its baseline (falling back to its optional level); a primary metric shows its target.
  const holdOrTarget = guardrail ? (evaluation.baseline ?? metric.target) : metric.target;
  const progress = evaluation.progress ?? null;
  const titleId = `metric-${metric.id}-title`;

  return (
    <Paper
      withBorder
      p="lg"
      component="article"
      aria-labelledby={titleId}
      data-testid="metric-card"
      data-state={evaluation.state}
      data-metric-name={metric.name}
    >
      <Group justify="space-between" align="flex-start" gap="sm" mb="md">
        <div style={{ minWidth: 0, flex: '1 1 220px' }}>
          <Group gap={8} align="center">
            <Title order={3} fz="md" fw={650} id={titleId}>
              {metric.name}
            </Title>
            <MetricKindBadge kind={metric.kind} />
          </Group>
          <Text size="xs" c="dimmed" mt={2}>
            {METRIC_DIRECTION_LABELS[metric.direction]}
            {guardrail && metric.tolerance !== null && metric.tolerance !== undefined
              ? ` · may get worse by at most ${formatMetricChange(metric.tolerance, metric.unit)}`
              : ''}
          </Text>
        </div>
        <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
          <MetricStateBadge state={evaluation.state} size="lg" />
          {measurements && (
            <MeasurementsButton metric={{ id: metric.id, name: metric.name, unit: metric.unit }} units={measurements.units} writable={measurements.writable} />
          )}
          {onEdit && (
            <Tooltip label="Edit metric" withArrow openDelay={300}>
              <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${metric.name}`} onClick={() => onEdit(metric)}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
          )}
          {onRemove && (
            <Tooltip label="Remove metric" withArrow openDelay={300}>
              <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${metric.name}`} onClick={() => onRemove({ id: metric.id, name: metric.name })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>

      {evaluation.guardrailBreached === true && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Guardrail breached" mb="md" role="alert">
          {metric.name} is worse than its baseline by more than the {formatMetricChange(metric.tolerance ?? 0, metric.unit)} the pilot may cost.
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <SimpleGrid cols={3} spacing="sm">
              <Figure
                testId="metric-current"
                label="Current"
                value={evaluation.current === null || evaluation.current === undefined ? '—' : value(evaluation.current)}
                caption={evaluation.currentWeek ? `Week of ${formatShortWeek(evaluation.currentWeek)}` : 'No values yet'}
              />
              <Figure
                testId="metric-baseline"
                label="Baseline"
                value={evaluation.baseline === null || evaluation.baseline === undefined ? '—' : value(evaluation.baseline)}
                caption={
                  evaluation.baselineSource === 'measured'
                    ? 'Measured before the start'
                    : evaluation.baselineSource === 'entered'
                      ? 'Entered'
                      : evaluation.baselineSource === 'assessment'
                        ? 'From the assessment'
                        : 'Not known yet'
                }
              />
              <Figure
                testId="metric-target"
                label={guardrail ? 'Hold at' : 'Target'}
                value={holdOrTarget === null ? '—' : value(holdOrTarget)}
                caption={guardrail ? 'Guardrail' : `${evaluation.weeksWithData} ${evaluation.weeksWithData === 1 ? 'week' : 'weeks'} of data`}
              />
            </SimpleGrid>

            {!guardrail && progress !== null && (
              <div>
                <Progress
                  value={Math.max(0, Math.min(1, progress)) * 100}
                  color={METRIC_STATE_COLORS[evaluation.state]}
                  size="lg"
                  radius="xl"
                  aria-label={`${metric.name}: ${Math.round(progress * 100)}% of the way from baseline to target`}
                />
                <Text size="xs" c="dimmed" mt={4}>
                  {progress < 0
                    ? 'Moving away from the target'
                    : `${Math.round(progress * 100)}% of the way from baseline to target`}
                </Text>
              </div>
            )}

            <Text size="sm" data-testid="metric-summary">
              {evaluation.summary}
            </Text>

            {effect && (
              <Paper bg="var(--app-color-surface-muted)" p="sm" radius="sm" data-testid="metric-effect">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    Effect against the comparison units
                  </Text>
                  {effect.verdict && (
                    <Badge variant="light" color={VERDICTS[effect.verdict].color} size="sm">
                      {VERDICTS[effect.verdict].label}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" mt={4}>
                  <Text span fw={650} inherit>
                    {formatMetricChange(effect.effect, metric.unit, true)}
                  </Text>{' '}
                  {effect.low !== null && effect.low !== undefined && effect.high !== null && effect.high !== undefined ? (
                    <Text span c="dimmed" inherit>
                      (interval {formatInterval(effect.low, effect.high, metric.unit)}) over {effect.weeks}{' '}
                      {effect.weeks === 1 ? 'week' : 'weeks'}
                      {effect.boundary !== null && effect.boundary !== undefined
                        ? `; to call it better it had to pass ${formatMetricChange(effect.boundary, metric.unit, true)}`
                        : ''}
                    </Text>
                  ) : (
                    <Text span c="dimmed" inherit>
                      (too few weeks for a range)
                    </Text>
                  )}
                </Text>
                {evaluation.howSure && (
                  <Text size="sm" mt={4} fw={500} data-testid="metric-how-sure">
                    {evaluation.howSure}
                  </Text>
                )}
                <Box mt="xs">
                  <EffectLooksPanel metricName={metric.name} unit={metric.unit} effect={effect} />
                </Box>
              </Paper>
            )}
            <MissingWeeksNote evaluation={evaluation} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <MetricChartPanel
            metric={{ ...metric, tolerance: metric.tolerance ?? null }}
            baseline={evaluation.baseline ?? null}
            weekly={evaluation.weekly}
            startDate={startDate}
            hasComparison={hasComparison}
          />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
