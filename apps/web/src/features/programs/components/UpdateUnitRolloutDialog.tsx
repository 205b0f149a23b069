import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, Modal, Stack, Switch, Text, Textarea } from '@mantine/core';
import { UNIT_KIND_LABELS, updateUnitRolloutSchema } from '@rollout/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { UnitStageBadge } from '../../../shared/components/UnitStageBadge';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useUpdateUnitRollout } from '../hooks/useProgramRollout';
import type { ProgramUnitRow } from './ProgramUnitsCard';
import { FormFooter } from '../../../shared/components/FormFooter';
import { useConflict } from '../../../shared/hooks/useConflict';

type RolloutFormInput = z.input<typeof updateUnitRolloutSchema>;
type RolloutFormValues = z.output<typeof updateUnitRolloutSchema>;

const NOTE_MAX = 1000;

export interface UpdateUnitRolloutDialogProps {
  /** The row being updated, as currently cached (it changes when someone else's update is loaded); null while closed. */
  row: ProgramUnitRow | null;
  onClose: () => void;
}

/** A partner (or program lead) reports on a unit: blocked or not, and a short note. Its stage follows from its pilots. */
export function UpdateUnitRolloutDialog({ row, onClose }: UpdateUnitRolloutDialogProps) {
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      title={<Text fw={600}>{row ? `Update ${row.unit.name}` : 'Update'}</Text>}
      centered
      size="lg"
    >
      {/* Mounted only while open, so every opening starts from the row's current values. */}
      {row && <UpdateUnitRolloutForm key={row.id} row={row} onClose={onClose} />}
    </Modal>
  );
}

function UpdateUnitRolloutForm({ row, onClose }: { row: ProgramUnitRow; onClose: () => void }) {
  const [updateRollout] = useUpdateUnitRollout();
  // The version the person started from; a save with it after someone else's update is refused.
  const [baseVersion, setBaseVersion] = useState(row.version);
  const { conflict, catchConflict, clearConflict } = useConflict();
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RolloutFormInput, unknown, RolloutFormValues>({
    resolver: zodResolver(updateUnitRolloutSchema),
    defaultValues: { id: row.id, expectedVersion: row.version, blocked: row.blocked, note: row.note },
  });
  const blocked = useWatch({ control, name: 'blocked' });
  const noteLength = (useWatch({ control, name: 'note' }) ?? '').trim().length;

  const submit = async (values: RolloutFormValues) => {
    // After a conflict the newer version is on screen, so saving again applies these edits over it.
    const expectedVersion = conflict ? row.version : baseVersion;
    try {
      await updateRollout({ id: row.id, expectedVersion, blocked: values.blocked, note: values.note });
      notifySuccess(values.blocked ? `${row.unit.name}: reported blocked.` : `${row.unit.name}: report saved.`);
      onClose();
    } catch (error) {
      if (!(await catchConflict(error))) applyServerErrors(error, setError, ['blocked', 'note']);
    }
  };

  const loadTheirs = () => {
    reset({ id: row.id, expectedVersion: row.version, blocked: row.blocked, note: row.note });
    setBaseVersion(row.version);
    clearConflict();
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            {UNIT_KIND_LABELS[row.unit.kind]} · {row.unit.code} ·
          </Text>
          <UnitStageBadge stage={row.stage} size="sm" />
        </Group>
        <Text size="sm" c="dimmed">
          The stage follows from the unit’s pilots. Everyone following the program sees your report beside it; the change
          history records who changed it.
        </Text>
        {conflict && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={`Someone else updated ${row.unit.name}`}
            role="alert"
          >
            <Stack gap="xs">
              <Group gap={6}>
                <Text size="sm">While you were editing, it was reported</Text>
                <Badge color={row.blocked ? 'red' : 'gray'} variant={row.blocked ? 'filled' : 'light'} size="sm">
                  {row.blocked ? 'Blocked' : 'Not blocked'}
                </Badge>
              </Group>
              {row.note && (
                <Text size="sm" fs="italic" style={{ overflowWrap: 'anywhere' }}>
                  “{row.note}”
                </Text>
              )}
              <Text size="sm">Your changes are still below: save to apply them over theirs, or load their update.</Text>
              <Group>
                <Button size="xs" variant="default" onClick={loadTheirs}>
                  Load their update
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Controller
          control={control}
          name="blocked"
          render={({ field }) => (
            <Switch
              label="Blocked"
              description="Something outside the unit stops it from moving on."
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              onBlur={field.onBlur}
              color="red"
              error={errors.blocked?.message}
            />
          )}
        />
        <Textarea
          label="Note"
          description={
            blocked
              ? 'What blocks the unit, and what would unblock it? At least 10 characters.'
              : 'What is happening or what comes next, in a sentence or two.'
          }
          placeholder={
            blocked
              ? 'e.g. No sandbox access to the CRM yet: IT ticket open since Nov 2.'
              : 'e.g. Enablement sessions booked for the first week of December.'
          }
          autosize
          minRows={3}
          maxRows={8}
          maxLength={NOTE_MAX}
          withAsterisk={blocked}
          error={errors.note?.message}
          {...register('note')}
        />
        <Text size="xs" c="dimmed" ta="right" mt={-8}>
          {noteLength}/{NOTE_MAX}
        </Text>
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel={conflict ? 'Save mine over theirs' : 'Save update'} submitColor={conflict ? 'yellow' : undefined} />
      </Stack>
    </form>
  );
}
