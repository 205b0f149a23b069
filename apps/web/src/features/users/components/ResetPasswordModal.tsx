import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { resetPasswordSchema, type ResetPasswordInput } from '@rollout/domain';
import { IconInfoCircle } from '@tabler/icons-react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { GeneratedPasswordInput } from './GeneratedPasswordInput';
import type { UserRow } from './UsersTable';
import { FormFooter } from '../../../shared/components/FormFooter';

export type ResetPasswordValues = z.output<typeof resetPasswordSchema>;

const RESET_FIELDS: readonly FieldPath<ResetPasswordInput>[] = ['newPassword'];

export interface ResetPasswordModalProps {
  /** Null while closed. */
  user: UserRow | null;
  onClose: () => void;
  /** Sets the password; throws the API error when that fails. */
  onSubmit: (values: ResetPasswordValues) => Promise<void>;
}

export function ResetPasswordModal({ user, onClose, onSubmit }: ResetPasswordModalProps) {
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={<Text fw={600}>{user ? `Reset the password of ${user.name}` : 'Reset password'}</Text>}
      centered
      size="lg"
    >
      {user && <ResetPasswordForm key={user.id} user={user} onClose={onClose} onSubmit={onSubmit} />}
    </Modal>
  );
}

function ResetPasswordForm({ user, onClose, onSubmit }: Omit<ResetPasswordModalProps, 'user'> & { user: UserRow }) {
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput, unknown, ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { id: user.id, newPassword: '' },
  });

  const submit = async (values: ResetPasswordValues) => {
    try {
      await onSubmit(values);
    } catch (error) {
      applyServerErrors(error, setError, RESET_FIELDS);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <Alert color="indigo" variant="light" icon={<IconInfoCircle size={18} />}>
          {user.name} is signed out everywhere at once and signs in with the new password from then on. They can change
          it themselves afterwards.
        </Alert>
        <Controller
          control={control}
          name="newPassword"
          render={({ field }) => (
            <GeneratedPasswordInput
              label="New password"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
              inputRef={field.ref}
              error={errors.newPassword?.message}
              owner={{ email: user.email, name: user.name }}
            />
          )}
        />
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel="Reset password" submitColor="red" />
      </Stack>
    </form>
  );
}
