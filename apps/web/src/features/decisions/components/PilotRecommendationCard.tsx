import { Alert, Anchor, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { GATE_DECISION_DESCRIPTIONS, GATE_DECISION_LABELS } from '@rollout/domain';
import { IconFlag } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../shared/lib/format';
import { GateDecisionBadge } from '../../pilots/components/PilotBadges';
import { RecommendationStage } from './RecommendationStage';
import { EvaluationUnavailable } from './EvaluationUnavailable';

export const PilotRecommendationFragment = graphql(`
  fragment PilotRecommendation on Pilot {
    id
    status
    evaluation {
      asOf
      recommendation {
        decision
        stage
        tooEarly
        whatWouldChange
        summary
        weightedProgress
        flags {
          unitId
          message
        }
      }
    }
    # Flags name their unit from the pilot's units, already loaded for the header.
    units {
      id
      name
    }
    decisions {
      id
      decision
      recommendation
      rationale
      decidedAt
      decidedBy {
        id
        name
      }
    }
  }
`);

export interface PilotRecommendationCardProps {
  pilot: FragmentType<typeof PilotRecommendationFragment>;
}

/** What Rollout recommends at the gate if it were today, and why; once decided, the decision itself. */
export function PilotRecommendationCard({ pilot: pilotRef }: PilotRecommendationCardProps) {
  const pilot = getFragmentData(PilotRecommendationFragment, pilotRef);
  const decision = pilot.status === 'decided' ? pilot.decisions[0] : undefined;

  if (decision) {
    return (
      <Paper withBorder p="lg" component="section" aria-labelledby="pilot-gate-title" data-testid="pilot-decision">
        <Group gap="sm" mb="xs">
          <Title order={2} fz="lg" fw={600} id="pilot-gate-title">
            Gate decision
          </Title>
          <GateDecisionBadge decision={decision.decision} size="lg" />
        </Group>
        <Text size="sm">{GATE_DECISION_DESCRIPTIONS[decision.decision]}</Text>
        <Text size="sm" c="dimmed" mt={4}>
          Decided by {decision.decidedBy.name} on {formatDateTime(decision.decidedAt)}
          {decision.recommendation === decision.decision
            ? ', as Rollout recommended.'
            : `; Rollout recommended ${GATE_DECISION_LABELS[decision.recommendation].toLowerCase()}.`}
        </Text>
        {decision.rationale.trim() && (
          <Text size="sm" mt="xs" fs="italic" style={{ overflowWrap: 'anywhere' }}>
            “{decision.rationale}”
          </Text>
        )}
        <Anchor component={Link} to={`/pilots/${pilot.id}/gate`} size="sm" mt="sm" display="inline-block">
          Open the gate review
        </Anchor>
      </Paper>
    );
  }

  if (!pilot.evaluation) return <EvaluationUnavailable />;
  const { recommendation } = pilot.evaluation;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="pilot-gate-title" data-testid="pilot-recommendation">
      <Group justify="space-between" align="flex-start" gap="sm" mb="xs">
        <Group gap="sm">
          <Title order={2} fz="lg" fw={600} id="pilot-gate-title">
            {pilot.status === 'in_review' ? 'Recommendation for the gate' : 'Recommendation if decided today'}
          </Title>
          <GateDecisionBadge decision={recommendation.decision} size="lg" prefix={recommendation.tooEarly ? 'For now:' : undefined} />
        </Group>
        {recommendation.weightedProgress !== null && recommendation.weightedProgress !== undefined && (
          <Text size="sm" c="dimmed">
            Primary metrics {Math.round(Math.max(0, recommendation.weightedProgress) * 100)}% of the way to target
          </Text>
        )}
      </Group>
      <Text size="sm" fw={500} data-testid="recommendation-summary">
        {recommendation.summary}
      </Text>
      <Box mt="xs">
        <RecommendationStage stage={recommendation.stage} tooEarly={recommendation.tooEarly} whatWouldChange={recommendation.whatWouldChange} />
      </Box>
      <Text size="xs" c="dimmed" mt={4}>
        Each success metric below says why in one sentence, and how sure it is. The steering committee decides at the gate review.
      </Text>
      {recommendation.flags.length > 0 && (
        <Stack gap="xs" mt="md">
          {recommendation.flags.map((flag) => (
            <Alert
              key={flag.unitId}
              color="yellow"
              variant="light"
              icon={<IconFlag size={18} />}
              title={`Check ${pilot.units.find((unit) => unit.id === flag.unitId)?.name ?? 'a pilot unit'}`}
            >
              {flag.message}
            </Alert>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
