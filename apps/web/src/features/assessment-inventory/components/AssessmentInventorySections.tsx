import { Skeleton, Stack } from '@mantine/core';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useAssessmentInventory } from '../hooks/useAssessmentInventory';
import { BaselinesSection } from './BaselinesSection';
import { StaffingSection } from './StaffingSection';
import { ToolInventorySection } from './ToolInventorySection';

export interface AssessmentInventorySectionsProps {
  programId: string;
}

/** The tool inventory, baselines and staffing of a program's assessment, loaded together. */
export function AssessmentInventorySections({ programId }: AssessmentInventorySectionsProps) {
  const { data, error, loading, refetch } = useAssessmentInventory(programId);
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading || !data) {
    return (
      <Stack gap="lg" aria-busy>
        <Skeleton height={240} />
        <Skeleton height={180} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <ToolInventorySection program={data.program} />
      <BaselinesSection program={data.program} />
      <StaffingSection program={data.program} />
    </Stack>
  );
}
