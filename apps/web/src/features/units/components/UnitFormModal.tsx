import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import {
  createUnitSchema,
  descendantIds,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type CreateUnitInput,
  type UnitKind,
} from '@rollout/domain';
import { useMemo } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import type { UnitItem } from '../hooks/useUnits';
import { FormFooter } from '../../../shared/components/FormFooter';

export type UnitFormValues = z.output<typeof createUnitSchema>;

const UNIT_FORM_FIELDS: readonly FieldPath<CreateUnitInput>[] = ['name', 'code', 'kind', 'parentId'];
const kindOptions = UNIT_KINDS.map((value) => ({ value, label: UNIT_KIND_LABELS[value] }));

/** A sensible kind for a new unit under a parent of this kind. */
export function suggestedChildKind(parentKind: UnitKind | undefined): UnitKind {
  switch (parentKind) {
    case undefined:
      return 'region';
    case 'region':
      return 'sub_region';
    case 'sub_region':
      return 'country';
    case 'country':
    case 'business_unit':
    case 'segment':
      return 'segment';
  }
}

export type UnitFormMode = { kind: 'create'; parent: UnitItem | null } | { kind: 'edit'; unit: UnitItem };

export interface UnitFormModalProps {
  /** Null while closed. */
  mode: UnitFormMode | null;
  units: readonly UnitItem[];
  onClose: () => void;
  /** Saves; throws the API error when that fails. */
  onSubmit: (values: UnitFormValues, mode: UnitFormMode) => Promise<void>;
}

export function UnitFormModal({ mode, units, onClose, onSubmit }: UnitFormModalProps) {
  const title = mode?.kind === 'edit' ? `Edit ${mode.unit.name}` : mode?.parent ? `Add a unit under ${mode.parent.name}` : 'Add a unit';
  return (
    <Modal opened={mode !== null} onClose={onClose} title={<Text fw={600}>{title}</Text>} centered size="lg">
      {mode && <UnitForm mode={mode} units={units} onClose={onClose} onSubmit={onSubmit} />}
    </Modal>
  );
}

function UnitForm({ mode, units, onClose, onSubmit }: Omit<UnitFormModalProps, 'mode'> & { mode: UnitFormMode }) {
  const defaultValues: CreateUnitInput =
    mode.kind === 'edit'
      ? { name: mode.unit.name, code: mode.unit.code, kind: mode.unit.kind, parentId: mode.unit.parentId ?? null }
      : { name: '', code: '', kind: suggestedChildKind(mode.parent?.kind), parentId: mode.parent?.id ?? null };

  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateUnitInput, unknown, UnitFormValues>({ resolver: zodResolver(createUnitSchema), defaultValues });

  // A unit cannot move under itself or its own sub-units; archived units take no new children.
  const parentOptions = useMemo(() => {
    const excluded =
      mode.kind === 'edit'
        ? descendantIds(
            units.map((unit) => ({ ...unit, parentId: unit.parentId ?? null })),
            mode.unit.id,
          )
        : new Set<string>();
    return units
      .filter((unit) => !excluded.has(unit.id) && !unit.archived)
      .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [mode, units]);

  const submit = async (values: UnitFormValues) => {
    try {
      await onSubmit(values, mode);
    } catch (error) {
      applyServerErrors(error, setError, UNIT_FORM_FIELDS);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <TextInput label="Name" placeholder="e.g. DACH" required error={errors.name?.message} {...register('name')} />
        <Controller
          control={control}
          name="code"
          render={({ field }) => (
            <TextInput
              label="Code"
              description="2–20 capital letters, digits or dashes; used in exports and reports."
              placeholder="e.g. EMEA-DACH"
              required
              value={field.value}
              onChange={(event) => field.onChange(event.currentTarget.value.toUpperCase())}
              onBlur={field.onBlur}
              name={field.name}
              ref={field.ref}
              error={errors.code?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Select
              label="Kind"
              data={kindOptions}
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              allowDeselect={false}
              required
              error={errors.kind?.message}
              comboboxProps={{ withinPortal: false }}
            />
          )}
        />
        <Controller
          control={control}
          name="parentId"
          render={({ field }) => (
            <Select
              label="Parent unit"
              placeholder="None (top level)"
              description="Leave empty for a top-level unit such as a region."
              data={parentOptions}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              searchable
              clearable
              nothingFoundMessage="No unit matches"
              error={errors.parentId?.message}
              comboboxProps={{ withinPortal: false }}
            />
          )}
        />
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel={mode.kind === 'edit' ? 'Save changes' : 'Add unit'} />
      </Stack>
    </form>
  );
}
