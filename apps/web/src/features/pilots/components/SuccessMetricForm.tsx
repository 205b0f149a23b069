import { zodResolver } from '@hookform/resolvers/zod';
import { SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  createSuccessMetricSchema,
  METRIC_CATALOG,
  METRIC_DIRECTIONS,
  METRIC_UNITS,
  SUCCESS_METRIC_KIND_LABELS,
  SUCCESS_METRIC_KINDS,
  type CreateSuccessMetricInput,
  type CreateSuccessMetricValues,
  type MetricDirection,
  type MetricUnit,
  type SuccessMetricKind,
} from '@rollout/domain';
import { useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useAddSuccessMetric, useUpdateSuccessMetric } from '../hooks/usePilotMutations';
import { METRIC_DIRECTION_LABELS, METRIC_UNIT_AFFIXES, METRIC_UNIT_NAMES } from '../pilot-display';
import { FormFooter } from '../../../shared/components/FormFooter';
import { NumberField } from '../../../shared/components/NumberField';

/** The fields of a success metric the form edits (the metric card's fragment selects them). */
export interface EditableMetric {
  id: string;
  version: number;
  catalogKey?: string | null;
  name: string;
  unit: MetricUnit;
  direction: MetricDirection;
  kind: SuccessMetricKind;
  baseline?: number | null;
  target: number | null;
  tolerance?: number | null;
  weight?: number | null;
}

const FORM_FIELDS: readonly FieldPath<CreateSuccessMetricInput>[] = [
  'catalogKey',
  'name',
  'unit',
  'direction',
  'kind',
  'baseline',
  'target',
  'tolerance',
  'weight',
];

const catalogOptions = METRIC_CATALOG.map((metric) => ({ value: metric.key, label: metric.name }));
const unitOptions = METRIC_UNITS.map((value) => ({ value, label: METRIC_UNIT_NAMES[value] }));
const directionOptions = METRIC_DIRECTIONS.map((value) => ({ value, label: METRIC_DIRECTION_LABELS[value] }));
const kindOptions = SUCCESS_METRIC_KINDS.map((value) => ({ value, label: SUCCESS_METRIC_KIND_LABELS[value] }));

type Source = 'catalog' | 'custom';

export interface SuccessMetricFormProps {
  pilotId: string;
  /** The metric to edit; null adds a new one. */
  metric: EditableMetric | null;
  onClose: () => void;
}

