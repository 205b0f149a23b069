import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { pilotTiming } from '@rollout/domain';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { GateReviewItemFragment as GateReviewItemData } from '../../../gql/graphql';
import { formatLocalDate, todayLocalDate } from '../../../shared/lib/format';
import { describeTiming } from '../../pilots/pilot-display';

export const GateReviewItemFragment = graphql(`
  fragment GateReviewItem on Pilot {
    id
    name
    status
    startDate
    endDate
    gateReviewOverdue
    program {
      id
      name
    }
  }
`);

/** When the gate review comes, in words: overdue, under way, or after the last day (with where the pilot is now). */
function whenLine(pilot: GateReviewItemData, today: string): string {
  if (pilot.gateReviewOverdue) return `Overdue for gate review: the pilot ended on ${formatLocalDate(pilot.endDate)}. No more check-ins are due.`;
  if (pilot.status === 'in_review') return 'In review: the decision is due now.';
  return `Gate review after ${formatLocalDate(pilot.endDate)} · ${describeTiming(pilotTiming(pilot.startDate, pilot.endDate, today))}`;
}

export interface GateReviewsCardProps {
  pilots: readonly FragmentType<typeof GateReviewItemFragment>[];
}

/** The gate reviews ahead of the viewer: what their steering committees decide and when, and overdue ones in their units. */
export function GateReviewsCard({ pilots: refs }: GateReviewsCardProps) {
  const pilots = refs.map((ref) => getFragmentData(GateReviewItemFragment, ref));
  const today = todayLocalDate();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="gate-reviews-title" data-testid="gate-reviews">
      <Title order={2} fz="lg" fw={600} id="gate-reviews-title">
        Gate reviews
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        What the steering committees you sit on will decide, and when; and pilots in your units waiting for their decision.
      </Text>
      <Stack gap="sm" component="ul" p={0} m={0}>
        {pilots.map((pilot) => (
          <li key={pilot.id} style={{ listStyle: 'none' }} data-testid="gate-review" data-overdue={pilot.gateReviewOverdue}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/pilots/${pilot.id}`} fw={600}>
                {pilot.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                in{' '}
                <Anchor component={Link} to={`/programs/${pilot.program.id}`} inherit>
                  {pilot.program.name}
                </Anchor>
              </Text>
              {pilot.gateReviewOverdue && (
                <Badge color="orange" variant="light" size="sm">
                  Overdue
                </Badge>
              )}
            </Group>
            <Text size="sm">{whenLine(pilot, today)}</Text>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
