import { Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChartLine, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { PilotQuery } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { formatLocalDate } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { MeasurementFiles } from '../../measurements/components/MeasurementFiles';
import type { MeasurementUnitOption } from '../../measurements/components/MeasurementsTable';
import { useRemoveSuccessMetric } from '../hooks/usePilotMutations';
import { SuccessMetricCard } from './SuccessMetricCard';
import { SuccessMetricDialog } from './SuccessMetricDialog';
import type { EditableMetric } from './SuccessMetricForm';

type Pilot = PilotQuery['pilot'];
type Evaluation = NonNullable<Pilot['evaluation']>;

export interface PilotMetricsSectionProps {
  pilot: Pilot;
  evaluation: Evaluation;
  /** The viewer manages the pilot and its program is not archived. */
  canManage: boolean;
}

/** The pilot's success metrics: how each is doing, their values (entered, imported, downloaded), and, while planned, setting them up. */
export function PilotMetricsSection({ pilot, evaluation, canManage }: PilotMetricsSectionProps) {
  const [metricDialog, setMetricDialog] = useState<{ metric: EditableMetric | null } | null>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [removeMetric, { loading: removingMetric }] = useRemoveSuccessMetric();
  const planned = pilot.status === 'planned';
  const editable = canManage && planned;
  const hasComparison = pilot.comparisonUnitIds.length > 0;
  // Managers enter values for every unit; a regional partner for the pilot units he reports on.
  const reporting = new Set(pilot.unitReports.filter((report) => report.viewerCanReport).map((report) => report.unitId));
  const measurementUnits: MeasurementUnitOption[] = [
    ...pilot.units.map((unit) => ({ id: unit.id, name: unit.name, canRecord: pilot.viewerCanManage || reporting.has(unit.id) })),
    ...pilot.comparisonUnits.map((unit) => ({ id: unit.id, name: unit.name, canRecord: pilot.viewerCanManage, comparison: true })),
  ];
  const addMetric = () => setMetricDialog({ metric: null });

  const confirmRemoval = async () => {
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

  return (
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
        {evaluation.metrics.length > 0 && (
          <Group gap="xs">
            <MeasurementFiles pilotId={pilot.id} canImport={canManage} importClosedReason={pilot.status === 'decided' ? 'The pilot is decided: its values are final (a roll-out imports its wave units’ values on the Scale tab).' : null} />
            {editable && (
              <Button size="xs" leftSection={<IconPlus size={14} />} onClick={addMetric}>
                Add metric
              </Button>
            )}
          </Group>
        )}
      </Group>
      {evaluation.metrics.length === 0 ? (
        <Paper withBorder p="lg">
          <EmptyState
            icon={<IconChartLine size={24} />}
            variant="light"
            color="gray"
            title="No success metrics yet — add one before starting the pilot"
            description={
              editable
                ? 'Pick what the pilot should improve (e.g. lead response time) with a baseline and a target, and a guardrail that must not get worse.'
                : 'The program team has not set the pilot’s success metrics yet.'
            }
            py="lg"
          >
            {editable && (
              <EmptyState.Actions>
                <Button leftSection={<IconPlus size={16} />} onClick={addMetric}>
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
              onEdit={editable ? (metric) => setMetricDialog({ metric }) : undefined}
              onRemove={editable ? setRemoving : undefined}
              measurements={{ units: measurementUnits, writable: pilot.status !== 'decided' && !pilot.program.archived }}
            />
          ))}
        </Stack>
      )}
      {canManage && <SuccessMetricDialog opened={metricDialog !== null} pilotId={pilot.id} metric={metricDialog?.metric ?? null} onClose={() => setMetricDialog(null)} />}
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove ${removing?.name ?? 'this metric'}?`}
        confirmLabel="Remove metric"
        loading={removingMetric}
        onConfirm={() => void confirmRemoval()}
        onClose={() => setRemoving(null)}
      >
        The pilot will no longer be judged on it. Values already imported for it are deleted with it.
      </ConfirmDialog>
    </section>
  );
}
