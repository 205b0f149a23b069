import { Badge, Button, Group, NativeSelect, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import {
  activityDimension,
  DESIGN_DIMENSION_KEYS,
  DESIGN_DIMENSIONS,
  MAX_PLACEMENT_REASON,
  PLACEMENT_LABELS,
  PLACEMENT_SHORT_LABELS,
  PLACEMENTS,
  type DesignDimensionKey,
  type Placement,
} from '@rollout/domain';
import { RenameField } from '../../../shared/components/RenameField';
import { useWriteError } from '../../../shared/hooks/useWriteError';
import { useDesignWrites } from '../hooks/useDesign';

/** Short names for the picker; the full label is the badge a reader sees. */
const PLACEMENT_OPTIONS = PLACEMENTS.map((value) => ({ value, label: PLACEMENT_SHORT_LABELS[value] }));
const isPlacement = (value: string): value is Placement => PLACEMENTS.some((placement) => placement === value);
const isDimension = (value: string): value is DesignDimensionKey => DESIGN_DIMENSION_KEYS.some((key) => key === value);

export interface PlacedActivity {
  id: string;
  name: string;
  capabilityName: string;
  dimension: DesignDimensionKey | null;
  placement: { id: string; placement: Placement; reason: string; dimension: DesignDimensionKey | null; version: number } | null;
}

export interface ActivityPlacementCardProps {
  programId: string;
  activity: PlacedActivity;
  /** The flag sentence when the placement goes against its dimension's emphasis. */
  flag: string | null;
  canManage: boolean;
}

/** One activity of the catalog: where it sits (hub, spokes, shared), why, the dimension it answers to, and its flag. */
export function ActivityPlacementCard({ programId, activity, flag, canManage }: ActivityPlacementCardProps) {
  const writes = useDesignWrites();
  const { error, run } = useWriteError();
  const { placement } = activity;
  const defaultDimension = activityDimension(activity.capabilityName, null);
  const save = (values: { placement: Placement; reason: string; dimension: DesignDimensionKey | null }) =>
    run(() => writes.savePlacement({ programId, activityId: activity.id, ...values, expectedVersion: placement?.version ?? null }));
  const dimensionLabel = activity.dimension ? DESIGN_DIMENSIONS[activity.dimension].label : null;

  return (
    <Paper component="li" withBorder p="sm" radius="md" aria-label={activity.name} data-testid="activity-placement">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" gap="xs" wrap="wrap">
          <Text fw={600}>{activity.name}</Text>
          <Text size="xs" c="dimmed">
            {dimensionLabel ? `Answers to ${dimensionLabel}` : 'Answers to no dimension yet'}
          </Text>
        </Group>
        {canManage ? (
          <SegmentedControl
            role="radiogroup"
            aria-label={`Where ${activity.name} sits`}
            fullWidth
            size="xs"
            data={PLACEMENT_OPTIONS}
            value={placement?.placement ?? ''}
            onChange={(value) => {
              if (isPlacement(value) && value !== placement?.placement) void save({ placement: value, reason: placement?.reason ?? '', dimension: placement?.dimension ?? null });
            }}
          />
        ) : (
          <Badge variant={placement ? 'light' : 'outline'} color={placement ? 'blue' : 'gray'} style={{ alignSelf: 'flex-start', maxWidth: '100%' }}>
            {placement ? PLACEMENT_LABELS[placement.placement] : 'Not placed yet'}
          </Badge>
        )}
        {placement && canManage && (
          <>
            <RenameField
              size="xs"
              label="Why"
              placeholder="One line"
              maxLength={MAX_PLACEMENT_REASON}
              allowEmpty
              name={placement.reason}
              onRename={(reason) => save({ placement: placement.placement, reason, dimension: placement.dimension })}
            />
            <Group justify="space-between" align="flex-end" gap="xs" wrap="wrap">
              <NativeSelect
                size="xs"
                label="Answers to"
                value={placement.dimension ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  void save({ placement: placement.placement, reason: placement.reason, dimension: isDimension(value) ? value : null });
                }}
                data={[
                  { value: '', label: defaultDimension ? `Its capability’s: ${DESIGN_DIMENSIONS[defaultDimension].label}` : 'Pick a dimension' },
                  ...DESIGN_DIMENSION_KEYS.map((key) => ({ value: key, label: DESIGN_DIMENSIONS[key].label })),
                ]}
              />
              <Button
                variant="subtle"
                color="gray"
                size="xs"
                onClick={() => void run(() => writes.clearPlacement({ programId, activityId: activity.id, expectedVersion: placement.version }))}
              >
                Clear placement
              </Button>
            </Group>
          </>
        )}
        {placement && !canManage && placement.reason && <Text size="sm">{placement.reason}</Text>}
        {flag && (
          <Group gap={6} wrap="nowrap" align="flex-start" data-testid="placement-flag">
            <IconAlertTriangle size={16} color="var(--mantine-color-orange-text)" style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
            <Text size="sm" c="var(--mantine-color-orange-text)">
              {flag}
            </Text>
          </Group>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
