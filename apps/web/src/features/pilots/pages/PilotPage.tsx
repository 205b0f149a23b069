import { Alert, Button, Skeleton, Stack, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PILOT_NEXT_STATUS, pilotStartBlocker } from '@rollout/domain';
import { IconAlertCircle, IconGavel, IconPencil, IconPlayerPlay, IconTrash, IconZoomCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { PageHeader } from '../../../shared/components/PageHeader';
import { RecordNotFound } from '../../../shared/components/RecordNotFound';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { apiErrorAt, apiErrorMessage, hasApiErrorCode } from '../../../shared/lib/api-errors';
import { formatLocalDate } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { CheckInButton } from '../../check-ins/components/CheckInButton';
import { PilotStatusBadge } from '../components/PilotBadges';
import { PilotCheckInsCard, type CheckInSlotUnit } from '../../check-ins/components/PilotCheckInsCard';
import { EditPilotDialog } from '../components/PilotFormDialog';
import { PilotMetricsSection } from '../components/PilotMetricsSection';
import { PilotOverview } from '../components/PilotOverview';
import { EvaluationUnavailable } from '../../decisions/components/EvaluationUnavailable';
import { PilotRecommendationCard } from '../../decisions/components/PilotRecommendationCard';
import { CheckInsChangedSubscription, usePilot } from '../hooks/usePilot';
import { useLiveRefetch } from '../../../shared/live/useLiveRefetch';
import { useChangePilotStatus, useDeletePilot } from '../hooks/usePilotMutations';
import { NEXT_STATUS_ACTIONS, STATUS_CHANGE_COPY } from '../pilot-display';
import { isConflict, reloadOnConflict } from '../../../shared/lib/conflict';

function PilotPageSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading pilot">
      <Skeleton height={14} width={220} />
      <Skeleton height={30} width={420} />
      <Skeleton height={160} />
      <Skeleton height={320} />
      <Skeleton height={240} />
    </Stack>
  );
}

// The check-in card leaves the action to the check-in feature's button.
const renderCheckInAction = (unit: CheckInSlotUnit) => <CheckInButton {...unit} />;

