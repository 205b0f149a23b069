import { Alert, Button, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PILOT_NEXT_STATUS, type PilotStatus } from '@rollout/domain';
import {
  IconAlertCircle,
  IconChartLine,
  IconFileSpreadsheet,
  IconFileTypeCsv,
  IconGavel,
  IconPencil,
  IconPlayerPlay,
  IconPlus,
  IconTrash,
  IconZoomCheck,
} from '@tabler/icons-react';
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
import { ImportMeasurementsButton } from '../../measurements/components/ImportMeasurementsDialog';
import type { MeasurementUnitOption } from '../../measurements/components/MeasurementsTable';
import { PilotStatusBadge } from '../components/PilotBadges';
import { PilotCheckInsCard, type CheckInSlotUnit } from '../../check-ins/components/PilotCheckInsCard';
import { EditPilotDialog } from '../components/PilotFormDialog';
import { PilotOverview } from '../components/PilotOverview';
import { EvaluationUnavailable } from '../../decisions/components/EvaluationUnavailable';
import { PilotRecommendationCard } from '../../decisions/components/PilotRecommendationCard';
import { SuccessMetricCard } from '../components/SuccessMetricCard';
import { SuccessMetricDialog } from '../components/SuccessMetricDialog';
import type { EditableMetric } from '../components/SuccessMetricForm';
import { usePilot } from '../hooks/usePilot';
import { useChangePilotStatus, useDeletePilot, useRemoveSuccessMetric } from '../hooks/usePilotMutations';
import { NEXT_STATUS_ACTIONS } from '../pilot-display';
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

const STATUS_CHANGE_COPY: Partial<Record<PilotStatus, { title: string; body: string; done: string }>> = {
  running: {
    title: 'Start the pilot?',
    body: 'Once it runs, its success metrics, units, comparison units and start date are fixed, so the gate decision judges the pilot on what was agreed up front. Pilot units start their weekly check-ins.',
    done: 'Pilot started.',
  },
  in_review: {
    title: 'Move the pilot to review?',
    body: 'The steering committee then reviews the results and records the gate decision: scale, extend, adjust or stop. Units can still submit check-ins while it is in review.',
    done: 'Pilot moved to review.',
  },
};

// The check-in card leaves the action to the check-in feature's button.
const renderCheckInAction = (unit: CheckInSlotUnit) => <CheckInButton {...unit} />;

