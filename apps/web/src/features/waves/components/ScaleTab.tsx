import { Button, Group, Skeleton, Stack } from '@mantine/core';
import { IconAdjustments, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useLiveRefetch } from '../../../shared/live/useLiveRefetch';
import { MeasurementFiles } from '../../measurements/components/MeasurementFiles';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { RolloutChangedSubscription, readRolloutPlan, readWaveUnit, useAssignWaveUnit, useRemoveWave, useRollout, type RolloutPlan, type RolloutWave, type WaveUnit } from '../hooks/useRolloutPlan';
import { RolloutBoard } from './RolloutBoard';
import { RolloutProgressCard } from './RolloutProgressCard';
import { RolloutSettingsDialog } from './RolloutSettingsDialog';
import { StartRolloutCard } from './StartRolloutCard';
import { WaveCarriesCard } from './WaveCarriesCard';
import { WaveFormDialog } from './WaveFormDialog';
import { WaveUnitDrawer } from './WaveUnitDrawer';

/** The program's Scale tab: the roll-out's progress and forecast, the board of waves, and each unit's details. */
export function ScaleTab({ programId }: { programId: string }) {
  const { data, error, refetch } = useRollout(programId);
  // Units moving while the board is open (a partner readying theirs, a lead taking one live) show without a reload.
  useLiveRefetch(RolloutChangedSubscription, { programId }, ['Rollout']);
  if (error && !data) return <QueryErrorAlert error={error} title="Could not load the roll-out" onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading the roll-out">
        <Skeleton height={220} />
        <Skeleton height={320} />
      </Stack>
    );
  }
  const { program } = data;
  if (!program.rolloutPlan) return <StartRolloutCard programId={program.id} canManage={program.viewerCanManage && !program.archived} pilots={program.pilots} />;
  return <Rollout programId={program.id} plan={readRolloutPlan(program.rolloutPlan)} archived={program.archived} />;
}

function Rollout({ programId, plan, archived }: { programId: string; plan: RolloutPlan; archived: boolean }) {
  const canManage = plan.viewerCanManage && !archived;
  const [openUnitId, setOpenUnitId] = useState<string | null>(null);
  const [waveForm, setWaveForm] = useState<{ editing: RolloutWave | null } | null>(null);
  const [removing, setRemoving] = useState<RolloutWave | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [assign] = useAssignWaveUnit();
  const [remove, { loading: removingWave }] = useRemoveWave();
  // The drawer follows the unit by id, so it shows the unit as the last answer has it.
  const located = plan.waves.flatMap((wave) => wave.units.map((ref) => ({ wave, unit: readWaveUnit(ref) }))).find(({ unit }) => unit.id === openUnitId) ?? null;

  const moveToWave = async (unit: WaveUnit, waveId: string) => {
    const target = plan.waves.find((wave) => wave.id === waveId);
    try {
      await assign({ variables: { input: { id: unit.id, waveId, expectedVersion: unit.version } } });
      notifySuccess(`${unit.unitName} moved to ${target?.name ?? 'the wave'}.`);
    } catch (assignError) {
      notifyError(assignError, `Could not move ${unit.unitName}`);
    }
  };
  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { input: { id: removing.id, expectedVersion: removing.version } } });
      notifySuccess(`${removing.name} removed.`);
    } catch (removeError) {
      notifyError(removeError, `Could not remove ${removing.name}`);
    }
    setRemoving(null);
  };

  return (
    <Stack gap="lg">
      <RolloutProgressCard plan={plan} />
      <WaveCarriesCard pilot={plan.pilot} />
      {canManage && (
        <Group justify="space-between" gap="xs">
          <MeasurementFiles pilotId={plan.pilot.id} canImport />
          <Group gap="xs">
            <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={() => setSettingsOpen(true)}>
              Roll-out rules
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setWaveForm({ editing: null })}>
              Plan a wave
            </Button>
          </Group>
        </Group>
      )}
      <RolloutBoard
        plan={plan}
        canManage={canManage}
        onOpenUnit={(unit) => setOpenUnitId(unit.id)}
        onEditWave={(wave) => setWaveForm({ editing: wave })}
        onRemoveWave={setRemoving}
        onDropUnit={(unit, wave) => void moveToWave(unit, wave.id)}
      />
      <WaveUnitDrawer plan={plan} wave={located?.wave ?? null} unit={located?.unit ?? null} onClose={() => setOpenUnitId(null)} onChangeWave={(unit, waveId) => void moveToWave(unit, waveId)} />
      <WaveFormDialog programId={programId} plan={plan} editing={waveForm?.editing ?? null} opened={waveForm !== null} onClose={() => setWaveForm(null)} />
      <RolloutSettingsDialog plan={plan} opened={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <ConfirmDialog opened={removing !== null} title={`Remove ${removing?.name ?? 'the wave'}?`} confirmLabel="Remove wave" loading={removingWave} onConfirm={() => void confirmRemove()} onClose={() => setRemoving(null)}>
        Its {removing?.units.length ?? 0} units leave the roll-out and can be planned into another wave; the history keeps what was done.
      </ConfirmDialog>
    </Stack>
  );
}
