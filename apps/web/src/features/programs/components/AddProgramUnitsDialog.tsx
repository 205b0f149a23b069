import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, MultiSelect, Skeleton, Stack, Text } from '@mantine/core';
import { addProgramUnitsSchema, UNIT_KINDS, type AddProgramUnitsInput, type UnitKind } from '@rollout/domain';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useUnits } from '../../units/hooks/useUnits';
import { useAddProgramUnits } from '../hooks/useProgramRollout';
import { FormFooter } from '../../../shared/components/FormFooter';

type AddUnitsValues = z.output<typeof addProgramUnitsSchema>;

const KIND_GROUPS: Record<UnitKind, string> = {
  region: 'Regions',
  sub_region: 'Sub-regions',
  country: 'Countries',
  business_unit: 'Business units',
  segment: 'Segments',
};

export interface AddProgramUnitsDialogProps {
  opened: boolean;
  programId: string;
  /** Units already in the rollout; they are not offered again. */
  existingUnitIds: readonly string[];
  onClose: () => void;
}

export function AddProgramUnitsDialog({ opened, onClose, ...formProps }: AddProgramUnitsDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Add units to the rollout</Text>} centered size="lg">
      {opened && <AddProgramUnitsForm onClose={onClose} {...formProps} />}
    </Modal>
  );
}

function AddProgramUnitsForm({ programId, existingUnitIds, onClose }: Omit<AddProgramUnitsDialogProps, 'opened'>) {
  const units = useUnits(false);
  const [addUnits] = useAddProgramUnits();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AddProgramUnitsInput, unknown, AddUnitsValues>({
    resolver: zodResolver(addProgramUnitsSchema),
    defaultValues: { programId, unitIds: [] },
  });

  // Active units not yet in the rollout, grouped by kind (regions first), by name.
  const groups = useMemo(() => {
    const taken = new Set(existingUnitIds);
    const available = (units.data?.units ?? []).filter((unit) => !unit.archived && !taken.has(unit.id));
    return UNIT_KINDS.map((kind) => ({
      group: KIND_GROUPS[kind],
      items: available
        .filter((unit) => unit.kind === kind)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` })),
    })).filter((group) => group.items.length > 0);
  }, [units.data, existingUnitIds]);

  const submit = async (values: AddUnitsValues) => {
    try {
      await addUnits(values);
      notifySuccess(values.unitIds.length === 1 ? 'Unit added to the rollout.' : `${values.unitIds.length} units added to the rollout.`);
      onClose();
    } catch (error) {
      applyServerErrors(error, setError, ['unitIds']);
    }
  };

  if (units.error && !units.data) {
    return <QueryErrorAlert error={units.error} title="Could not load the units" onRetry={() => void units.refetch()} />;
  }
  if (!units.data) return <Skeleton height={64} aria-label="Loading units" />;

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Each unit starts as <b>Not started</b>; its regional partners then report how it is going.
        </Text>
        {groups.length === 0 ? (
          <Text size="sm">Every active unit is already in this rollout.</Text>
        ) : (
          <Controller
            control={control}
            name="unitIds"
            render={({ field }) => (
              <MultiSelect
                label="Units"
                placeholder={field.value.length === 0 ? 'Search regions, countries, business units…' : undefined}
                data={groups}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                searchable
                hidePickedOptions
                clearable
                nothingFoundMessage="No unit matches"
                maxDropdownHeight={280}
                required
                error={errors.unitIds?.message}
              />
            )}
          />
        )}
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel="Add units" submitDisabled={groups.length === 0} />
      </Stack>
    </form>
  );
}
