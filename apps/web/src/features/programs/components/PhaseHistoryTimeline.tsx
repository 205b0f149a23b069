import { Badge, Group, Paper, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { PROGRAM_PHASE_LABELS, phaseIndex } from '@rollout/domain';
import { IconArrowBackUp, IconArrowRight, IconSparkles } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../shared/lib/format';

export const PhaseHistoryFragment = graphql(`
  fragment PhaseHistory on Program {
    id
    phaseHistory {
      id
      fromPhase
      toPhase
      reason
      gateOverrideReason
      changedAt
      changedBy {
        id
        name
      }
    }
  }
`);

export interface PhaseHistoryTimelineProps {
  program: FragmentType<typeof PhaseHistoryFragment>;
}

/** Who moved the program where and when, newest first. */
export function PhaseHistoryTimeline({ program: programRef }: PhaseHistoryTimelineProps) {
  const { phaseHistory } = getFragmentData(PhaseHistoryFragment, programRef);
  const entries = [...phaseHistory].reverse();

  return (
    <Paper withBorder p="lg" h="100%">
      <Title order={2} fz="lg" fw={600} mb="lg">
        Phase history
      </Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          No phase changes recorded yet.
        </Text>
      ) : (
        <Timeline bulletSize={26} lineWidth={2} active={entries.length} aria-label="Phase history">
          {entries.map((entry) => {
            const backward = entry.fromPhase !== null && phaseIndex(entry.toPhase) < phaseIndex(entry.fromPhase);
            const icon = entry.fromPhase === null ? IconSparkles : backward ? IconArrowBackUp : IconArrowRight;
            const Icon = icon;
            return (
              <Timeline.Item
                key={entry.id}
                data-testid="phase-history-entry"
                bullet={
                  <ThemeIcon size={26} radius="xl" color={backward ? 'orange' : 'indigo'}>
                    <Icon size={14} />
                  </ThemeIcon>
                }
                title={
                  <Group gap={8}>
                    <Text fw={600} size="sm">
                      {entry.fromPhase === null
                        ? `Started in ${PROGRAM_PHASE_LABELS[entry.toPhase]}`
                        : `${PROGRAM_PHASE_LABELS[entry.fromPhase]} → ${PROGRAM_PHASE_LABELS[entry.toPhase]}`}
                    </Text>
                    {backward && (
                      <Badge size="xs" color="orange" variant="light">
                        Moved back
                      </Badge>
                    )}
                  </Group>
                }
              >
                <Text size="xs" c="dimmed" mt={2}>
                  {entry.changedBy.name} · {formatDateTime(entry.changedAt)}
                </Text>
                {entry.gateOverrideReason && (
                  <Text size="sm" mt={6}>
                    <Badge size="xs" color="orange" variant="light" mr={6}>
                      Gate overridden
                    </Badge>
                    “{entry.gateOverrideReason}”
                  </Text>
                )}
                {entry.reason && (
                  <Text size="sm" mt={6} fs="italic" c="var(--app-color-text-secondary)">
                    “{entry.reason}”
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
