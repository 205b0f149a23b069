import { Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { daysBetween } from '@rollout/domain';
import { formatLocalDate, todayLocalDate } from '../../../shared/lib/format';
import type { RolloutPlan } from '../hooks/useRolloutPlan';

// Planned and actual dates of each wave on one time axis: planned as an outline, actual (first unit
// live to last adopted, or to today while it runs) filled; a line marks today.

const BAR = 10;

export function WaveTimeline({ waves, today = todayLocalDate() }: { waves: RolloutPlan['waves']; today?: string }) {
  const days = waves.flatMap((wave) => [wave.plannedStart, wave.plannedEnd, wave.actualStart, wave.actualEnd].filter((day): day is string => day !== null));
  if (days.length === 0) return null;
  const first = [...days, today].sort()[0] as string;
  const last = [...days, today].sort().at(-1) as string;
  const span = Math.max(1, daysBetween(first, last));
  const at = (day: string) => `${(100 * daysBetween(first, day)) / span}%`;
  const width = (from: string, to: string) => `${Math.max(0.5, (100 * daysBetween(from, to)) / span)}%`;
  return (
    <Stack gap={6} role="img" aria-label={waves.map((wave) => `${wave.name}: planned ${formatLocalDate(wave.plannedStart)} to ${formatLocalDate(wave.plannedEnd)}, ${wave.actualStart ? `live since ${formatLocalDate(wave.actualStart)}` : 'not live yet'}`).join('; ')}>
      {waves.map((wave) => (
        <Group key={wave.id} gap="xs" wrap="nowrap">
          <Text size="xs" w={64} truncate>
            {wave.name}
          </Text>
          <Box pos="relative" h={BAR * 2 + 4} style={{ flex: 1 }}>
            <Tooltip label={`Planned ${formatLocalDate(wave.plannedStart)} – ${formatLocalDate(wave.plannedEnd)}`}>
              <Box pos="absolute" top={0} h={BAR} left={at(wave.plannedStart)} w={width(wave.plannedStart, wave.plannedEnd)} style={{ border: '1px solid var(--app-chart-pilot)', borderRadius: 3 }} />
            </Tooltip>
            {wave.actualStart && (
              <Tooltip label={`Actual ${formatLocalDate(wave.actualStart)} – ${wave.actualEnd ? formatLocalDate(wave.actualEnd) : 'ongoing'}`}>
                <Box pos="absolute" top={BAR + 4} h={BAR} left={at(wave.actualStart)} w={width(wave.actualStart, wave.actualEnd ?? today)} bg="var(--app-chart-pilot)" style={{ borderRadius: 3 }} />
              </Tooltip>
            )}
            <Box pos="absolute" top={-2} bottom={-2} left={at(today)} w={1} bg="var(--app-chart-reference)" />
          </Box>
        </Group>
      ))}
      <Group justify="space-between" ml={72} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {formatLocalDate(first)}
        </Text>
        <Text size="xs" c="dimmed">
          {formatLocalDate(last)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" ml={72}>
        Outline: planned · filled: actual · line: today
      </Text>
    </Stack>
  );
}
