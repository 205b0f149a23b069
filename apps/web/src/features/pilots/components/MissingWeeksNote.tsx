import { Text } from '@mantine/core';
import { formatShortWeek } from '../chart-data';

export interface MissingWeeksNoteProps {
  missingWeeks: readonly { weekStart: string; units: readonly { id: string; name: string }[] }[];
}

/** The weeks that are over without values, and from which units: missing, never zero. */
export function MissingWeeksNote({ missingWeeks }: MissingWeeksNoteProps) {
  if (missingWeeks.length === 0) return null;
  const weeks = missingWeeks.map((week) => `week of ${formatShortWeek(week.weekStart)} (${week.units.map((unit) => unit.name).join(', ')})`);
  return (
    <Text size="xs" c="orange.8" data-testid="missing-weeks">
      No values, counted as missing (not zero): {weeks.join('; ')}.
    </Text>
  );
}
