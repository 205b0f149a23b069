import { Badge, Card, Grid, Group, RingProgress, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { formatLocalDate } from '../../../shared/lib/format';
import type { RolloutPlan } from '../hooks/useRolloutPlan';
import { WaveTimeline } from './WaveTimeline';

const AdoptionChart = lazy(() => import('./AdoptionChart').then((module) => ({ default: module.AdoptionChart })));

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

/** "Every unit is adopted since …", "At 0.5 units a week, the last unit is adopted around …", or why there is no forecast yet. */
export function forecastSentence(forecast: RolloutPlan['forecast']): string {
  const planned = forecast.lastPlannedEnd ? ` The last wave is planned to end ${formatLocalDate(forecast.lastPlannedEnd)}.` : '';
  if (forecast.kind === 'done' && forecast.on) return `Every unit is adopted, the last on ${formatLocalDate(forecast.on)}.`;
  if (forecast.kind === 'projected' && forecast.on) {
    const late = forecast.lastPlannedEnd !== null && forecast.on > forecast.lastPlannedEnd;
    return `At ${forecast.unitsPerWeek ?? 0} units adopted a week, the last wave completes around ${formatLocalDate(forecast.on)}${late ? ' — later than planned' : ''}.${planned}`;
  }
  return `${forecast.reason ?? 'No forecast yet.'}${planned}`;
}

/** The program's roll-out on one card: live and adopted shares, the forecast, planned vs actual per wave, adoption over time. */
export function RolloutProgressCard({ plan }: { plan: RolloutPlan }) {
  const { progress } = plan;
  const late = plan.forecast.kind === 'projected' && plan.forecast.lastPlannedEnd !== null && (plan.forecast.on ?? '') > plan.forecast.lastPlannedEnd;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="rollout-progress">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <Title order={3}>Roll-out progress</Title>
            <Group gap="lg" wrap="nowrap">
              <RingProgress
                size={110}
                thickness={12}
                roundCaps
                label={
                  <Text ta="center" fw={700} size="lg">
                    {percent(progress.adopted, progress.units)}%
                  </Text>
                }
                sections={[
                  { value: percent(progress.adopted, progress.units), color: 'teal', tooltip: `${progress.adopted} adopted` },
                  { value: percent(progress.live - progress.adopted, progress.units), color: 'green.4', tooltip: `${progress.live - progress.adopted} live, not adopted yet` },
                ]}
                aria-label={`${percent(progress.adopted, progress.units)}% of units adopted`}
              />
              <Stack gap={2}>
                <Text size="sm">
                  <b>{progress.adopted}</b> of {progress.units} units adopted
                </Text>
                <Text size="sm">
                  <b>{progress.live}</b> live ({percent(progress.live, progress.units)}%)
                </Text>
                <Text size="sm" c="dimmed">
                  Adopted after {plan.adoptionWeeks} weeks in a row with the primary metrics met.
                </Text>
              </Stack>
            </Group>
            {late && (
              <Badge color="orange" variant="light" w="fit-content">
                Later than planned
              </Badge>
            )}
            <Text size="sm" data-testid="rollout-forecast">
              {forecastSentence(plan.forecast)}
            </Text>
            <Table.ScrollContainer minWidth={420} type="native">
              <Table withTableBorder={false} verticalSpacing={4} fz="sm" aria-label="Waves, planned and actual">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Wave</Table.Th>
                    <Table.Th>Planned</Table.Th>
                    <Table.Th>Actual</Table.Th>
                    <Table.Th ta="right">Adopted</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.waves.map((wave) => (
                    <Table.Tr key={wave.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{wave.name}</Table.Td>
                      <Table.Td>
                        {formatLocalDate(wave.plannedStart)} – {formatLocalDate(wave.plannedEnd)}
                      </Table.Td>
                      <Table.Td>
                        {wave.actualStart ? `${formatLocalDate(wave.actualStart)} – ${wave.actualEnd ? formatLocalDate(wave.actualEnd) : 'ongoing'}` : 'Not live yet'}
                      </Table.Td>
                      <Table.Td ta="right">
                        {wave.progress.adopted}/{wave.progress.units}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Title order={4} mb="xs">
            Adoption over time
          </Title>
          {plan.adoptionOverTime.length === 0 ? (
            <Text size="sm" c="dimmed">
              The chart starts with the first unit’s move.
            </Text>
          ) : (
            <Suspense fallback={<Skeleton height={200} />}>
              <AdoptionChart weeks={plan.adoptionOverTime} units={progress.units} />
            </Suspense>
          )}
          <Title order={4} mt="md" mb="xs">
            Planned and actual
          </Title>
          <WaveTimeline waves={plan.waves} />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
