import { Modal, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormFooter } from '../../../shared/components/FormFooter';
import { serverFormError } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useUpdateRolloutSettings, type RolloutPlan } from '../hooks/useRolloutPlan';

/** The adoption rule (weeks in a row) and the readiness score's weights, for the program's leads. */
export function RolloutSettingsDialog({ plan, opened, onClose }: { plan: RolloutPlan; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Roll-out rules</Text>}>
      {opened && <SettingsForm plan={plan} onClose={onClose} />}
    </Modal>
  );
}

function SettingsForm({ plan, onClose }: { plan: RolloutPlan; onClose: () => void }) {
  const [adoptionWeeks, setAdoptionWeeks] = useState(plan.adoptionWeeks);
  const [weights, setWeights] = useState(plan.readinessWeights.map(({ part, label, weight }) => ({ part, label, weight })));
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [save, { loading }] = useUpdateRolloutSettings();
  const submit = async () => {
    setError(undefined);
    try {
      await save({ variables: { input: { id: plan.id, adoptionWeeks, readinessWeights: weights.map(({ part, weight }) => ({ part, weight })), expectedVersion: plan.version } } });
      notifySuccess('Roll-out rules saved.');
      onClose();
    } catch (saveError) {
      setError(serverFormError(saveError));
    }
  };
  return (
    <Stack gap="md" component="form" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <NumberInput
        label="Weeks to adoption"
        description="Weeks in a row with every primary metric met before a unit is proposed as adopted."
        min={1}
        max={26}
        allowDecimal={false}
        value={adoptionWeeks}
        onChange={(value) => setAdoptionWeeks(Number(value) || 1)}
      />
      <Text size="sm" fw={600}>
        Readiness weights
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        {weights.map((entry, index) => (
          <NumberInput
            key={entry.part}
            label={entry.label}
            min={0}
            max={100}
            value={entry.weight}
            onChange={(value) => setWeights((current) => current.map((item, at) => (at === index ? { ...item, weight: Number(value) || 0 } : item)))}
          />
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        The score is the weighted mean of the parts with a figure; weights need not add up to 100.
      </Text>
      <FormFooter error={error} onCancel={onClose} submitting={loading} submitLabel="Save rules" submitDisabled={weights.every((entry) => entry.weight === 0)} />
    </Stack>
  );
}
