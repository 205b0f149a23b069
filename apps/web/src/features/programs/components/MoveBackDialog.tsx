import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import {
  MIN_BACKWARD_REASON_LENGTH,
  PROGRAM_PHASE_LABELS,
  PROGRAM_PHASES,
  phaseIndex,
  type ProgramPhase,
} from '@rollout/domain';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { moveBackSchema, type MoveBackInput, type MoveBackValues } from '../move-back.schema';
import { FormFooter } from '../../../shared/components/FormFooter';

export interface MoveBackDialogProps {
  opened: boolean;
  programId: string;
  currentPhase: ProgramPhase;
  expectedVersion: number;
  onClose: () => void;
  /** Performs the change; throws the API error when it fails. */
  onSubmit: (values: MoveBackValues) => Promise<void>;
}

const REASON_MAX = 500;

/** Asks which earlier phase to return to and why; the reason goes into the phase history. */
export function MoveBackDialog({ opened, onClose, ...formProps }: MoveBackDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Move the program back</Text>} centered size="lg">
      {/* Mounted only while open, so every opening starts from a clean form. */}
      {opened && <MoveBackForm onClose={onClose} {...formProps} />}
    </Modal>
  );
}

function MoveBackForm({
  programId,
  currentPhase,
  expectedVersion,
  onClose,
  onSubmit,
}: Omit<MoveBackDialogProps, 'opened'>) {
  const earlierPhases = PROGRAM_PHASES.slice(0, phaseIndex(currentPhase));
  const defaultTarget = earlierPhases[earlierPhases.length - 1] ?? 'assess';
  const schema = useMemo(() => moveBackSchema(currentPhase), [currentPhase]);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MoveBackInput, unknown, MoveBackValues>({
    resolver: zodResolver(schema),
    defaultValues: { programId, toPhase: defaultTarget, reason: '', expectedVersion },
  });
  const reasonLength = (useWatch({ control, name: 'reason' }) ?? '').trim().length;

  const submit = async (values: MoveBackValues) => {
    try {
      await onSubmit({ ...values, expectedVersion });
    } catch (error) {
      applyServerErrors(error, setError, ['toPhase', 'reason']);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          The program is in <b>{PROGRAM_PHASE_LABELS[currentPhase]}</b>. Moving back re-opens earlier work; the reason is
          recorded in the phase history for everyone to see.
        </Text>
        <Controller
          control={control}
          name="toPhase"
          render={({ field }) => (
            <Select
              label="Move back to"
              data={earlierPhases.map((phase) => ({ value: phase, label: PROGRAM_PHASE_LABELS[phase] }))}
              value={field.value}
              onChange={(value) => {
                const match = earlierPhases.find((phase) => phase === value);
                if (match) field.onChange(match);
              }}
              onBlur={field.onBlur}
              allowDeselect={false}
              error={errors.toPhase?.message}
              required
              comboboxProps={{ withinPortal: false }}
            />
          )}
        />
        <Textarea
          label="Reason"
          description={`At least ${MIN_BACKWARD_REASON_LENGTH} characters. What changed, and what needs to be redone?`}
          placeholder="e.g. The pilot showed the hub cannot absorb field support; we need to revisit decision rights."
          autosize
          minRows={3}
          maxRows={8}
          maxLength={REASON_MAX}
          required
          error={errors.reason?.message}
          {...register('reason')}
        />
        <Text size="xs" c="dimmed" ta="right" mt={-8}>
          {reasonLength}/{REASON_MAX}
        </Text>
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel="Move back" submitColor="orange" />
      </Stack>
    </form>
  );
}
