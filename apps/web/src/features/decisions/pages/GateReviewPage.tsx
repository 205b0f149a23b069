import { Alert, Button, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconClipboardCheck, IconHourglass } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { getFragmentData } from '../../../gql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { PageHeader } from '../../../shared/components/PageHeader';
import { RecordNotFound } from '../../../shared/components/RecordNotFound';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { hasApiErrorCode } from '../../../shared/lib/api-errors';
import { formatLocalDate } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { GateDecisionForm } from '../components/GateDecisionForm';
import { GateEvidenceTable } from '../components/GateEvidenceTable';
import { GateOutcome } from '../components/GateOutcome';
import { GateRecommendationCard, GateRecommendationFragment } from '../components/GateRecommendationCard';
import { LessonsPanel } from '../components/LessonsPanel';
import { PilotStatusBadge } from '../../pilots/components/PilotBadges';
import { useGateReview, useMoveToReview } from '../hooks/useGateReview';
import { EvaluationUnavailable } from '../components/EvaluationUnavailable';

function GateReviewSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading gate review">
      <Skeleton height={14} width={200} />
      <Skeleton height={30} width={360} />
      <Skeleton height={220} />
      <Skeleton height={200} />
    </Stack>
  );
}

/**
 * The gate review of a pilot: Rollout's recommendation with its reasons and flags, the evidence
 * per metric, the decision (recorded by the program's leads while the pilot is in review) and
 * the lessons learned.
 */
export function GateReviewPage() {
  const { pilotId = '' } = useParams();
  const { data, error, refetch } = useGateReview(pilotId);
  const [moveToReview, { loading: moving }] = useMoveToReview();
  const [confirmOpened, confirm] = useDisclosure(false);

  if (error && !data) {
    if (hasApiErrorCode(error, 'NOT_FOUND')) return <RecordNotFound title="Pilot not found" />;
    return <QueryErrorAlert error={error} title="Could not load the gate review" onRetry={() => void refetch()} />;
  }
  if (!data) return <GateReviewSkeleton />;

  const pilot = data.pilot;
  const { evaluation } = pilot;
  if (!evaluation) return <EvaluationUnavailable />;
  const canDecide = pilot.viewerCanManage && !pilot.program.archived;
  const recommendation = getFragmentData(GateRecommendationFragment, evaluation).recommendation.decision;

  const startReview = async () => {
    try {
      await moveToReview(pilot.id, pilot.version);
      notifySuccess('The pilot is in review: record the gate decision.');
    } catch (moveError) {
      notifyError(moveError, 'Could not move the pilot to review');
    } finally {
      confirm.close();
    }
  };

  let status;
  switch (pilot.status) {
    case 'planned':
      status = (
        <Alert color="gray" variant="light" icon={<IconHourglass size={18} />}>
          The pilot has not started yet. Its gate review follows once it has run.
        </Alert>
      );
      break;
    case 'running':
      status = (
        <Alert color="blue" variant="light" icon={<IconHourglass size={18} />} title="The pilot is still running">
          <Group justify="space-between" gap="sm">
            <Text size="sm">
              It runs until {formatLocalDate(pilot.endDate)}.{' '}
              {canDecide ? 'Move it to review to record the gate decision.' : 'Its leads record the decision once it is in review.'}
            </Text>
            {canDecide && (
              <Button size="xs" leftSection={<IconClipboardCheck size={14} />} onClick={confirm.open}>
                Move to review
              </Button>
            )}
          </Group>
        </Alert>
      );
      break;
    case 'in_review':
      status = canDecide ? null : (
        <Alert color="violet" variant="light" icon={<IconClipboardCheck size={18} />}>
          The pilot is in review. Its program’s leads record the decision here.
        </Alert>
      );
      break;
    case 'decided':
      status = null;
      break;
  }

  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Programs', to: '/programs' },
          { label: pilot.program.name, to: `/programs/${pilot.program.id}` },
          { label: pilot.name, to: `/pilots/${pilot.id}` },
        ]}
        title={`Gate review: ${pilot.name}`}
        description={`${formatLocalDate(pilot.startDate)} – ${formatLocalDate(pilot.endDate)}. Scale it, extend it, adjust it, or stop it.`}
        badges={
          <PilotStatusBadge status={pilot.status} size="lg" />
        }
      />
      <Stack gap="lg">
        {status}
        <GateRecommendationCard evaluation={evaluation} canDecide={canDecide} pilotEndDate={pilot.endDate} />
        <GateEvidenceTable evaluation={evaluation} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              {pilot.status === 'in_review' && canDecide && <GateDecisionForm pilot={pilot} recommendation={recommendation} />}
              <GateOutcome decisions={pilot.decisions} />
              {!(pilot.status === 'in_review' && canDecide) && pilot.decisions.length === 0 && (
                <Paper withBorder p="lg" component="section" aria-labelledby="gate-outcome-title">
                  <Title order={2} fz="lg" fw={600} id="gate-outcome-title" mb={4}>
                    Decision
                  </Title>
                  <Text size="sm" c="dimmed">
                    No gate decision yet. The program’s leads record it here once the pilot is in review: scale, extend,
                    adjust or stop.
                  </Text>
                </Paper>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <LessonsPanel pilot={pilot} />
          </Grid.Col>
        </Grid>
      </Stack>
      <ConfirmDialog
        opened={confirmOpened}
        title="Move the pilot to review?"
        confirmLabel="Move to review"
        confirmColor="blue"
        loading={moving}
        onConfirm={() => void startReview()}
        onClose={confirm.close}
      >
        Units can still check in, but the pilot cannot go back to running except by extending it at the gate.
      </ConfirmDialog>
    </>
  );
}
