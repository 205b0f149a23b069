import { Group, Slider, Stack, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { DESIGN_DIMENSIONS, EMPHASIS_SCALE, MAX_EMPHASIS, MIN_EMPHASIS, type DesignDimensionKey } from '@rollout/domain';
import { useState } from 'react';
import { useWriteError } from '../../../shared/hooks/useWriteError';
import { useDesignWrites } from '../hooks/useDesign';

export interface DimensionEmphasisRowProps {
  programId: string;
  dimension: { key: DesignDimensionKey; emphasis: number; defaultEmphasis: number; version: number | null };
  canManage: boolean;
}

const stepLabel = (value: number) => EMPHASIS_SCALE.find((step) => step.value === value)?.label ?? '';
const SAVE_AFTER_MS = 400;
const MARKS = [
  { value: MIN_EMPHASIS, label: 'Local' },
  { value: 0, label: 'Neutral' },
  { value: MAX_EMPHASIS, label: 'Central' },
];

/** One design dimension: how far it leans central or local, its owner and trade-off metric; a slider for the program's leads. */
export function DimensionEmphasisRow({ programId, dimension, canManage }: DimensionEmphasisRowProps) {
  const { setDimensionEmphasis } = useDesignWrites();
  const { error, run } = useWriteError();
  const facts = DESIGN_DIMENSIONS[dimension.key];
  // The slider moves at once; it follows the saved emphasis when that changes (saved here, refused, or by someone else).
  const [value, setValue] = useState(dimension.emphasis);
  const [saved, setSaved] = useState(dimension.emphasis);
  if (saved !== dimension.emphasis) {
    setSaved(dimension.emphasis);
    setValue(dimension.emphasis);
  }
  // Arrow keys step one at a time: a burst of steps is saved once, where it stops, so no step races the one before.
  const change = useDebouncedCallback(async (emphasis: number) => {
    if (emphasis === dimension.emphasis) return;
    const ok = await run(() => setDimensionEmphasis({ programId, dimension: dimension.key, emphasis, expectedVersion: dimension.version }));
    if (!ok) setValue(dimension.emphasis);
  }, SAVE_AFTER_MS);

  return (
    <Stack gap={6} component="li" aria-label={facts.label} data-testid="design-dimension">
      <Group justify="space-between" align="baseline" gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {facts.label}
        </Text>
        <Text size="sm" data-testid="dimension-emphasis">
          {stepLabel(value)}
          {value === dimension.defaultEmphasis ? ' (default)' : ''}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        Central: {facts.centralEmphasis}. Local: {facts.localEmphasis}.
      </Text>
      <Text size="xs" c="dimmed">
        Owner: {facts.owner} · Trade-off metric: {facts.tradeOffMetric}
      </Text>
      {canManage && (
        <Slider
          min={MIN_EMPHASIS}
          max={MAX_EMPHASIS}
          step={1}
          marks={MARKS}
          value={value}
          onChange={setValue}
          onChangeEnd={change}
          label={stepLabel}
          thumbLabel={`Emphasis of ${facts.label}`}
          thumbValueText={stepLabel}
          mb="md"
          mx="xs"
        />
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
