import { Alert, Anchor, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconFileDescription } from '@tabler/icons-react';
import { OPERATING_MODEL_LABELS } from '@rollout/domain';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useDesign } from '../hooks/useDesign';
import { CurrentVsTargetCard } from './CurrentVsTargetCard';
import { DesignSignOffSection } from '../../design-versions/components/DesignSignOffSection';
import { HeadcountSection } from '../../headcount/components/HeadcountSection';
import { RaciSection } from '../../raci/components/RaciSection';
import { PlacementSection } from './PlacementSection';

export interface DesignTabProps {
  programId: string;
}

/**
 * The program page's Design tab: the target model Align chose, designed. Where each activity sits
 * and the dimensions' emphasis, then what that changes against the assessment.
 */
export function DesignTab({ programId }: DesignTabProps) {
  const { data, error, refetch } = useDesign(programId);
  if (error && !data) return <QueryErrorAlert error={error} title="Could not load the design" onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} aria-label="Loading the design" />;
  const { program } = data;
  if (program.targetModel === 'undecided') {
    return (
      <Alert title="No operating model chosen yet">
        The design starts from the model chosen in Align.{' '}
        <Anchor component={Link} to={{ search: '?tab=align' }} inherit c="inherit" underline="always" fw={600}>
          Choose it on the Align tab
        </Anchor>
        .
      </Alert>
    );
  }
  const { design, designVersions } = program;
  const frozen = designVersions.signedOff;
  if (design.capabilities.every((capability) => capability.activities.length === 0)) {
    return (
      <Alert title="Nothing to place yet">
        This program has no activities in its catalog.{' '}
        <Anchor component={Link} to={{ search: '?tab=assess' }} inherit c="inherit" underline="always" fw={600}>
          Add them on the Assess tab
        </Anchor>
        .
      </Alert>
    );
  }
  return (
    <Stack gap="xl">
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          Target model: <strong>{OPERATING_MODEL_LABELS[program.targetModel]}</strong>
        </Text>
        <Button component={Link} to={`/programs/${programId}/target-model`} variant="default" size="xs" leftSection={<IconFileDescription size={16} />}>
          Target model summary
        </Button>
      </Group>
      {frozen && (
        <Alert color="teal" variant="light" title={`Version ${designVersions.current} is signed off`}>
          The design reads only. To change it, start version {designVersions.current + 1} under Sign-off at the end of this tab.
        </Alert>
      )}
      <PlacementSection programId={programId} design={design} frozen={frozen} />
      <CurrentVsTargetCard design={design} />
      <RaciSection programId={programId} frozen={frozen} />
      <HeadcountSection programId={programId} readOnly={frozen} />
      <DesignSignOffSection programId={programId} />
    </Stack>
  );
}
