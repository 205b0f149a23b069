import { Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatShortWeek } from '../../measurements/chart-data';

export const MissingWeeksFragment = graphql(`
  fragment MissingWeeks on MetricEvaluation {
    missingWeeks {
      weekStart
      units {
        id
        name
      }
    }
  }
`);

export interface MissingWeeksNoteProps {
  evaluation: FragmentType<typeof MissingWeeksFragment>;
}

/** The weeks that are over without values, and from which units: missing, never zero. */
export function MissingWeeksNote({ evaluation }: MissingWeeksNoteProps) {
  const { missingWeeks } = getFragmentData(MissingWeeksFragment, evaluation);
  if (missingWeeks.length === 0) return null;
  const weeks = missingWeeks.map((week) => `week of ${formatShortWeek(week.weekStart)} (${week.units.map((unit) => unit.name).join(', ')})`);
  return (
    <Text size="xs" c="orange.8" maw={260} style={{ whiteSpace: 'normal' }} data-testid="missing-weeks">
      No values, counted as missing (not zero): {weeks.join('; ')}.
    </Text>
  );
}
