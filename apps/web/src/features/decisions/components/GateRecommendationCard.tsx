import { Alert, Box, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatLocalDate } from '../../../shared/lib/format';
import { GateDecisionBadge, MetricStateBadge } from '../../pilots/components/PilotBadges';
import { RecommendationStage } from './RecommendationStage';

export const GateRecommendationFragment = graphql(`
  fragment GateRecommendation on PilotEvaluation {
    asOf
    recommendation {
      decision
      stage
      tooEarly
      whatWouldChange
      summary
      reasons
      weightedProgress
      flags {
        unitId
        message
        unit {
          id
          name
        }
      }
    }
    metrics {
      state
      metric {
        id
        name
        kind
      }
    }
  }
`);

export interface GateRecommendationCardProps {
  evaluation: FragmentType<typeof GateRecommendationFragment>;
  /** Whether the viewer records the decision; read-only viewers are not told what they decide. */
  canDecide: boolean;
  /** The pilot's last day: an evaluation stops there, however late it is read. */
  pilotEndDate: string;
}

/** What Rollout suggests at the gate: the decision, the rule that decided, one line per metric, and flags. */
export function GateRecommendationCard({ evaluation: evaluationRef, canDecide, pilotEndDate }: GateRecommendationCardProps) {
  const evaluation = getFragmentData(GateRecommendationFragment, evaluationRef);
  const { recommendation, metrics } = evaluation;
  const progress = recommendation.weightedProgress;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="gate-recommendation-title">
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
        <div>
          <Title order={2} fz="lg" fw={600} id="gate-recommendation-title">
            Recommendation
          </Title>
          <Text size="xs" c="dimmed">
            {evaluation.asOf > pilotEndDate
              ? `From the success metrics over the whole pilot, to ${formatLocalDate(pilotEndDate)}.`
              : `From the success metrics as of ${formatLocalDate(evaluation.asOf)}.`}
            {canDecide ? ' You decide; a different decision needs a rationale.' : ' The program’s leads record the decision.'}
          </Text>
        </div>
        <GateDecisionBadge decision={recommendation.decision} size="xl" prefix={recommendation.tooEarly ? 'For now:' : undefined} />
      </Group>
      <Text fw={500} mb="xs" data-testid="gate-recommendation-summary">
        {recommendation.summary}
      </Text>
      <Box mb="md">
        <RecommendationStage stage={recommendation.stage} tooEarly={recommendation.tooEarly} whatWouldChange={recommendation.whatWouldChange} />
      </Box>
      {progress !== null && progress !== undefined && (
        <Stack gap={4} mb="md" maw={420}>
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Weighted progress of the primary metrics
            </Text>
            <Text size="xs" fw={600}>
              {Math.round(progress * 100)}%
            </Text>
          </Group>
          <Progress
            value={Math.max(0, Math.min(100, progress * 100))}
            color={progress >= 1 ? 'green' : progress >= 0.5 ? 'teal' : 'orange'}
            size="sm"
            aria-label="Weighted progress of the primary metrics"
          />
        </Stack>
      )}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Reasons per metric">
        {recommendation.reasons.map((reason, index) => {
          const metric = metrics[index];
          return (
            <Group key={`${index}-${reason}`} component="li" gap="sm" wrap="nowrap" align="flex-start" data-testid="gate-reason">
              {metric ? (
                <Box miw={104} style={{ flexShrink: 0 }}>
                  <MetricStateBadge state={metric.state} size="sm" />
                </Box>
              ) : null}
              <Text size="sm">{reason}</Text>
            </Group>
          );
        })}
      </Stack>
      {recommendation.flags.length > 0 && (
        <Stack gap="xs" mt="md">
          {recommendation.flags.map((flag) => (
            <Alert
              key={flag.unitId}
              color="yellow"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              title={`${flag.unit.name}: green while off track`}
              data-testid="gate-flag"
            >
              {flag.message}
            </Alert>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
