import { Alert, Text } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';

export interface EvaluationUnavailableProps {
  /** The API's reason (e.g. which stored date is off the calendar); a general one when absent. */
  reason?: string | null;
  compact?: boolean;
}

/** Shown in place of a pilot's evaluation when the API could not evaluate that pilot. */
export function EvaluationUnavailable({ reason, compact = false }: EvaluationUnavailableProps) {
  const text = reason ?? 'Rollout could not evaluate this pilot. Check its dates.';
  if (compact) {
    return (
      <Text size="sm" c="orange.8" data-testid="evaluation-unavailable">
        Evaluation unavailable: {text}
      </Text>
    );
  }
  return (
    <Alert color="orange" variant="light" icon={<IconCalendarOff size={18} />} title="Evaluation unavailable" data-testid="evaluation-unavailable">
      {text}
    </Alert>
  );
}
