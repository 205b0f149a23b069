import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { MAX_RAW_WEIGHT } from '@rollout/domain';
import { useState } from 'react';
import type { ProgramAlignmentQuery } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { apiErrorMessage, apiFieldErrors } from '../../../shared/lib/api-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useRemoveStakeholderWeights, useSaveStakeholderWeights } from '../hooks/useAlignment';

type Alignment = ProgramAlignmentQuery['program']['alignment'];

export interface StakeholderWeightsDialogProps {
  programId: string;
  principles: Alignment['principles'];
  /** The weight set to edit; absent to add a stakeholder. */
  existing?: Alignment['stakeholders'][number];
  onClose: () => void;
}

/**
 * One stakeholder's weights: points per principle (0–100, spread as they like), shown as the share
 * of their total the matrix will use. Editing offers removal, confirmed.
 */
export function StakeholderWeightsDialog({ programId, principles, existing, onClose }: StakeholderWeightsDialogProps) {
  const [stakeholder, setStakeholder] = useState(existing?.stakeholder ?? '');
  const [points, setPoints] = useState<Record<string, number | string>>(() =>
    Object.fromEntries(principles.map((principle) => [principle.id, existing?.weights.find((weight) => weight.principleId === principle.id)?.points ?? 0])),
  );
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const [save, { loading }] = useSaveStakeholderWeights();
  const [remove, { loading: removing }] = useRemoveStakeholderWeights();
  const total = principles.reduce((sum, principle) => sum + (Number(points[principle.id]) || 0), 0);

  const submit = async () => {
    setNameError(null);
    setFormError(null);
    const weights = principles.map((principle) => ({ principleId: principle.id, weight: Number(points[principle.id]) || 0 }));
    try {
      await save({ variables: { input: { programId, id: existing?.id, stakeholder, weights, expectedVersion: existing?.version } } });
      notifySuccess(`${stakeholder.trim()}’s weights are saved.`);
      onClose();
    } catch (caught) {
      const errors = apiFieldErrors(caught);
      setNameError(errors.find((error) => error.field === 'stakeholder')?.message ?? null);
      const other = errors.filter((error) => error.field !== 'stakeholder').map((error) => error.message);
      if (errors.length === 0 || other.length > 0) setFormError(other.length > 0 ? other.join(' ') : apiErrorMessage(caught));
    }
  };
  const removeSet = async () => {
    if (!existing) return;
    try {
      await remove({ variables: { id: existing.id } });
      notifySuccess(`${existing.stakeholder}’s weights are removed.`);
      onClose();
    } catch (caught) {
      setConfirmingRemoval(false);
      setFormError(apiErrorMessage(caught));
    }
  };

  return (
    <>
      <Modal opened={!confirmingRemoval} onClose={onClose} title={existing ? `${existing.stakeholder}’s weights` : 'Add a stakeholder’s weights'}>
        <Stack gap="sm">
          <TextInput label="Stakeholder" description="A person or a role, e.g. “CFO”" value={stakeholder} onChange={(event) => setStakeholder(event.currentTarget.value)} error={nameError} required data-autofocus />
          <Text size="sm" c="dimmed">
            Give each principle points from 0 to {MAX_RAW_WEIGHT}; the matrix uses each principle’s share of the total.
          </Text>
          {principles.map((principle) => {
            const value = Number(points[principle.id]) || 0;
            return (
              <NumberInput
                key={principle.id}
                label={principle.name}
                min={0}
                max={MAX_RAW_WEIGHT}
                step={5}
                allowDecimal={false}
                allowNegative={false}
                value={points[principle.id]}
                onChange={(value) => setPoints((current) => ({ ...current, [principle.id]: value }))}
                rightSectionWidth={72}
                rightSection={
                  <Text size="xs" c="dimmed">
                    {total > 0 ? `${Math.round((value / total) * 100)}%` : '—'}
                  </Text>
                }
              />
            );
          })}
          {formError && (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          )}
          <Group justify="space-between">
            {existing ? (
              <Button variant="subtle" color="red" onClick={() => setConfirmingRemoval(true)}>
                Remove stakeholder
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button loading={loading} onClick={() => void submit()}>
                Save weights
              </Button>
            </Group>
          </Group>
        </Stack>
      </Modal>
      {existing && (
        <ConfirmDialog
          opened={confirmingRemoval}
          title={`Remove ${existing.stakeholder}’s weights?`}
          confirmLabel="Remove"
          loading={removing}
          onConfirm={() => void removeSet()}
          onClose={() => setConfirmingRemoval(false)}
        >
          The average weights, the matrix totals and the sensitivity are worked out again without them.
        </ConfirmDialog>
      )}
    </>
  );
}
