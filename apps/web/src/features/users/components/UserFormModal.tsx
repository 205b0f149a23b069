import { zodResolver } from '@hookform/resolvers/zod';
import    { Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import {
  createUserSchema,
  ROLE_LABELS,
  ROLES,
  updateUserSchema,
  type CreateUserInput,
  type Role,
  type UpdateUserInput,
} from '@rollout/domain';
import { useMemo } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { ConflictChoice } from '../../../shared/components/ConflictChoice';
import { useConflict } from '../../../shared/hooks/useConflict';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { GeneratedPasswordInput } from './GeneratedPasswordInput';
import type { UserRow } from './UsersTable';
import { FormFooter } from '../../../shared/components/FormFooter';

export type CreateUserValues = z.output<typeof createUserSchema>;
export type UpdateUserValues = z.output<typeof updateUserSchema>;

const CREATE_FIELDS: readonly FieldPath<CreateUserInput>[] = ['email', 'name', 'role', 'unitIds', 'password'];
const UPDATE_FIELDS: readonly FieldPath<UpdateUserInput>[] = ['name', 'role', 'unitIds'];

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Manages user accounts and sees the audit log; can do everything a program manager can.',
  program_manager: 'Creates and runs programs and shapes the unit tree.',
  regional_partner: 'Reports rollout status for their units; reads everything else.',
  executive: 'Reads programs and progress; changes nothing.',
};
const roleOptions = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

export interface UnitOption {
  id: string;
  name: string;
  code: string;
}

export type UserFormMode = { kind: 'create' } | { kind: 'edit'; user: UserRow };

export interface UserFormModalProps {
  /** Null while closed. */
  mode: UserFormMode | null;
  units: readonly UnitOption[];
  unitsLoading?: boolean;
  /** The signed-in admin, who cannot change their own role. */
  currentUserId: string;
  onClose: () => void;
  /** Save calls; they throw the API error when that fails. */
  onCreate: (values: CreateUserValues) => Promise<void>;
  onUpdate: (values: UpdateUserValues) => Promise<void>;
  /** Re-reads the user after a CONFLICT so "load theirs" has their version. */
  onConflict: () => Promise<unknown>;
}

export function UserFormModal({ mode, onClose, ...props }: UserFormModalProps) {
  const title = mode?.kind === 'edit' ? `Edit ${mode.user.name}` : 'New user';
  return (
    <Modal opened={mode !== null} onClose={onClose} title={<Text fw={600}>{title}</Text>} centered size="lg">
      {mode?.kind === 'create' && <CreateUserForm onClose={onClose} {...props} />}
      {mode?.kind === 'edit' && <EditUserForm key={mode.user.id} user={mode.user} onClose={onClose} {...props} />}
    </Modal>
  );
}

type FormProps = Omit<UserFormModalProps, 'mode'>;

function useUnitSelectData(units: readonly UnitOption[], assigned: readonly UnitOption[] = []) {
  return useMemo(() => {
    // Units a user already has stay listed even if they are no longer offered (e.g. archived since).
    const byId = new Map([...assigned, ...units].map((unit) => [unit.id, unit]));
    return [...byId.values()]
      .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [units, assigned]);
}

interface RoleSelectProps {
  value: Role | undefined;
  onChange: (value: Role | undefined) => void;
  onBlur: () => void;
  error?: string;
  disabled?: boolean;
}

function RoleSelect({ value, onChange, onBlur, error, disabled = false }: RoleSelectProps) {
  return (
    <Select
      label="Role"
      placeholder="Pick a role"
      description={disabled ? 'You cannot change your own role.' : value ? ROLE_DESCRIPTIONS[value] : undefined}
      data={roleOptions}
      value={value ?? null}
      onChange={(next) => onChange(ROLES.find((role) => role === next))}
      onBlur={onBlur}
      allowDeselect={false}
      required
      disabled={disabled}
      error={error}
      comboboxProps={{ withinPortal: false }}
    />
  );
}

interface UnitsSelectProps {
  data: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  error?: string;
  loading: boolean;
}

function UnitsSelect({ data, value, onChange, onBlur, error, loading }: UnitsSelectProps) {
  return (
    <MultiSelect
      label="Units"
      description="The units this partner reports on, including every unit below them."
      placeholder={value.length ? undefined : loading ? 'Loading units…' : 'Pick one or more units'}
      data={data}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      searchable
      clearable
      required
      nothingFoundMessage="No unit matches"
      error={error}
      comboboxProps={{ withinPortal: false }}
    />
  );
}

function CreateUserForm({ units, unitsLoading = false, onClose, onCreate }: FormProps) {
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserInput, unknown, CreateUserValues>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { email: '', name: '', unitIds: [], password: '' },
  });
  const unitData = useUnitSelectData(units);
  const isPartner = useWatch({ control, name: 'role' }) === 'regional_partner';

  const submit = async (values: CreateUserValues) => {
    try {
      await onCreate({ ...values, unitIds: values.role === 'regional_partner' ? values.unitIds : [] });
    } catch (error) {
      applyServerErrors(error, setError, CREATE_FIELDS);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label="Email"
          description="They sign in with it."
          type="email"
          autoComplete="off"
          placeholder="name@company.com"
          required
          error={errors.email?.message}
          {...register('email')}
        />
        <TextInput label="Name" placeholder="e.g. Jordan Lee" required autoComplete="off" error={errors.name?.message} {...register('name')} />
        <Controller
          control={control}
          name="role"
          render={({ field }) => (
            <RoleSelect value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.role?.message} />
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
        <Controller
          control={control}
          name="password"
          render={({ field }) => (
            <GeneratedPasswordInput
              label="Initial password"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
              inputRef={field.ref}
              error={errors.password?.message}
            />
          )}
        />
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel="Create user" />
      </Stack>
    </form>
  );
}

function editValues(user: UserRow): UpdateUserInput {
  return {
    id: user.id,
    expectedVersion: user.version,
    name: user.name,
    role: user.role,
    unitIds: user.units.map((unit) => unit.id),
  };
}

function EditUserForm({
  user,
  units,
  unitsLoading = false,
  currentUserId,
  onClose,
  onUpdate,
  onConflict,
}: FormProps & { user: UserRow }) {
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
