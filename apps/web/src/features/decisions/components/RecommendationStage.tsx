import { Badge, Group, Text } from '@mantine/core';
import type { EvaluationStage } from '../../../gql/graphql';

export interface RecommendationStageProps {
  stage: EvaluationStage;
  tooEarly: boolean;
  whatWouldChange?: string | null;
}

/**
 * Whether the recommendation is an interim look or the final analysis, and, while it is too early
 * to call, what would change the call before the end.
 */
export function RecommendationStage({ stage, tooEarly, whatWouldChange }: RecommendationStageProps) {
  return (
    <div data-testid="recommendation-stage" data-stage={stage}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color={stage === 'final' ? 'dark' : 'blue'} size="sm">
          {stage === 'final' ? 'Final analysis' : tooEarly ? 'Interim look: too early to call' : 'Interim look'}
        </Badge>
        <Text size="xs" c="dimmed">
          {stage === 'final'
            ? 'The planned end has passed: this is the final analysis.'
            : 'Before the planned end Rollout says scale only past a boundary that keeps a false scale at 2.5 %, however often you look.'}
        </Text>
      </Group>
      {whatWouldChange && (
        <Text size="sm" mt={4} data-testid="what-would-change">
          <Text span fw={600} inherit>
            What would change it:
          </Text>{' '}
          {whatWouldChange}
        </Text>
      )}
    </div>
  );
}
