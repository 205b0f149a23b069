import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Paper, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { createProgramSchema, EARLIEST_DATE, LATEST_DATE, OPERATING_MODEL_LABELS, OPERATING_MODELS, PROGRAM_STATUS_LABELS, PROGRAM_STATUSES, TARGET_MODEL_FROM_ALIGN, type CreateProgramInput, type CreateProgramValues } from '@rollout/domain';
import type { ReactNode } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { graphql } from '../../../gql';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { FormFooter } from '../../../shared/components/FormFooter';

/** Everything the edit form needs to start from the saved program. */
export const ProgramFormFieldsFragment = graphql(`
  fragment ProgramFormFields on Program {
    id
    name
    objective
    targetModel
    sponsor
    startDate
    targetDate
    status
    owner {
      id
      name
    }
  }
`);

export const PROGRAM_FORM_FIELDS: readonly FieldPath<CreateProgramInput>[] = [
  'name',
  'objective',
  'targetModel',
  'sponsor',
  'ownerId',
  'startDate',
  'targetDate',
  'status',
];

const modelOptions = OPERATING_MODELS.map((value) => ({ value, label: OPERATING_MODEL_LABELS[value] }));
const statusOptions = PROGRAM_STATUSES.map((value) => ({ value, label: PROGRAM_STATUS_LABELS[value] }));

export interface ProgramOwnerOption {
  id: string;
  name: string;
}

export interface ProgramFormProps {
  defaultValues: CreateProgramInput;
  owners: readonly ProgramOwnerOption[];
  ownersLoading?: boolean;
  submitLabel: string;
  /** Saves the values; throws the API error when that fails. */
  onSubmit: (values: CreateProgramValues) => Promise<void>;
  onCancel: () => void;
  /**
   * Gets the first look at a failed save; return true when it was handled (e.g. an edit conflict),
   * otherwise the error is shown in the form.
   */
  onError?: (error: unknown) => boolean;
  /** Shown above the buttons, e.g. a conflict notice. */
  notice?: ReactNode;
  /** Lets a button outside the form submit it (`<button form={id}>`). */
  id?: string;
  /** Editing: the target model is shown, not changed (the Align choice sets it). */
  targetModelLocked?: boolean;
}

/** Create and edit form of a program; validates with the domain's createProgramSchema like the API does. */
export function ProgramForm({
  defaultValues,
  owners,
  ownersLoading = false,
  submitLabel,
  onSubmit,
  onCancel,
  onError,
  notice,
  id = 'program-form',
  targetModelLocked = false,
}: ProgramFormProps) {
  const {
    control,
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<CreateProgramInput, unknown, CreateProgramValues>({
    resolver: zodResolver(createProgramSchema),
    defaultValues,
    mode: 'onTouched',
  });

  const submit = async (values: CreateProgramValues) => {
    try {
      await onSubmit(values);
    } catch (error) {
      if (onError?.(error)) return;
      applyServerErrors(error, setError, PROGRAM_FORM_FIELDS);
    }
  };

  // An empty date input fails the format rule; "pick a date" reads better than the format hint.
  const dateError = (name: 'startDate' | 'targetDate') =>
    errors[name] && (getValues(name) ? errors[name].message : 'Pick a date.');

  const ownerOptions = owners.map((owner) => ({ value: owner.id, label: owner.name }));
  const rootError = errors.root?.server;

  return (
    <Paper withBorder p="xl" maw={820}>
      <form id={id} onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
        <Stack gap="lg">
          <TextInput
            label="Name"
            placeholder="e.g. EMEA hub-and-spoke rollout"
            required
            error={errors.name?.message}
            {...register('name')}
          />
          <Textarea
            label="Objective"
            description="What should be different when this program is done?"
            placeholder="e.g. One lead-to-renewal process and one forecast across EMEA by Q4."
            autosize
            minRows={3}
            maxRows={10}
            error={errors.objective?.message}
            {...register('objective')}
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Controller
                control={control}
                name="targetModel"
                render={({ field }) => (
                  <Select
                    label="Target operating model"
                    description={targetModelLocked ? TARGET_MODEL_FROM_ALIGN : 'Leave as “Not yet chosen” until the Align phase chooses one.'}
                    disabled={targetModelLocked}
                    data={modelOptions}
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    allowDeselect={false}
                    required
                    error={errors.targetModel?.message}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Controller
                control={control}
                name="status"
                render={({ field }) => (
                  <Select
                    label="Status"
                    description="Overall health as you would report it."
                    data={statusOptions}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value ?? undefined)}
                    onBlur={field.onBlur}
                    allowDeselect={false}
                    error={errors.status?.message}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Executive sponsor"
                placeholder="e.g. Dana Whitfield, CRO"
                required
                error={errors.sponsor?.message}
                {...register('sponsor')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Controller
                control={control}
                name="ownerId"
                render={({ field }) => (
                  <Select
                    label="Owner"
                    placeholder={ownersLoading ? 'Loading program managers…' : 'Pick a program manager'}
                    data={ownerOptions}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    searchable
                    nothingFoundMessage="No program manager matches"
                    required
                    error={errors.ownerId && (field.value ? errors.ownerId.message : 'Pick an owner.')}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                type="date"
                min={EARLIEST_DATE}
                max={LATEST_DATE}
                label="Start date"
                required
                error={dateError('startDate')}
                {...register('startDate')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                type="date"
                min={EARLIEST_DATE}
                max={LATEST_DATE}
                label="Target date"
                required
                error={dateError('targetDate')}
                {...register('targetDate')}
              />
            </Grid.Col>
          </Grid>
          {notice}
          <FormFooter error={rootError} onCancel={onCancel} submitting={isSubmitting} submitLabel={submitLabel} />
        </Stack>
      </form>
    </Paper>
  );
}