/** The success metric's fields: from the catalog or custom, its kind, baseline, target, tolerance and weight. */
export function SuccessMetricForm({ pilotId, metric, onClose }: SuccessMetricFormProps) {
  const [addMetric] = useAddSuccessMetric();
  const [updateMetric] = useUpdateSuccessMetric();
  const [source, setSource] = useState<Source>(metric && !metric.catalogKey ? 'custom' : 'catalog');
  const {
    control,
    register,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<CreateSuccessMetricInput, unknown, CreateSuccessMetricValues>({
    // The same rules as the API; an edit is checked like a new metric, then sent with its id and version.
    resolver: zodResolver(createSuccessMetricSchema),
    defaultValues: metric
      ? {
          pilotId,
          catalogKey: metric.catalogKey ?? null,
          name: metric.catalogKey ? undefined : metric.name,
          unit: metric.catalogKey ? undefined : metric.unit,
          direction: metric.catalogKey ? undefined : metric.direction,
          kind: metric.kind,
          baseline: metric.baseline ?? null,
          target: metric.target,
          tolerance: metric.tolerance ?? null,
          weight: metric.weight ?? null,
        }
      : { pilotId, catalogKey: null, kind: 'primary', baseline: null, tolerance: null, weight: null },
  });
  const catalogKey = useWatch({ control, name: 'catalogKey' });
  const customUnit = useWatch({ control, name: 'unit' });
  const kind = useWatch({ control, name: 'kind' }) ?? 'primary';
  const entry = METRIC_CATALOG.find((item) => item.key === catalogKey);
  const unit = source === 'catalog' ? entry?.unit : customUnit;
  const affixes = unit ? METRIC_UNIT_AFFIXES[unit] : {};

  const switchSource = (next: Source) => {
    setSource(next);
    clearErrors();
    // Unit and direction come from the catalog or from the form, never both.
    if (next === 'catalog') {
      setValue('name', undefined);
      setValue('unit', undefined);
      setValue('direction', undefined);
    } else {
      setValue('catalogKey', null);
    }
  };

  const submit = async (values: CreateSuccessMetricValues) => {
    const fields = {
      catalogKey: values.catalogKey,
      name: values.name,
      unit: values.unit,
      direction: values.direction,
      kind: values.kind,
      baseline: values.baseline,
      target: values.target,
      tolerance: values.tolerance,
      weight: values.weight,
    };
    try {
      if (metric) {
        await updateMetric({ id: metric.id, expectedVersion: metric.version, ...fields });
        notifySuccess(`${values.name} saved.`);
      } else {
        await addMetric({ pilotId, ...fields });
        notifySuccess(`${values.name} added.`);
      }
      onClose();
    } catch (error) {
      applyServerErrors(error, setError, FORM_FIELDS);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <SegmentedControl<Source>
          data={[
            { value: 'catalog', label: 'From the catalog' },
            { value: 'custom', label: 'Custom metric' },
          ]}
          value={source}
          onChange={switchSource}
          aria-label="Where the metric comes from"
        />
        {source === 'catalog' ? (
          <Controller
            control={control}
            name="catalogKey"
            render={({ field }) => (
              <Select
                label="Metric"
                placeholder="Search the RevOps metric catalog"
                description={
                  entry
                    ? `Measured in ${METRIC_UNIT_NAMES[entry.unit].toLowerCase()} · ${METRIC_DIRECTION_LABELS[entry.direction].toLowerCase()}`
                    : 'Unit and direction come from the catalog.'
                }
                data={catalogOptions}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? null)}
                onBlur={field.onBlur}
                searchable
                nothingFoundMessage="No metric in the catalog matches; add a custom one"
                maxDropdownHeight={280}
                required
                error={errors.catalogKey?.message ?? (errors.name && !field.value ? 'Pick a metric from the catalog.' : undefined)}
              />
            )}
          />
        ) : (
          <>
            <TextInput
              label="Name"
              placeholder="e.g. Partner-sourced pipeline"
              required
              error={errors.name?.message}
              {...register('name', { setValueAs: (value: string) => (value.trim() === '' ? undefined : value) })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Controller
                control={control}
                name="unit"
                render={({ field }) => (
                  <Select
                    label="Unit"
                    data={unitOptions}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(METRIC_UNITS.find((item) => item === value))}
                    onBlur={field.onBlur}
                    allowDeselect={false}
                    required
                    error={errors.unit?.message}
                  />
                )}
              />
              <Controller
                control={control}
                name="direction"
                render={({ field }) => (
                  <Select
                    label="Better when"
                    data={directionOptions}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(METRIC_DIRECTIONS.find((item) => item === value))}
                    onBlur={field.onBlur}
                    allowDeselect={false}
                    required
                    error={errors.direction?.message}
                  />
                )}
              />
            </SimpleGrid>
          </>
        )}

        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="metric-kind-label">
                Kind
              </Text>
              <SegmentedControl<SuccessMetricKind>
                data={kindOptions}
                value={field.value ?? 'primary'}
                onChange={field.onChange}
                aria-labelledby="metric-kind-label"
              />
              <Text size="xs" c="dimmed">
                {kind === 'guardrail'
                  ? 'A guardrail must not get worse than its baseline by more than its tolerance, e.g. win rate while routing changes.'
                  : 'A primary metric is what the pilot tries to improve; the gate decision weighs these.'}
              </Text>
            </Stack>
          )}
        />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberField
            control={control}
            name="baseline"
            label="Baseline"
            description="Leave empty to use the pilot units’ average before the start."
            {...affixes}
            error={errors.baseline?.message}
          />
          <NumberField
            control={control}
            name="target"
            label={kind === 'guardrail' ? 'Level to reach (optional)' : 'Target'}
            description={kind === 'guardrail' ? 'Leave empty to judge it on its tolerance alone; with a level, reaching it counts as met.' : 'On the better side of the baseline.'}
            required={kind !== 'guardrail'}
            {...affixes}
            error={errors.target?.message}
          />
          {kind === 'guardrail' ? (
            <NumberField
              control={control}
              name="tolerance"
              label="Tolerance"
              description="How much worse than the baseline is still acceptable."
              min={0}
              allowNegative={false}
              required
              {...affixes}
              error={errors.tolerance?.message}
            />
          ) : (
            <NumberField
              control={control}
              name="weight"
              label="Weight"
              description="0–100 among the primary metrics; empty counts as 1."
              min={0}
              max={100}
              allowNegative={false}
              error={errors.weight?.message}
            />
          )}
        </SimpleGrid>

        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel={metric ? 'Save metric' : 'Add metric'} />
      </Stack>
    </form>
  );
}
