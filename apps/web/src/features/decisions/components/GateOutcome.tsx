import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { GATE_DECISION_DESCRIPTIONS, GATE_DECISION_LABELS } from '@rollout/domain';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../shared/lib/format';
import { GateDecisionBadge } from '../../pilots/components/PilotBadges';

export const GateOutcomeFragment = graphql(`
  fragment GateOutcome on GateReview {
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
  reviews: readonly FragmentType<typeof GateOutcomeFragment>[];
}

/** The decision taken at the gate (newest first), against what was recommended, and why. */
export function GateOutcome({ reviews: reviewRefs }: GateOutcomeProps) {
  const reviews = reviewRefs.map((ref) => getFragmentData(GateOutcomeFragment, ref));
  if (reviews.length === 0) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="gate-outcome-title">
      <Title order={2} fz="lg" fw={600} id="gate-outcome-title" mb="md">
        {reviews.length === 1 ? 'Decision' : 'Decisions'}
      </Title>
      <Stack gap="lg">
        {reviews.map((review, index) => {
          const differs = review.decision !== review.recommendation;
          return (
            <Stack key={review.id} gap={6} data-testid="gate-outcome" data-decision={review.decision} opacity={index === 0 ? 1 : 0.8}>
              <Group gap="sm">
                <GateDecisionBadge decision={review.decision} size={index === 0 ? 'xl' : 'md'} />
                {differs ? (
                  <Badge variant="outline" color="gray" size="sm">
                    Recommended: {GATE_DECISION_LABELS[review.recommendation]}
                  </Badge>
                ) : (
                  <Badge variant="light" color="gray" size="sm">
                    As recommended
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {GATE_DECISION_DESCRIPTIONS[review.decision]}
              </Text>
              {review.rationale && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={600} inherit>
                    Rationale:{' '}
                  </Text>
                  {review.rationale}
                </Text>
              )}
              {review.lessonsLearned && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={600} inherit>
                    Lessons learned:{' '}
                  </Text>
                  {review.lessonsLearned}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                Decided by {review.decidedBy.name} on {formatDateTime(review.decidedAt)}
              </Text>
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
