import { Badge, type BadgeProps, type MantineColor } from '@mantine/core';
import { ROLLOUT_STATUS_LABELS, type RolloutStatus } from '@rollout/domain';

export const ROLLOUT_STATUS_COLORS: Record<RolloutStatus, MantineColor> = {
  not_started: 'gray',
  preparing: 'blue',
  piloting: 'violet',
  live: 'green',
  blocked: 'red',
};

/** The order a rollout moves through; blocked last, so it reads as the exception. */
export const ROLLOUT_STATUS_ORDER: readonly RolloutStatus[] = ['live', 'piloting', 'preparing', 'not_started', 'blocked'];

export interface RolloutStatusBadgeProps {
  status: RolloutStatus;
  size?: BadgeProps['size'];
}

export function RolloutStatusBadge({ status, size = 'md' }: RolloutStatusBadgeProps) {
  return (
    <Badge
      color={ROLLOUT_STATUS_COLORS[status]}
      variant={status === 'blocked' ? 'filled' : 'light'}
      size={size}
      data-status={status}
    >
      {ROLLOUT_STATUS_LABELS[status]}
    </Badge>
  );
}
