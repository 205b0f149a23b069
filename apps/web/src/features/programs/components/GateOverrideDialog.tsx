import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { MIN_GATE_OVERRIDE_REASON_LENGTH, PROGRAM_PHASE_LABELS, type ProgramPhase } from '@rollout/domain';
import { useState } from 'react';
import { apiErrorMessage, apiFieldErrors } from '../../../shared/lib/api-errors';

export interface GateOverrideDialogProps {
  /** Why the gate refused the move, as the API said it. */
  refusal: string;
  toPhase: ProgramPhase;
  onClose: () => void;
  /** Moves on with the reason; throws the API error when it fails. */
  onOverride: (reason: string) => Promise<void>;
}

/** Offered to admins when a phase gate refuses a move: move on anyway, with a reason the phase history keeps. */
export function GateOverrideDialog({ refusal, toPhase, onClose, onOverride }: GateOverrideDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    setError(null);
    setSaving(true);
    try {
      await onOverride(reason);
    } catch (caught) {
      setError(apiFieldErrors(caught).find((field) => field.field === 'overrideReason')?.message ?? apiErrorMessage(caught));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Move to ${PROGRAM_PHASE_LABELS[toPhase]} anyway?`}>
      <Stack gap="sm">
        <Alert color="yellow" variant="light">
          {refusal}
        </Alert>
        <Text size="sm">As an admin you can override the gate. Say why: the phase history keeps the reason beside the move.</Text>
        <Textarea
          label="Reason for the override"
          description={`At least ${MIN_GATE_OVERRIDE_REASON_LENGTH} characters`}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error}
          required
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="orange" loading={saving} onClick={() => void submit()}>
            Override and move on
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
