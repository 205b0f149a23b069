import { Group, Text } from '@mantine/core';
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
    <Group gap="xs" aria-label={`Report for ${unit.unitName}`} role="group">
      <CheckInButton pilotId={plan.pilot.id} unitId={unit.unitId} unitName={unit.unitName} previousStatus={unit.lastCheckIn?.status ?? null} />
      {plan.pilot.metrics.map((metric) => (
        <MeasurementsButton key={metric.id} metric={metric} units={units} variant="default" />
      ))}
      {plan.pilot.metrics.length === 0 && (
        <Text size="xs" c="dimmed">
          The pilot has no success metrics to measure.
        </Text>
      )}
    </Group>
  );
}
