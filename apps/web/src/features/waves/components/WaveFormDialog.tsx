import { Button, Card, Grid, Group, Modal, MultiSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormFooter } from '../../../shared/components/FormFooter';
import { serverFormError } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { SuggestedWavesQuery, useAddWave, useUpdateWave, type RolloutPlan, type RolloutWave } from '../hooks/useRolloutPlan';

export interface WaveFormDialogProps {
  programId: string;
  plan: RolloutPlan;
  /** The wave to rename or re-date; null to plan a new one. */
  editing: RolloutWave | null;
  opened: boolean;
  onClose: () => void;
}

/** Plans a wave (name, dates, units, with the suggested order beside) or changes one's name and dates. */
export function WaveFormDialog({ programId, plan, editing, opened, onClose }: WaveFormDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>{editing ? `Change ${editing.name}` : 'Plan a wave'}</Text>} size="lg">
      {opened && <WaveForm key={editing?.id ?? 'new'} programId={programId} plan={plan} editing={editing} onClose={onClose} />}
    </Modal>
  );
}

function WaveForm({ programId, plan, editing, onClose }: Omit<WaveFormDialogProps, 'opened'>) {
  const [name, setName] = useState(editing?.name ?? `Wave ${plan.waves.length + 1}`);
  const [plannedStart, setPlannedStart] = useState(editing?.plannedStart ?? '');
  const [plannedEnd, setPlannedEnd] = useState(editing?.plannedEnd ?? '');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [waveSize, setWaveSize] = useState(4);
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [addWave, adding] = useAddWave();
  const [updateWave, updating] = useUpdateWave();
  const suggestion = useQuery(SuggestedWavesQuery, { variables: { id: programId, waveSize, maxRegionShare: 0.5 }, skip: editing !== null || plan.candidates.length === 0 });
  const suggested = suggestion.data?.program.rolloutPlan?.suggestedWaves ?? [];
  const datesBackwards = plannedStart !== '' && plannedEnd !== '' && plannedEnd <= plannedStart;

  const submit = async () => {
    setError(undefined);
    try {
      if (editing) {
        await updateWave({ variables: { input: { id: editing.id, name, plannedStart, plannedEnd, expectedVersion: editing.version } } });
        notifySuccess(`${name} saved.`);
      } else {
        await addWave({ variables: { input: { planId: plan.id, name, plannedStart, plannedEnd, unitIds } } });
        notifySuccess(`${name} planned with ${unitIds.length} ${unitIds.length === 1 ? 'unit' : 'units'}.`);
      }
      onClose();
    } catch (saveError) {
      setError(serverFormError(saveError));
    }
  };

  return (
    <Stack gap="md" component="form" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <TextInput label="Name" value={name} onChange={(event) => setName(event.currentTarget.value)} required maxLength={120} data-autofocus />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput type="date" label="Planned start" value={plannedStart} onChange={(event) => setPlannedStart(event.currentTarget.value)} required />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput type="date" label="Planned end" value={plannedEnd} onChange={(event) => setPlannedEnd(event.currentTarget.value)} required error={datesBackwards ? 'The wave ends after it starts.' : undefined} />
        </Grid.Col>
      </Grid>
      {!editing && (
        <>
          <MultiSelect
            label="Units"
            description="Program units not in a wave yet; the pilot’s own units already run the model."
            data={plan.candidates.map((unit) => ({ value: unit.unitId, label: `${unit.unitName} · ${unit.region} · readiness ${unit.readiness.score}` }))}
            value={unitIds}
            onChange={setUnitIds}
            searchable
            nothingFoundMessage="No unit of that name left to plan"
            placeholder={plan.candidates.length === 0 ? 'Every program unit is in a wave' : 'Pick units'}
          />
          {suggested.length > 0 && (
            <Card withBorder padding="sm" radius="md">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-end">
                  <Text fw={600} size="sm">
                    Suggested order
                  </Text>
                  <NumberInput label="Units per wave" size="xs" w={120} min={1} max={50} value={waveSize} onChange={(value) => setWaveSize(Math.max(1, Number(value) || 1))} />
                </Group>
                <Text size="xs" c="dimmed">
                  Most ready first, no wave taking more than half of one region, units a pilot lesson flags kept for later.
                </Text>
                {suggested.map((wave) => (
                  <Stack key={wave.number} gap={2}>
                    <Group justify="space-between">
                      <Text size="sm" fw={600}>
                        Wave {wave.number}
                      </Text>
                      <Button size="compact-xs" variant="light" onClick={() => setUnitIds(wave.units.map((unit) => unit.unitId))}>
                        Use these units
                      </Button>
                    </Group>
                    {wave.units.map((unit) => (
                      <Text key={unit.unitId} size="xs">
                        <b>{unit.unitName}</b> — {unit.reason}
                      </Text>
                    ))}
                  </Stack>
                ))}
              </Stack>
            </Card>
          )}
        </>
      )}
      <FormFooter
        error={error}
        onCancel={onClose}
        submitting={adding.loading || updating.loading}
        submitLabel={editing ? 'Save wave' : 'Plan wave'}
        submitDisabled={!name.trim() || !plannedStart || !plannedEnd || datesBackwards || (!editing && unitIds.length === 0)}
      />
    </Stack>
  );
}
