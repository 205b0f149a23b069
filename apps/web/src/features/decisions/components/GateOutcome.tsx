import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { GATE_DECISION_DESCRIPTIONS, GATE_DECISION_LABELS } from '@rollout/domain';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../shared/lib/format';
import { GateDecisionBadge } from '../../pilots/components/PilotBadges';

export const GateOutcomeFragment = graphql(`
  fragment GateOutcome on Decision {
    id
    decision
    recommendation
    rationale
    lessonsLearned
    decidedAt
    decidedBy {
      id
      name
    }
  }
`);

export interface GateOutcomeProps {
  /** The pilot's gate decisions, newest first. */
  decisions: readonly FragmentType<typeof GateOutcomeFragment>[];
}

/** The decision taken at the gate (newest first), against what was recommended, and why. */
export function GateOutcome({ decisions: decisionRefs }: GateOutcomeProps) {
  const decisions = decisionRefs.map((ref) => getFragmentData(GateOutcomeFragment, ref));
  if (decisions.length === 0) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="gate-outcome-title">
      <Title order={2} fz="lg" fw={600} id="gate-outcome-title" mb="md">
        {decisions.length === 1 ? 'Decision' : 'Decisions'}
      </Title>
      <Stack gap="lg">
        {decisions.map((decision, index) => {
          const differs = decision.decision !== decision.recommendation;
          return (
            <Stack key={decision.id} gap={6} data-testid="gate-outcome" data-decision={decision.decision} opacity={index === 0 ? 1 : 0.8}>
              <Group gap="sm">
                <GateDecisionBadge decision={decision.decision} size={index === 0 ? 'xl' : 'md'} />
                {differs ? (
                  <Badge variant="outline" color="gray" size="sm">
                    Recommended: {GATE_DECISION_LABELS[decision.recommendation]}
                  </Badge>
                ) : (
                  <Badge variant="light" color="gray" size="sm">
                    As recommended
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {GATE_DECISION_DESCRIPTIONS[decision.decision]}
              </Text>
              {decision.rationale && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={600} inherit>
                    Rationale:{' '}
                  </Text>
                  {decision.rationale}
                </Text>
              )}
              {decision.lessonsLearned && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={600} inherit>
                    Lessons learned:{' '}
                  </Text>
                  {decision.lessonsLearned}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                Decided by {decision.decidedBy.name} on {formatDateTime(decision.decidedAt)}
              </Text>
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
