import { Stack } from '@mantine/core';
import { AssessmentInventorySections } from '../../assessment-inventory/components/AssessmentInventorySections';
import { AssessmentGridSection } from './AssessmentGridSection';

export interface AssessTabProps {
  programId: string;
}

/**
 * The program page's Assess tab: a stack of sections, each owning its data. The grid of who does
 * what comes first; the tool inventory, baselines and staffing follow.
 */
export function AssessTab({ programId }: AssessTabProps) {
  return (
    <Stack gap="xl">
      <AssessmentGridSection programId={programId} />
      <AssessmentInventorySections programId={programId} />
    </Stack>
  );
}
