import { z } from 'zod';
import { expectedVersion, id, nameText } from '../common/fields.js';
import { ROLES } from '../access/roles.js';

/** Long passphrases beat complexity rules (NIST 800-63B): length only, 12–200. */
export const password = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(200, 'Use at most 200 characters.');

const email = z.string().trim().toLowerCase().max(254, 'Email can have at most 254 characters.').pipe(z.email('Enter a valid email address.'));

const userFields = {
  name: nameText('Name', 1, 120),
  role: z.enum(ROLES, 'Pick a role.'),
  unitIds: z.array(id).max(50, 'Assign at most 50 units.').default([]),
};

type RoleAndUnits = { role: string; unitIds: string[] };
const partnerNeedsUnits = (value: RoleAndUnits) => value.role !== 'regional_partner' || value.unitIds.length > 0;
const partnerNeedsUnitsIssue = { message: 'A regional partner needs at least one unit.', path: ['unitIds'] };

/** Input to create a user account (admins only). */
export const createUserSchema = z.object({ email, password, ...userFields }).refine(partnerNeedsUnits, partnerNeedsUnitsIssue);
export type CreateUserInput = z.input<typeof createUserSchema>;

/** Input to change a user's name, role and units (admins only). */
export const updateUserSchema = z.object({ id, expectedVersion, ...userFields }).refine(partnerNeedsUnits, partnerNeedsUnitsIssue);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** A user changes their own password; the current one proves it is them. */
export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, 'Enter your current password.').max(200), newPassword: password })
  .refine((value) => value.currentPassword !== value.newPassword, { message: 'Choose a password you have not used here.', path: ['newPassword'] });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** An admin sets a new password for a user (e.g. a forgotten one). */
export const resetPasswordSchema = z.object({ id, newPassword: password });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
