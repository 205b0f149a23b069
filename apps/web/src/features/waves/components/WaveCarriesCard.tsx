import { Card, Stack, Text, Title } from '@mantine/core';
import { decisionDomainsOf, PilotActivities } from '../../pilots/components/PilotActivities';
import type { RolloutPlan } from '../hooks/useRolloutPlan';

/** What every wave carries to its units: the capabilities the scaled pilot changed, placed as the target model says, and their decision rights. */
export function WaveCarriesCard({ pilot }: { pilot: RolloutPlan['pilot'] }) {
  const domains = decisionDomainsOf(pilot.activities);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-label="What every wave carries">
      <Stack gap="xs">
        <Title order={4}>What every wave carries</Title>
        <Text size="sm" c="dimmed">
          The model piloted in {pilot.name}: its success metrics ({pilot.metrics.map((metric) => metric.name).join(', ') || 'none'}), judged against each unit’s own baseline, and the lessons learned.
        </Text>
        {pilot.activities.length === 0 ? <Text size="sm">The pilot names no activity of the catalog.</Text> : <PilotActivities activities={pilot.activities} />}
        {domains.length > 0 && (
          <Text size="sm">
            <Text span c="dimmed" size="xs">
              Decision rights:{' '}
            </Text>
            {domains.join(', ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
