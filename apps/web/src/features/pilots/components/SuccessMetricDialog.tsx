import { Modal, Text } from '@mantine/core';
import { SuccessMetricForm, type EditableMetric } from './SuccessMetricForm';

export interface SuccessMetricDialogProps {
  opened: boolean;
  pilotId: string;
  /** The metric to edit; null adds a new one. */
  metric: EditableMetric | null;
  onClose: () => void;
}

/** Adds or edits a pilot's success metric: one from the catalog or a custom one, with its baseline and target. */
export function SuccessMetricDialog({ opened, pilotId, metric, onClose }: SuccessMetricDialogProps) {
  const editing = metric;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={600}>{editing ? `Edit ${editing.name}` : 'Add a success metric'}</Text>}
      centered
      size="lg"
    >
      {opened && <SuccessMetricForm key={editing?.id ?? 'new'} pilotId={pilotId} metric={editing} onClose={onClose} />}
    </Modal>
  );
}
