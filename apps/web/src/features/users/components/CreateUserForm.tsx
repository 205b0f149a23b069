import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, TextInput } from '@mantine/core';
import { createUserSchema, type CreateUserInput } from '@rollout/domain';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { FormFooter } from '../../../shared/components/FormFooter';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { GeneratedPasswordInput } from './GeneratedPasswordInput';
import { RoleSelect, UnitsSelect, useUnitSelectData } from './UserFields';
import type { CreateUserValues, UserFormProps } from './UserFormModal';

const CREATE_FIELDS: readonly FieldPath<CreateUserInput>[] = ['email', 'name', 'role', 'unitIds', 'password'];

/** A new account: email, name, role (a partner's units) and a generated first password. */
export function CreateUserForm({ units, unitsLoading = false, onClose, onCreate }: UserFormProps) {
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
  const [email, name] = useWatch({ control, name: ['email', 'name'] });

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
              owner={{ email, name }}
            />
          )}
        />
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel="Create user" />
      </Stack>
    </form>
  );
}
