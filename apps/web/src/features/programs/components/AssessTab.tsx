import { AssessmentInventorySections } from '../../assessment-inventory/components/AssessmentInventorySections';

export interface AssessTabProps {
  programId: string;
}

/** The program's Assess tab: its tool inventory, baselines and staffing. */
export function AssessTab({ programId }: AssessTabProps) {
  return <AssessmentInventorySections programId={programId} />;
}
