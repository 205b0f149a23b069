import { z } from 'zod';
import { expectedVersion, id, text } from '../common/fields.js';

/**
 * The status partners used to set by hand, before a unit's stage was derived from its pilots (see
 * `deriveUnitStage`); only old history entries still carry it, so only they read these labels.
 */
export const FORMER_ROLLOUT_STATUS_LABELS: Record<string, string> = {
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

/** What each role in a program may do, as the member dialog says it. */
export const PROGRAM_MEMBER_ROLE_DESCRIPTIONS: Record<ProgramMemberRole, string> = {
  lead: 'Leads manage the program with its owner: details, phase, units and people.',
  steering: 'The steering committee: their This week page shows the program’s coming gate reviews. What they may change follows their account’s role.',
  contributor: 'Contributors are named on the program’s work. What they may change follows their account’s role.',
};

/** A partner's report on one unit in a program: whether it is blocked, and a note; a blocked unit must say what blocks it. */
export const updateUnitRolloutSchema = z
  .object({ id, expectedVersion, blocked: z.boolean('Say whether the unit is blocked.'), note: text('Note', 0, 1000).default('') })
  .refine((value) => !value.blocked || value.note.length >= 10, {
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