/** One pilot: what it tests, how its success metrics are doing, and its weekly check-ins. */
export function PilotPage() {
  const { pilotId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = usePilot(pilotId);
  const [changeStatus, { loading: changing }] = useChangePilotStatus();
  const [deletePilot, { loading: deleting }] = useDeletePilot();
  const [removeMetric, { loading: removingMetric }] = useRemoveSuccessMetric();
  const [editOpened, editDialog] = useDisclosure(false);
  const [deleteOpened, deleteDialog] = useDisclosure(false);
  const [statusOpened, statusDialog] = useDisclosure(false);
  const [statusError, setStatusError] = useState<unknown>(null);
  const [metricDialog, setMetricDialog] = useState<{ metric: EditableMetric | null } | null>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);

  if (error && !data) {
    if (hasApiErrorCode(error, 'NOT_FOUND')) return <RecordNotFound title="Pilot not found" />;
    return <QueryErrorAlert error={error} title="Could not load the pilot" onRetry={() => void refetch()} />;
  }
  if (!data) return <PilotPageSkeleton />;

  const pilot = data.pilot;
  const { program, evaluation } = pilot;
  const canManage = pilot.viewerCanManage && !program.archived;
  const planned = pilot.status === 'planned';
  const metricsEditable = canManage && planned;
  const next = PILOT_NEXT_STATUS[pilot.status];
  const nextAction = next ? NEXT_STATUS_ACTIONS[next] : undefined;
  const statusCopy = next ? STATUS_CHANGE_COPY[next] : undefined;
  const hasComparison = pilot.comparisonUnitIds.length > 0;
  const programUnitIds = program.units.map((unit) => unit.unitId);
  // Managers enter values for every unit; a regional partner for the pilot units he reports on.
  const reporting = new Set(pilot.unitReports.filter((report) => report.viewerCanReport).map((report) => report.unitId));
  const measurementUnits: MeasurementUnitOption[] = [
    ...pilot.units.map((unit) => ({ id: unit.id, name: unit.name, canRecord: pilot.viewerCanManage || reporting.has(unit.id) })),
    ...pilot.comparisonUnits.map((unit) => ({ id: unit.id, name: unit.name, canRecord: pilot.viewerCanManage, comparison: true })),
  ];

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

  const confirmRemoveMetric = async () => {
    if (!removing) return;
    try {
      await removeMetric(removing.id);
      notifySuccess(`${removing.name} removed.`);
    } catch (removeError) {
      notifyError(removeError, 'Could not remove the metric');
    } finally {
      setRemoving(null);
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
        <Button
          leftSection={next === 'running' ? <IconPlayerPlay size={16} /> : <IconZoomCheck size={16} />}
          loading={changing}
          onClick={() => {
            setStatusError(null);
            statusDialog.open();
          }}
        >
          {nextAction}
        </Button>
      )}
      {pilot.status === 'in_review' && (
        <Button component={Link} to={`/pilots/${pilot.id}/gate`} leftSection={<IconGavel size={16} />}>
          Gate review
        </Button>
      )}
    </>
  ) : null;

  const exportsAndImport = (
    <Group gap="xs">
      <Button
        component="a"
        href={`/api/pilots/${pilot.id}/measurements.csv`}
        download
        variant="default"
        size="xs"
        leftSection={<IconFileTypeCsv size={14} />}
      >
        Download CSV
      </Button>
      <Button
        component="a"
        href={`/api/pilots/${pilot.id}/measurements.xlsx`}
        download
        variant="default"
        size="xs"
        leftSection={<IconFileSpreadsheet size={14} />}
      >
        Download Excel
      </Button>
      {canManage && (
        <ImportMeasurementsButton
          pilotId={pilot.id}
          size="xs"
          disabledReason={pilot.status === 'decided' ? 'The pilot is decided: its values are final.' : null}
        />
      )}
    </Group>
  );

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

            <section aria-labelledby="pilot-metrics-title">
              <Group justify="space-between" align="flex-end" gap="sm" mb="sm">
                <div>
                  <Title order={2} fz="lg" fw={600} id="pilot-metrics-title">
                    Success metrics
                  </Title>
                  <Text size="sm" c="dimmed">
                    {planned
                      ? 'Agree on them before the start: they are fixed once the pilot runs.'
                      : `${evaluation.asOf > pilot.endDate ? 'Judged on the whole pilot period' : `Judged as of ${formatLocalDate(evaluation.asOf)}`}, from the weekly values of the pilot units${hasComparison ? ' against the comparison units' : ''}.`}
                  </Text>
                </div>
                <Group gap="xs">
                  {evaluation.metrics.length > 0 && exportsAndImport}
                  {metricsEditable && evaluation.metrics.length > 0 && (
                    <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setMetricDialog({ metric: null })}>
                      Add metric
                    </Button>
                  )}
                </Group>
              </Group>
              {evaluation.metrics.length === 0 ? (
                <Paper withBorder p="lg">
                  <EmptyState
                    icon={<IconChartLine size={24} />}
                    variant="light"
                    color="gray"
                    title="No success metrics yet — add one before starting the pilot"
                    description={
                      metricsEditable
                        ? 'Pick what the pilot should improve (e.g. lead response time) with a baseline and a target, and a guardrail that must not get worse.'
                        : 'The program team has not set the pilot’s success metrics yet.'
                    }
                    py="lg"
                  >
                    {metricsEditable && (
                      <EmptyState.Actions>
                        <Button leftSection={<IconPlus size={16} />} onClick={() => setMetricDialog({ metric: null })}>
                          Add metric
                        </Button>
                      </EmptyState.Actions>
                    )}
                  </EmptyState>
                </Paper>
              ) : (
                <Stack gap="md">
                  {evaluation.metrics.map((metricEvaluation) => (
                    <SuccessMetricCard
                      key={metricEvaluation.metric.id}
                      evaluation={metricEvaluation}
                      startDate={pilot.startDate}
                      hasComparison={hasComparison}
                      onEdit={metricsEditable ? (metric) => setMetricDialog({ metric }) : undefined}
                      onRemove={metricsEditable ? setRemoving : undefined}
                      measurements={{ units: measurementUnits, writable: pilot.status !== 'decided' && !program.archived }}
                    />
                  ))}
                </Stack>
              )}
            </section>

            <PilotCheckInsCard pilot={pilot} today={evaluation.asOf} renderCheckInAction={renderCheckInAction} />
          </>
        ) : (
          <EvaluationUnavailable reason={apiErrorAt(error, ['pilot', 'evaluation'])} />
        )}
      </Stack>

      {canManage && (
        <>
          <EditPilotDialog opened={editOpened} pilot={pilot} programUnitIds={programUnitIds} onClose={editDialog.close} />
          <SuccessMetricDialog
            opened={metricDialog !== null}
            pilotId={pilot.id}
            metric={metricDialog?.metric ?? null}
            onClose={() => setMetricDialog(null)}
          />
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
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove ${removing?.name ?? 'this metric'}?`}
        confirmLabel="Remove metric"
        loading={removingMetric}
        onConfirm={() => void confirmRemoveMetric()}
        onClose={() => setRemoving(null)}
      >
        The pilot will no longer be judged on it. Values already imported for it are deleted with it.
      </ConfirmDialog>
    </>
  );
}
