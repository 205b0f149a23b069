import { Badge, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { DragEvent } from 'react';
import { RagStatusBadge } from '../../pilots/components/PilotBadges';
import type { WaveUnit } from '../hooks/useRolloutPlan';
import { ReadinessBadge, WaveMetricBadge, WaveStageBadge } from './WaveBadges';
import classes from './RolloutBoard.module.css';

export interface WaveUnitCardProps {
  unit: WaveUnit;
  /** The program's leads drag units between waves; a unit that went live stays. */
  draggable: boolean;
  onOpen: (unit: WaveUnit) => void;
}

/** A unit on the roll-out board: stage, readiness, last check-in and how its metrics do. */
export function WaveUnitCard({ unit, draggable, onOpen }: WaveUnitCardProps) {
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData('text/wave-unit', unit.id);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <Card withBorder padding="sm" radius="md" className={classes.card} draggable={draggable} onDragStart={draggable ? onDragStart : undefined} data-testid="wave-unit-card" data-unit={unit.unitName}>
      {/* The card's text is the button's name: a screen reader hears the unit, its stage and its figures. */}
      <UnstyledButton onClick={() => onOpen(unit)} className={classes.cardButton}>
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text fw={600} size="sm" truncate>
              {unit.unitName}
            </Text>
            <WaveStageBadge stage={unit.stage} label={unit.stageLabel} />
          </Group>
          <Text size="xs" c="dimmed">
            {unit.region}
          </Text>
          <Group gap={6}>
            <ReadinessBadge score={unit.readiness.score} />
            <WaveMetricBadge state={unit.metricState} label={unit.metricStateLabel} />
            {unit.lastCheckIn && <RagStatusBadge status={unit.lastCheckIn.status} size="sm" />}
            {unit.checkInStale && (
              <Badge color="orange" variant="light" size="sm">
                Check-in stale
              </Badge>
            )}
          </Group>
          {unit.flag && (
            <Text size="xs" c="var(--mantine-color-orange-text)">
              {unit.flag}
            </Text>
          )}
          {unit.adoptionProposed && (
            <Text size="xs" c="var(--mantine-color-teal-text)" fw={500}>
              Adoption proposed: primary metrics met {unit.weeksMet} weeks in a row.
            </Text>
          )}
          {unit.stageReason && (
            <Text size="xs" c="var(--mantine-color-red-text)" lineClamp={2}>
              {unit.stageReason}
            </Text>
          )}
        </Stack>
      </UnstyledButton>
    </Card>
  );
}
