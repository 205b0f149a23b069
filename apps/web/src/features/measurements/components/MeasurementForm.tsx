import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { formatMetricValue, measurementSchema, METRIC_UNIT_LABELS, type MetricUnit } from '@rollout/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { formatLocalDate, todayLocalDate } from '../../../shared/lib/format';
import { notifySuccess } from '../../../shared/lib/notify';
import { conflictingValue, useRecordMeasurement, type MeasurementRow } from '../hooks/useMeasurements';
import { FormFooter } from '../../../shared/components/FormFooter';
import { useConflict } from '../../../shared/hooks/useConflict';

type FormInput = z.input<typeof measurementSchema>;
type FormValues = z.output<typeof measurementSchema>;

export interface MeasurementFormProps {
  metric: { id: string; name: string; unit: MetricUnit };
  unit: { id: string; name: string };
  /** The value being corrected; absent to add one. */
  correcting?: MeasurementRow | null;
  onDone: () => void;
}

/**
 * Adds a value for a day, or corrects one (sending the version the person saw). When someone else
 * changed the day meanwhile — or it already had a value — the API answers CONFLICT: the form keeps
 * the typed value, shows theirs, and the next save replaces theirs knowingly.
 */
export function MeasurementForm({ metric, unit, correcting = null, onDone }: MeasurementFormProps) {
  const [record] = useRecordMeasurement();
  // Their value, when the API sent it.
  const { conflict, catchConflict } = useConflict({ read: conflictingValue });
  const {
    control,
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(measurementSchema),
    defaultValues: {
      metricId: metric.id,
      unitId: unit.id,
      date: correcting?.date ?? todayLocalDate(),
      value: correcting?.value,
    },
  });
  const unitLabel = METRIC_UNIT_LABELS[metric.unit];

  const submit = async (values: FormValues) => {
    // After a conflict the other value is known: saving again replaces it on purpose.
    const expectedVersion = conflict?.version ?? correcting?.version ?? undefined;
    try {
      await record({ ...values, expectedVersion });
      notifySuccess(`${unit.name}, ${formatLocalDate(values.date)}: ${formatMetricValue(values.value, metric.unit)} saved.`);
      onDone();
    } catch (error) {
      if (!(await catchConflict(error))) applyServerErrors(error, setError, ['date', 'value']);
    }
  };

  const conflictDate = formatLocalDate(getValues('date'));

  return (
    <Paper withBorder p="md" radius="md" bg="var(--app-color-surface-muted)">
      <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate aria-label={correcting ? 'Correct value' : 'Add value'}>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {correcting ? `Correct the value of ${formatLocalDate(correcting.date)}` : `Add a value for ${unit.name}`}
          </Text>
          {conflict && (
            <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="This day has another value" role="alert">
              <Text size="sm">
                {correcting ? 'Someone else changed it meanwhile' : `${conflictDate} already has a value`}
                {conflict.theirs !== null ? `: ${formatMetricValue(conflict.theirs, metric.unit)}` : ''}. Your value is still below — save
                to replace theirs, or cancel to keep it.
              </Text>
            </Alert>
          )}
          <Group align="flex-start" gap="sm" grow>
            <TextInput
              type="date"
              label="Day"
              required
              readOnly={Boolean(correcting) || Boolean(conflict)}
              error={errors.date?.message}
              {...register('date')}
            />
            <Controller
              control={control}
              name="value"
              render={({ field }) => (
                <NumberInput
                  label={`Value (${unitLabel})`}
                  required
                  decimalScale={4}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : value === '' ? '' : Number(value))}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errors.value?.message}
                  data-autofocus
                />
              )}
            />
          </Group>
          <FormFooter error={errors.root?.server} onCancel={onDone} submitting={isSubmitting} submitLabel={conflict ? 'Replace their value' : correcting ? 'Save correction' : 'Save value'} submitColor={conflict ? 'yellow' : undefined} size="xs" />
        </Stack>
      </form>
    </Paper>
  );
}
