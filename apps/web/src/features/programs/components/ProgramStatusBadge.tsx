import { Badge, type BadgeProps, type MantineColor } from '@mantine/core';
import { PROGRAM_STATUS_LABELS, type ProgramStatus } from '@rollout/domain';

export const PROGRAM_STATUS_COLORS: Record<ProgramStatus, MantineColor> = {
  on_track: 'green',
  at_risk: 'orange',
  off_track: 'red',
  on_hold: 'gray',
  completed: 'blue',
};

export interface ProgramStatusBadgeProps {
  status: ProgramStatus;
  size?: BadgeProps['size'];
}

export function ProgramStatusBadge({ status, size = 'md' }: ProgramStatusBadgeProps) {
  return (
    <Badge color={PROGRAM_STATUS_COLORS[status]} variant="light" size={size} data-status={status}>
      {PROGRAM_STATUS_LABELS[status]}
    </Badge>
  );
}
