import { ActionIcon, Alert, Badge, Group, Menu, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { formatLocalDate } from '../../../shared/lib/format';
import { readWaveUnit, type RolloutPlan, type RolloutWave, type WaveUnit } from '../hooks/useRolloutPlan';
import { WaveUnitCard } from './WaveUnitCard';
import classes from './RolloutBoard.module.css';

export interface RolloutBoardProps {
  plan: RolloutPlan;
  canManage: boolean;
  onOpenUnit: (unit: WaveUnit) => void;
  onEditWave: (wave: RolloutWave) => void;
  onRemoveWave: (wave: RolloutWave) => void;
  /** A card dropped on another wave's column. */
  onDropUnit: (unit: WaveUnit, wave: RolloutWave) => void;
}

const WENT_LIVE = new Set(['live', 'adopted', 'rolled_back']);
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

/** Waves as columns, units as cards; filter by region; the program's leads drag a unit to another wave. */
export function RolloutBoard({ plan, canManage, onOpenUnit, onEditWave, onRemoveWave, onDropUnit }: RolloutBoardProps) {
  const [region, setRegion] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const waves = plan.waves.map((wave) => ({ wave, units: wave.units.map(readWaveUnit) }));
  const regions = [...new Set(waves.flatMap(({ units }) => units.map((unit) => unit.region)))].sort();
  const byId = new Map(waves.flatMap(({ units }) => units.map((unit) => [unit.id, unit] as const)));

  const onDrop = (event: DragEvent, wave: RolloutWave) => {
    event.preventDefault();
    setOver(null);
    const unit = byId.get(event.dataTransfer.getData('text/wave-unit'));
    if (unit && unit.waveId !== wave.id) onDropUnit(unit, wave);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={3}>Roll-out board</Title>
        {regions.length > 1 && (
          <Select label="Region" placeholder="All regions" data={regions} value={region} onChange={setRegion} clearable w={200} size="sm" />
        )}
      </Group>
      {canManage && (
        <Text size="xs" c="dimmed">
          Drag a card to another wave to move the unit there, or open it to pick its wave.
        </Text>
      )}
      <div className={classes.columns} role="list" aria-label="Waves">
        {waves.map(({ wave, units }) => {
          const shown = units.filter((unit) => region === null || unit.region === region);
          return (
            <section
              key={wave.id}
              role="listitem"
              aria-label={wave.name}
              className={`${classes.column} ${over === wave.id ? classes.dropTarget : ''}`}
              data-testid="wave-column"
              onDragOver={
                canManage
                  ? (event) => {
                      event.preventDefault();
                      setOver(wave.id);
                    }
                  : undefined
              }
              onDragLeave={() => setOver(null)}
              onDrop={canManage ? (event) => onDrop(event, wave) : undefined}
            >
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text fw={700}>{wave.name}</Text>
                    <Text size="xs" c="dimmed">
                      {formatLocalDate(wave.plannedStart)} – {formatLocalDate(wave.plannedEnd)}
                    </Text>
                  </div>
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="default" size="sm">
                      {wave.progress.units} {wave.progress.units === 1 ? 'unit' : 'units'}
                    </Badge>
                    {canManage && (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${wave.name}`}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEditWave(wave)}>
                            Rename or change dates
                          </Menu.Item>
                          <Menu.Item
                            leftSection={<IconTrash size={14} />}
                            color="red"
                            disabled={units.some((unit) => WENT_LIVE.has(unit.stage))}
                            onClick={() => onRemoveWave(wave)}
                          >
                            Remove wave
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Group>
                </Group>
                <Progress.Root size="sm">
                  <Progress.Section value={percent(wave.progress.adopted, wave.progress.units)} color="teal" aria-label={`${wave.name}: adopted`} />
                  <Progress.Section value={percent(wave.progress.live - wave.progress.adopted, wave.progress.units)} color="green.4" aria-label={`${wave.name}: live, not adopted yet`} />
                </Progress.Root>
                <Text size="xs" c="dimmed">
                  {wave.progress.live} live · {wave.progress.adopted} adopted
                  {wave.actualStart ? ` · first live ${formatLocalDate(wave.actualStart)}` : ''}
                </Text>
                {wave.pausedReason && (
                  <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} p="xs" title="Wave paused" data-testid="wave-paused">
                    <Text size="xs">{wave.pausedReason}</Text>
                  </Alert>
                )}
                {shown.map((unit) => (
                  <WaveUnitCard key={unit.id} unit={unit} draggable={canManage && !WENT_LIVE.has(unit.stage)} onOpen={onOpenUnit} />
                ))}
                {shown.length === 0 && (
                  <Text size="sm" c="dimmed" ta="center" py="md">
                    {units.length === 0 ? 'No units yet.' : 'No units of this region.'}
                  </Text>
                )}
              </Stack>
            </section>
          );
        })}
      </div>
    </Stack>
  );
}
