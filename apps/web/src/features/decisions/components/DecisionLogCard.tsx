import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { GATE_DECISION_LABELS } from '@rollout/domain';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../shared/lib/format';
import { GateDecisionBadge } from '../../pilots/components/PilotBadges';

export const DecisionLogFragment = graphql(`
  fragment DecisionLog on Program {
    id
    decisions {
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
      pilot {
        id
        name
      }
    }
  }
`);

export interface DecisionLogCardProps {
  program: FragmentType<typeof DecisionLogFragment>;
}

/** The program's decision log: every gate decision on its pilots, newest first, against the recommendation. */
export function DecisionLogCard({ program: programRef }: DecisionLogCardProps) {
  const { decisions } = getFragmentData(DecisionLogFragment, programRef);
  return (
    <Paper withBorder p="lg" h="100%" component="section" aria-labelledby="decision-log-title">
      <Title order={2} fz="lg" fw={600} id="decision-log-title">
        Decision log
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        Gate decisions on the program’s pilots, newest first.
      </Text>
      {decisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No gate decisions yet. They appear here when a pilot’s gate review is recorded.
        </Text>
      ) : (
        <Stack gap="md">
          {decisions.map((entry, index) => {
            const differs = entry.decision !== entry.recommendation;
            return (
              <Stack
                key={entry.id}
                gap={4}
                pt={index === 0 ? 0 : 'md'}
                style={index === 0 ? undefined : { borderTop: '1px solid var(--app-color-border)' }}
                data-testid="decision-log-entry"
                data-decision={entry.decision}
              >
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/pilots/${entry.pilot.id}`} fw={600} size="sm">
                    {entry.pilot.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(entry.decidedAt)}
                  </Text>
                </Group>
                <Group gap={6}>
                  <GateDecisionBadge decision={entry.decision} />
                  {differs ? (
                    <Badge variant="outline" color="gray" size="sm">
                      Recommended: {GATE_DECISION_LABELS[entry.recommendation]}
                    </Badge>
                  ) : (
                    <Badge variant="light" color="gray" size="sm">
                      As recommended
                    </Badge>
                  )}
                </Group>
                {entry.rationale && (
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {entry.rationale}
                  </Text>
                )}
                {entry.lessonsLearned && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    Lessons learned: {entry.lessonsLearned}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  Decided by {entry.decidedBy.name}
                </Text>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
