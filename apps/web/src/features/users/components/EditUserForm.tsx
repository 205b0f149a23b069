import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, TextInput } from '@mantine/core';
import { updateUserSchema, type UpdateUserInput } from '@rollout/domain';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { ConflictChoice } from '../../../shared/components/ConflictChoice';
import { FormFooter } from '../../../shared/components/FormFooter';
import { useConflict } from '../../../shared/hooks/useConflict';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { RoleSelect, UnitsSelect, useUnitSelectData } from './UserFields';
import type { UpdateUserValues, UserFormProps } from './UserFormModal';
import type { UserRow } from './UsersTable';

const UPDATE_FIELDS: readonly FieldPath<UpdateUserInput>[] = ['name', 'role', 'unitIds'];

function editValues(user: UserRow): UpdateUserInput {
  return {
    id: user.id,
    expectedVersion: user.version,
    name: user.name,
    role: user.role,
    unitIds: user.units.map((unit) => unit.id),
  };
}

/** An existing account: name, role and a partner's units (email fixed); a CONFLICT offers both versions. */
export function EditUserForm({
  user,
  units,
  unitsLoading = false,
  currentUserId,
  onClose,
  onUpdate,
  onConflict,
}: UserFormProps & { user: UserRow }) {
  const {
    control,
    register,
    handleSubmit,
    setError,
    setValue,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<UpdateUserInput, unknown, UpdateUserValues>({
    resolver: zodResolver(updateUserSchema),
    defaultValues: editValues(user),
  });
  // Set after a CONFLICT (their version re-read, so either choice works): save over it if asked.
  const { conflict, catchConflict, clearConflict } = useConflict({ reload: onConflict });
  const unitData = useUnitSelectData(units, user.units);
  const isPartner = useWatch({ control, name: 'role' }) === 'regional_partner';
  const isSelf = user.id === currentUserId;

  const submit = async (values: UpdateUserValues) => {
    clearConflict();
    try {
      await onUpdate({ ...values, unitIds: values.role === 'regional_partner' ? values.unitIds : [] });
    } catch (error) {
      if (!(await catchConflict(error))) applyServerErrors(error, setError, UPDATE_FIELDS);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <TextInput label="Email" value={user.email} readOnly disabled description="Email addresses cannot be changed." />
        <TextInput label="Name" required autoComplete="off" error={errors.name?.message} {...register('name')} />
        <Controller
          control={control}
          name="role"
          render={({ field }) => (
            <RoleSelect
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.role?.message}
              disabled={isSelf}
            />
          )}
        />
        {isPartner && (
          <Controller
            control={control}
            name="unitIds"
            render={({ field }) => (
              <UnitsSelect
                data={unitData}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.unitIds?.message}
                loading={unitsLoading}
              />
            )}
          />
        )}
        {conflict && (
          <ConflictChoice
            onLoadTheirs={() => {
              clearConflict();
              reset(editValues(user));
            }}
            onSaveMine={() => {
              setValue('expectedVersion', conflict.version ?? user.version);
              void handleSubmit(submit)();
            }}
          />
        )}
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel="Save changes" />
      </Stack>
    </form>
  );
}