/** One pilot: what it tests, how its success metrics are doing, and its weekly check-ins. */
export function PilotPage() {
  const { pilotId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = usePilot(pilotId);
  // Check-ins arriving while the page is open show without a reload.
  useLiveRefetch(CheckInsChangedSubscription, { pilotId }, ['Pilot'], !pilotId);
  const [changeStatus, { loading: changing }] = useChangePilotStatus();
  const [deletePilot, { loading: deleting }] = useDeletePilot();
  const [editOpened, editDialog] = useDisclosure(false);
  const [deleteOpened, deleteDialog] = useDisclosure(false);
  const [statusOpened, statusDialog] = useDisclosure(false);
  const [statusError, setStatusError] = useState<unknown>(null);

  if (error && !data) {
    if (hasApiErrorCode(error, 'NOT_FOUND')) return <RecordNotFound title="Pilot not found" />;
    return <QueryErrorAlert error={error} title="Could not load the pilot" onRetry={() => void refetch()} />;
  }
  if (!data) return <PilotPageSkeleton />;

  const pilot = data.pilot;
  const { program, evaluation } = pilot;
  const canManage = pilot.viewerCanManage && !program.archived;
  const planned = pilot.status === 'planned';
  const next = PILOT_NEXT_STATUS[pilot.status];
  const nextAction = next ? NEXT_STATUS_ACTIONS[next] : undefined;
  const statusCopy = next ? STATUS_CHANGE_COPY[next] : undefined;
  // The API refuses the same start (checkPilotTransition); saying so up front spares a failed click.
  const startBlocker = next === 'running' ? pilotStartBlocker((evaluation?.metrics ?? []).map((row) => ({ baseline: row.baseline, target: row.metric.target }))) : null;
  const programUnitIds = program.units.map((unit) => unit.unitId);

  const moveOn = async () => {
    if (!next || !statusCopy) return;
    setStatusError(null);
    try {
      await changeStatus({ id: pilot.id, expectedVersion: pilot.version, status: next });
      notifySuccess(statusCopy.done);
    } catch (changeError) {
      setStatusError(changeError);
      void reloadOnConflict(changeError, refetch);
    } finally {
      statusDialog.close();
    }
  };

  const confirmDelete = async () => {
    try {
      await deletePilot(pilot.id, pilot.version);
      deleteDialog.close();
      notifySuccess(`${pilot.name} deleted.`);
      void navigate(`/programs/${program.id}`);
    } catch (deleteError) {
      deleteDialog.close();
      notifyError(deleteError, 'Could not delete the pilot');
      void reloadOnConflict(deleteError, refetch);
    }
  };

  const actions = canManage ? (
    <>
      {planned && (
        <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={deleteDialog.open}>
          Delete
        </Button>
      )}
      {pilot.status !== 'decided' && (
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={editDialog.open}>
          Edit
        </Button>
      )}
      {nextAction && (
        <Tooltip label={startBlocker} disabled={!startBlocker} multiline w={260}>
          {/* data-disabled, not disabled: the button stays focusable, so keyboard users reach the reason too. */}
          <Button
            leftSection={next === 'running' ? <IconPlayerPlay size={16} /> : <IconZoomCheck size={16} />}
            loading={changing}
            data-disabled={startBlocker ? true : undefined}
            aria-description={startBlocker ?? undefined}
            onClick={() => {
              if (startBlocker) return;
              setStatusError(null);
              statusDialog.open();
            }}
          >
            {nextAction}
          </Button>
        </Tooltip>
      )}
      {pilot.status === 'in_review' && (
        <Button component={Link} to={`/pilots/${pilot.id}/gate`} leftSection={<IconGavel size={16} />}>
          Gate review
        </Button>
      )}
    </>
  ) : null;

  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Programs', to: '/programs' },
          { label: program.name, to: `/programs/${program.id}` },
        ]}
        title={pilot.name}
        badges={<PilotStatusBadge status={pilot.status} size="lg" />}
        actions={actions}
      />
      <Stack gap="lg">
        {statusError !== null && (
          <Alert
            color={isConflict(statusError) ? 'yellow' : 'red'}
            variant="light"
            icon={<IconAlertCircle size={18} />}
            title={next === 'running' ? 'The pilot cannot start yet' : 'The pilot’s status did not change'}
            role="alert"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setStatusError(null)}
            data-testid="status-error"
          >
            {apiErrorMessage(statusError)}
          </Alert>
        )}
        {pilot.gateReviewOverdue && (
          <Alert color="orange" variant="light" icon={<IconGavel size={18} />} title="Overdue for gate review" data-testid="gate-review-overdue">
            The pilot ended on {formatLocalDate(pilot.endDate)}: no more check-ins are due.{' '}
            {pilot.viewerCanManage ? 'Move it to review and record the gate decision.' : 'Its steering committee owes the gate decision.'}
          </Alert>
        )}
        {evaluation ? (
          <>
            <PilotOverview pilot={pilot} today={evaluation.asOf} />
            {(pilot.status === 'decided' || (!planned && evaluation.metrics.length > 0)) && <PilotRecommendationCard pilot={pilot} />}

            <PilotMetricsSection pilot={pilot} evaluation={evaluation} canManage={canManage} />

            <PilotCheckInsCard pilot={pilot} today={evaluation.asOf} renderCheckInAction={renderCheckInAction} />
          </>
        ) : (
          <EvaluationUnavailable reason={apiErrorAt(error, ['pilot', 'evaluation'])} />
        )}
      </Stack>

      {canManage && (
        <>
          <EditPilotDialog opened={editOpened} pilot={pilot} programUnitIds={programUnitIds} onClose={editDialog.close} />
        </>
      )}
      {statusCopy && (
        <ConfirmDialog
          opened={statusOpened}
          title={statusCopy.title}
          confirmLabel={nextAction ?? 'Continue'}
          confirmColor="indigo"
          loading={changing}
          onConfirm={() => void moveOn()}
          onClose={statusDialog.close}
        >
          {statusCopy.body}
        </ConfirmDialog>
      )}
      <ConfirmDialog
        opened={deleteOpened}
        title="Delete this pilot?"
        confirmLabel="Delete pilot"
        loading={deleting}
        onConfirm={() => void confirmDelete()}
        onClose={deleteDialog.close}
      >
        <b>{pilot.name}</b> and its success metrics will be deleted. It has not started, so nothing has been measured or
        decided yet; the change history keeps a record.
      </ConfirmDialog>
    </>
  );
}
