import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { PasswordStrengthMeter } from '../../../shared/components/PasswordStrengthMeter';
import { useCurrentUser } from '../../../shared/session/current-user';
import { applyServerErrors } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import {
  changePasswordFormSchema,
  type ChangePasswordFormInput,
  type ChangePasswordFormValues,
} from '../change-password.schema';
import { useChangePassword } from '../hooks/useChangePassword';
import { FormFooter } from '../../../shared/components/FormFooter';

const FIELDS: readonly FieldPath<ChangePasswordFormInput>[] = ['currentPassword', 'newPassword'];

export interface ChangePasswordModalProps {
  opened: boolean;
  onClose: () => void;
}

/** The signed-in user changes their own password; their other sessions end. */
export function ChangePasswordModal({ opened, onClose }: ChangePasswordModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Change password</Text>} centered>
      {opened && <ChangePasswordForm onClose={onClose} />}
    </Modal>
  );
}

function ChangePasswordForm({ onClose }: { onClose: () => void }) {
  const [changePassword] = useChangePassword();
  const me = useCurrentUser();
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordFormInput, unknown, ChangePasswordFormValues>({
    resolver: zodResolver(changePasswordFormSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const newPassword = useWatch({ control, name: 'newPassword' });

  const submit = async (values: ChangePasswordFormValues) => {
    try {
      await changePassword(values.currentPassword, values.newPassword);
    } catch (error) {
      applyServerErrors(error, setError, FIELDS);
      return;
    }
    onClose();
    notifySuccess('Password changed. Any other sessions of yours were signed out.');
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack gap="md">
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          data-autofocus
          error={errors.currentPassword?.message}
          {...register('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description="At least 12 characters, without your email or name. A few unrelated words make a strong password that is easy to remember."
          autoComplete="new-password"
          required
          error={errors.newPassword?.message}
          {...register('newPassword')}
        />
        <PasswordStrengthMeter password={newPassword} owner={{ email: me.email, name: me.name }} />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          error={errors.confirmPassword?.message}
          {...register('confirmPassword')}
        />
        <FormFooter error={errors.root?.server} onCancel={onClose} submitting={isSubmitting} submitLabel="Change password" />
      </Stack>
    </form>
  );
}
