import { Badge, type BadgeProps } from '@mantine/core';
import { PROGRAM_PHASE_LABELS, PROGRAM_PHASES, phaseIndex, type ProgramPhase } from '@rollout/domain';

export interface ProgramPhaseBadgeProps {
  phase: ProgramPhase;
  size?: BadgeProps['size'];
}

export function ProgramPhaseBadge({ phase, size = 'md' }: ProgramPhaseBadgeProps) {
  return (
    <Badge
      variant="outline"
      color="indigo"
      size={size}
      title={`Phase ${phaseIndex(phase) + 1} of ${PROGRAM_PHASES.length}`}
      data-phase={phase}
    >
      {PROGRAM_PHASE_LABELS[phase]}
    </Badge>
  );
}
