import { changePasswordSchema } from '@rollout/domain';
import { z } from 'zod';

/** The shared rule (current password given, new one 12–200 characters and different) plus a typed-twice check. */
export const changePasswordFormSchema = changePasswordSchema
  .and(z.object({ confirmPassword: z.string().min(1, 'Type the new password again.') }))
  .refine((value) => value.newPassword === value.confirmPassword, {
    message: 'The two new passwords do not match.',
    path: ['confirmPassword'],
  });
export type ChangePasswordFormInput = z.input<typeof changePasswordFormSchema>;
export type ChangePasswordFormValues = z.output<typeof changePasswordFormSchema>;
