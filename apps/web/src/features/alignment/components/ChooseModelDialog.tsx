import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { CANDIDATE_MODELS, choiceDepartures, MIN_RATIONALE_LENGTH, OPERATING_MODEL_LABELS, type CandidateModel } from '@rollout/domain';
import { useState } from 'react';
import { apiErrorAt, apiErrorMessage, apiFieldErrors } from '../../../shared/lib/api-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useChooseOperatingModel } from '../hooks/useAlignment';

export interface ChooseModelDialogProps {
  opened: boolean;
  onClose: () => void;
  programId: string;
  programVersion: number;
  matrixWinner: CandidateModel | null;
  guidanceModel: CandidateModel | null;
}

/** Records the chosen model; a rationale is required when it departs from the matrix winner or the guidance. */
export function ChooseModelDialog({ opened, onClose, programId, programVersion, matrixWinner, guidanceModel }: ChooseModelDialogProps) {
  const [model, setModel] = useState<CandidateModel>(matrixWinner ?? guidanceModel ?? 'hybrid');
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [choose, { loading }] = useChooseOperatingModel();
  const departures = choiceDepartures(model, { matrixWinner, guidanceModel });
  const submit = async () => {
    setError(null);
    try {
      await choose({ variables: { input: { programId, model: model, rationale, expectedVersion: programVersion } } });
      notifySuccess(`${OPERATING_MODEL_LABELS[model]} is the program’s target model.`);
      onClose();
    } catch (caught) {
      const onRationale = apiFieldErrors(caught).find((field) => field.field === 'rationale');
      setError(onRationale?.message ?? apiErrorAt(caught, ['rationale']) ?? apiErrorMessage(caught));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Choose the operating model">
      <Stack gap="sm">
        <NativeSelect
          label="Operating model"
          data={CANDIDATE_MODELS.map((value) => ({ value, label: OPERATING_MODEL_LABELS[value] }))}
          value={model}
          onChange={(event) => setModel(event.currentTarget.value as CandidateModel)}
        />
        <Text size="sm" c="dimmed">
          {departures.length > 0
            ? `This differs from ${departures.join(' and ')}: explain why (at least ${MIN_RATIONALE_LENGTH} characters).`
            : 'This follows the matrix and the guidance; a rationale is welcome but not required.'}
        </Text>
        <Textarea label="Rationale" autosize minRows={3} value={rationale} onChange={(event) => setRationale(event.currentTarget.value)} error={error} required={departures.length > 0} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={loading} onClick={() => void submit()}>
            Record choice
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
