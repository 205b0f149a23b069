import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { createToolSchema, TOOL_CATEGORIES, TOOL_CATEGORY_LABELS } from '@rollout/domain';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { FormFooter } from '../../../shared/components/FormFooter';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useCreateTool, useUpdateTool, type InventoryToolRow } from '../hooks/useAssessmentInventory';

const toolFormSchema = createToolSchema.omit({ programId: true, ownerId: true });
type FormInput = z.input<typeof toolFormSchema>;
type FormValues = z.output<typeof toolFormSchema>;

const CATEGORY_OPTIONS = TOOL_CATEGORIES.map((value) => ({ value, label: TOOL_CATEGORY_LABELS[value] }));

export interface ToolFormDialogProps {
  programId: string;
  units: readonly { id: string; name: string }[];
  /** The tool being edited; null to add one. */
  editing: InventoryToolRow | null;
  opened: boolean;
  onClose: () => void;
}

/** Adds a tool to the inventory or edits one (sending the version the person saw). */
export function ToolFormDialog({ programId, units, editing, opened, onClose }: ToolFormDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={editing ? `Edit ${editing.name}` : 'Add a tool'} size="lg">
      {opened && <ToolForm programId={programId} units={units} editing={editing} onDone={onClose} />}
    </Modal>
  );
}

function ToolForm({ programId, units, editing, onDone }: { programId: string; units: readonly { id: string; name: string }[]; editing: InventoryToolRow | null; onDone: () => void }) {
  const [create] = useCreateTool();
  const [update] = useUpdateTool();
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(toolFormSchema),
    defaultValues: {
      name: editing?.name ?? '',
      category: editing?.category,
      unitIds: editing?.unitIds ?? [],
      annualCost: editing?.annualCost,
      ownerName: editing?.owner?.name ?? editing?.ownerName ?? '',
      renewalDate: editing?.renewalDate ?? null,
    },
  });

  const submit = async (values: FormValues) => {
    try {
      if (editing) await update({ variables: { input: { id: editing.id, expectedVersion: editing.version, ...values } } });
      else await create({ variables: { input: { programId, ...values } } });
      notifySuccess(`${values.name} saved.`);
      onDone();
    } catch (error) {
      applyServerErrors(error, setError, ['name', 'category', 'unitIds', 'annualCost', 'ownerName', 'renewalDate']);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate aria-label={editing ? 'Edit tool' : 'Add tool'}>
      <Stack gap="sm">
        <TextInput label="Tool" required {...register('name')} error={errors.name?.message} />
        <Controller
          control={control}
          name="category"
          render={({ field }) => (
            <Select label="Category" required data={CATEGORY_OPTIONS} value={field.value ?? null} onChange={(value) => field.onChange(value ?? undefined)} error={errors.category?.message} allowDeselect={false} />
          )}
        />
        <Controller
          control={control}
          name="unitIds"
          render={({ field }) => (
            <MultiSelect
              label="Units using it"
              data={units.map((unit) => ({ value: unit.id, label: unit.name }))}
              value={field.value ?? []}
              onChange={field.onChange}
              error={errors.unitIds?.message}
              searchable
            />
          )}
        />
        <Controller
          control={control}
          name="annualCost"
          render={({ field }) => (
            <NumberInput
              label="Annual cost (US dollars)"
              required
              prefix="$"
              thousandSeparator=","
              allowDecimal={false}
              allowNegative={false}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
              error={errors.annualCost?.message}
            />
          )}
        />
        <TextInput label="Owner" description="The person who owns the tool and its contract." {...register('ownerName')} error={errors.ownerName?.message} />
        <Controller
          control={control}
          name="renewalDate"
          render={({ field }) => (
            <TextInput
              label="Contract renewal date"
              type="date"
              value={field.value ?? ''}
              onChange={(event) => field.onChange(event.currentTarget.value === '' ? null : event.currentTarget.value)}
              error={errors.renewalDate?.message}
            />
          )}
        />
        <FormFooter error={errors.root?.server} onCancel={onDone} submitLabel={editing ? 'Save tool' : 'Add tool'} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
