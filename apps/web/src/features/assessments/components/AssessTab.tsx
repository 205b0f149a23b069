import { Stack } from '@mantine/core';
import { AssessmentGridSection } from './AssessmentGridSection';

export interface AssessTabProps {
  programId: string;
}

/**
 * The program page's Assess tab: a stack of sections, each owning its data. The grid comes first;
 * the tool inventory, baselines and staffing add their sections here from their own feature folder.
 */
export function AssessTab({ programId }: AssessTabProps) {
  return (
    <Stack gap="xl">
      <AssessmentGridSection programId={programId} />
    </Stack>
  );
}
