import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DECISION_KIND_LABELS, GATE_DECISION_LABELS } from '@rollout/domain';
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
    decisionLog(first: 50) {
      nodes {
        id
        kind
        title
        rationale
        decidedAt
        decidedBy {
          id
          name
        }
        model
      }
    }
  }
`);

export interface DecisionLogCardProps {
  program: FragmentType<typeof DecisionLogFragment>;
}

/**
 * The program's decision log, newest first: decisions of every kind. Gate decisions show their pilot
 * and the recommendation; an operating-model choice links to the Align tab.
 */
export function DecisionLogCard({ program: programRef }: DecisionLogCardProps) {
  const { id: programId, decisions, decisionLog } = getFragmentData(DecisionLogFragment, programRef);
  const gateOf = (id: string) => decisions.find((decision) => decision.id === id);
  return (
    <Paper withBorder p="lg" h="100%" component="section" aria-labelledby="decision-log-title">
      <Title order={2} fz="lg" fw={600} id="decision-log-title">
        Decision log
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        Gate decisions on the program’s pilots and the choice of operating model, newest first.
      </Text>
      {decisionLog.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No decisions yet. They appear here when an operating model is chosen or a pilot’s gate review is recorded.
        </Text>
      ) : (
        <Stack gap="md">
          {decisionLog.nodes.map((logEntry, index) => {
            const entry = logEntry.kind === 'gate_decision' ? gateOf(logEntry.id) : undefined;
            if (!entry) {
              return (
                <Stack
                  key={logEntry.id}
                  gap={4}
                  pt={index === 0 ? 0 : 'md'}
                  style={index === 0 ? undefined : { borderTop: '1px solid var(--app-color-border)' }}
                  data-testid="decision-log-entry"
                  data-kind={logEntry.kind}
                >
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Anchor component={Link} to={`/programs/${programId}?tab=align`} fw={600} size="sm">
                      {logEntry.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(logEntry.decidedAt)}
                    </Text>
                  </Group>
                  <Group gap={6}>
                    <Badge variant="light" color="gray" size="sm">
                      {DECISION_KIND_LABELS[logEntry.kind]}
                    </Badge>
                  </Group>
                  {logEntry.rationale && (
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {logEntry.rationale}
                    </Text>
                  )}
                  {logEntry.decidedBy && (
                    <Text size="xs" c="dimmed">
                      Decided by {logEntry.decidedBy.name}
                    </Text>
                  )}
                </Stack>
              );
            }
            const differs = entry.decision !== entry.recommendation;
            return (
              <Stack
                key={entry.id}
                gap={4}
                pt={index === 0 ? 0 : 'md'}
                style={index === 0 ? undefined : { borderTop: '1px solid var(--app-color-border)' }}
                data-testid="decision-log-entry"
                data-kind={logEntry.kind}
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
