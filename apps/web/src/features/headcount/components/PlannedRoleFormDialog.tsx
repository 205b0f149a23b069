import { useApolloClient } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Modal, Select, Stack, TextInput } from '@mantine/core';
import { HUB_TEAM_NAME, savePlannedRoleSchema } from '@rollout/domain';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { FormFooter } from '../../../shared/components/FormFooter';
import { NumberField } from '../../../shared/components/NumberField';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { HeadcountQuery, useSavePlannedRole, type HeadcountPlan, type PlannedRoleRow } from '../hooks/useHeadcount';
import { isConflict } from '../../../shared/lib/conflict';

const roleFormSchema = savePlannedRoleSchema.omit({ programId: true, id: true, expectedVersion: true });
type FormInput = z.input<typeof roleFormSchema>;
type FormValues = z.output<typeof roleFormSchema>;

/** The Select's value for the hub: a unit id otherwise. */
const HUB = 'hub';

export interface PlannedRoleFormDialogProps {
  programId: string;
  plan: HeadcountPlan;
  /** The role being edited; null to add one. */
  editing: PlannedRoleRow | null;
  opened: boolean;
  onClose: () => void;
}

/** Adds a role to the headcount plan or edits one (sending the version the person saw). */
export function PlannedRoleFormDialog({ programId, plan, editing, opened, onClose }: PlannedRoleFormDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={editing ? `Edit ${editing.title}` : 'Add a role'} size="lg">
      {opened && <PlannedRoleForm programId={programId} plan={plan} editing={editing} onDone={onClose} />}
    </Modal>
  );
}

function PlannedRoleForm({ programId, plan, editing, onDone }: { programId: string; plan: HeadcountPlan; editing: PlannedRoleRow | null; onDone: () => void }) {
  const [save] = useSavePlannedRole();
  const client = useApolloClient();
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(roleFormSchema),
    defaultValues: {
      title: editing?.title ?? '',
      unitId: editing?.unitId ?? null,
      count: editing?.count,
      annualCostPerHead: editing?.annualCostPerHead,
      reportsToId: editing?.reportsToId ?? null,
      isManager: editing?.isManager ?? false,
    },
  });
  const teamOptions = [{ value: HUB, label: HUB_TEAM_NAME }, ...plan.units.map((unit) => ({ value: unit.id, label: `${unit.name} spoke` }))];
  // A role cannot report to itself; the server also refuses a loop further up the line.
  const lineOptions = plan.roles
    .filter((role) => role.id !== editing?.id)
    .map((role) => ({ value: role.id, label: `${role.title} (${role.teamName ?? HUB_TEAM_NAME})` }));

  const submit = async (values: FormValues) => {
    // The version of the role as the plan shows it now: after a conflict the plan is read again, so saving again applies these values over theirs.
    const current = editing ? (plan.roles.find((role) => role.id === editing.id) ?? editing) : null;
    try {
      await save({ variables: { input: { programId, ...values, ...(current ? { id: current.id, expectedVersion: current.version } : {}) } } });
      notifySuccess(`${values.title} saved.`);
      onDone();
    } catch (error) {
      applyServerErrors(error, setError, ['title', 'unitId', 'count', 'annualCostPerHead', 'reportsToId', 'isManager']);
      if (isConflict(error)) await client.refetchQueries({ include: [HeadcountQuery] });
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate aria-label={editing ? 'Edit role' : 'Add role'}>
      <Stack gap="sm">
        <TextInput label="Role" description="For example: RevOps analyst, Head of RevOps" required {...register('title')} error={errors.title?.message} />
        <Controller
          control={control}
          name="unitId"
          render={({ field }) => (
            <Select
              label="Team"
              description="The central hub, or the spoke of one unit"
              data={teamOptions}
              value={field.value ?? HUB}
              onChange={(value) => field.onChange(value === HUB || value === null ? null : value)}
              allowDeselect={false}
              searchable
              error={errors.unitId?.message}
            />
          )}
        />
        <NumberField control={control} name="count" label="People" required allowDecimal={false} allowNegative={false} error={errors.count?.message} />
        <NumberField
          control={control}
          name="annualCostPerHead"
          label="Cost per person a year (US dollars)"
          description="Salary, benefits and overhead"
          required
          prefix="$"
          thousandSeparator=","
          allowDecimal={false}
          allowNegative={false}
          error={errors.annualCostPerHead?.message}
        />
        <Controller
          control={control}
          name="reportsToId"
          render={({ field }) => (
            <Select
              label="Reports to"
              placeholder="No one in the plan"
              data={lineOptions}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value)}
              clearable
              searchable
              error={errors.reportsToId?.message}
            />
          )}
        />
        <Checkbox label="Manages people" description="Its span is compared with a manager per 3–4 people" {...register('isManager')} error={errors.isManager?.message} />
        <FormFooter error={errors.root?.server} onCancel={onDone} submitLabel={editing ? 'Save role' : 'Add role'} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
