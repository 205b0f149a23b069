import { Button, Checkbox, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { MATURITY_LABELS, WORK_PERFORMER_LABELS, WORK_PERFORMERS, type WorkPerformer } from '@rollout/domain';
import { useState } from 'react';
import { NARROW_SCREEN_QUERY } from '../../../shared/components/ResponsiveTable';
import type { GridCell } from './assessment-grid';

export interface CellValues {
  performer: WorkPerformer;
  maturity: number | null;
  decides: boolean;
  note: string;
}

export interface CellEditorProps {
  activityName: string;
  columnName: string;
  cell: GridCell | undefined;
  canEdit: boolean;
  saving: boolean;
  onSave: (values: CellValues) => void;
  onClose: () => void;
}

const MATURITY_OPTIONS = [1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: `${level} – ${MATURITY_LABELS[level] ?? ''}` }));

/** One cell: who does the work, how mature it is, whether this column decides it, and a note. Full screen on a phone. */
export function CellEditor({ activityName, columnName, cell, canEdit, saving, onSave, onClose }: CellEditorProps) {
  const narrow = useMediaQuery(NARROW_SCREEN_QUERY, false, { getInitialValueInEffect: false });
  const [performer, setPerformer] = useState<WorkPerformer | null>(cell?.performer ?? null);
  const [maturity, setMaturity] = useState<string | null>(cell?.maturity === null || cell === undefined ? null : String(cell.maturity));
  const [decides, setDecides] = useState(cell?.decides ?? false);
  const [note, setNote] = useState(cell?.note ?? '');
  const isPerformer = (value: string): value is WorkPerformer => WORK_PERFORMERS.some((option) => option === value);
  return (
    <Modal opened onClose={onClose} title={`${activityName} · ${columnName}`} fullScreen={narrow}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (performer) onSave({ performer, maturity: maturity === null ? null : Number(maturity), decides, note });
        }}
      >
        <Stack>
          <Radio.Group label="Who does this work today?" value={performer} onChange={(value) => setPerformer(isPerformer(value) ? value : null)} required>
            <Stack gap="xs" mt="xs">
              {WORK_PERFORMERS.map((option) => (
                <Radio key={option} value={option} label={WORK_PERFORMER_LABELS[option]} disabled={!canEdit} />
              ))}
            </Stack>
          </Radio.Group>
          <Select label="Maturity" placeholder="Not rated" data={MATURITY_OPTIONS} value={maturity} onChange={setMaturity} clearable disabled={!canEdit} />
          <Checkbox label={`${columnName} decides how this is done`} checked={decides} onChange={(event) => setDecides(event.currentTarget.checked)} disabled={!canEdit} />
          <Textarea label="Note" value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} maxLength={1000} disabled={!canEdit} />
          {canEdit ? null : (
            <Text size="sm" c="dimmed">
              You can read this cell; its unit’s partner or the program’s managers fill it.
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {canEdit ? 'Cancel' : 'Close'}
            </Button>
            {canEdit ? (
              <Button type="submit" loading={saving} disabled={performer === null}>
                Save
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
