import { z } from 'zod';
import { expectedVersion, id, text } from '../common/fields.js';

/** Where a unit stands in a program's rollout; regional partners keep it current for their units. */
export const ROLLOUT_STATUSES = ['not_started', 'preparing', 'piloting', 'live', 'blocked'] as const;
export type RolloutStatus = (typeof ROLLOUT_STATUSES)[number];

export const ROLLOUT_STATUS_LABELS: Record<RolloutStatus, string> = {
  not_started: 'Not started',
  preparing: 'Preparing',
  piloting: 'Piloting',
  live: 'Live',
  blocked: 'Blocked',
};

/** Roles a user can hold in one program; leads manage it with its owner. */
export const PROGRAM_MEMBER_ROLES = ['lead', 'steering', 'contributor'] as const;
export type ProgramMemberRole = (typeof PROGRAM_MEMBER_ROLES)[number];

export const PROGRAM_MEMBER_ROLE_LABELS: Record<ProgramMemberRole, string> = {
  lead: 'Lead (manages the program)',
  steering: 'Steering committee',
  contributor: 'Contributor',
};

/** A partner's update of one unit's rollout status; a blocked unit must say what blocks it. */
export const updateUnitRolloutSchema = z
  .object({ id, expectedVersion, status: z.enum(ROLLOUT_STATUSES, 'Pick a status.'), note: text('Note', 0, 1000).default('') })
  .refine((value) => value.status !== 'blocked' || value.note.length >= 10, {
    message: 'Say what blocks this unit (at least 10 characters).',
    path: ['note'],
  });
export type UpdateUnitRolloutInput = z.input<typeof updateUnitRolloutSchema>;

/** Units to add to a program's rollout. */
export const addProgramUnitsSchema = z.object({
  programId: id,
  unitIds: z.array(id).min(1, 'Pick at least one unit.').max(100, 'Add at most 100 units at once.'),
});
export type AddProgramUnitsInput = z.input<typeof addProgramUnitsSchema>;

/** A member to add to (or update in) a program. */
export const setProgramMemberSchema = z.object({ programId: id, userId: id, role: z.enum(PROGRAM_MEMBER_ROLES, 'Pick a role.') });
export type SetProgramMemberInput = z.input<typeof setProgramMemberSchema>;
