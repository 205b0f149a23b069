import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
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
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useUpdateRolloutSettings();
  const submit = async () => {
    setError(null);
    try {
      await save({ variables: { input: { id: plan.id, adoptionWeeks, readinessWeights: weights.map(({ part, weight }) => ({ part, weight })), expectedVersion: plan.version } } });
      notifySuccess('Roll-out rules saved.');
      onClose();
    } catch (saveError) {
      setError(apiErrorMessage(saveError));
    }
  };
  return (
    <Stack gap="md">
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
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={() => void submit()} loading={loading} disabled={weights.every((entry) => entry.weight === 0)}>
          Save rules
        </Button>
      </Group>
    </Stack>
  );
}
