import { Group, Stack, Text } from '@mantine/core';
import { CheckInButton } from '../../check-ins/components/CheckInButton';
import { MeasurementsButton } from '../../measurements/components/MeasurementsDialog';
import type { RolloutPlan, WaveUnit } from '../hooks/useRolloutPlan';

/**
 * What a unit's partner reports while it rolls out, as in a pilot: this week's check-in and the
 * values of the pilot's success metrics (the unit is judged against its own baseline).
 */
export function WaveUnitReporting({ plan, unit }: { plan: RolloutPlan; unit: WaveUnit }) {
  const units = [{ id: unit.unitId, name: unit.unitName, canRecord: true }];
  return (
    <Stack gap="xs" aria-label={`Report for ${unit.unitName}`} role="group">
      <Group>
        <CheckInButton pilotId={plan.pilot.id} unitId={unit.unitId} unitName={unit.unitName} previousStatus={unit.lastCheckIn?.status ?? null} />
      </Group>
      {plan.pilot.metrics.map((metric) => (
        <Group key={metric.id} justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm">{metric.name}</Text>
          <MeasurementsButton metric={metric} units={units} variant="default" />
        </Group>
      ))}
      {plan.pilot.metrics.length === 0 && (
        <Text size="xs" c="dimmed">
          The pilot has no success metrics to measure.
        </Text>
      )}
    </Stack>
  );
}
