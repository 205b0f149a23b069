import { canManagePrograms, type Role } from '../access/roles.js';
import { DomainError, invalidField } from '../common/errors.js';
import type { ProgramMemberRole } from './program-unit.js';
import { PROGRAM_PHASE_LABELS, PROGRAM_PHASES, type OperatingModel, type ProgramPhase } from './program.types.js';

/** Position of a phase in Assess → Align → Design → Pilot → Scale → Govern (0-based). */
export function phaseIndex(phase: ProgramPhase): number {
  return PROGRAM_PHASES.indexOf(phase);
}

/** The phase after this one, or null at Govern. */
export function nextPhase(phase: ProgramPhase): ProgramPhase | null {
  return PROGRAM_PHASES[phaseIndex(phase) + 1] ?? null;
}

/** Shortest reason we accept for moving a program back: a few words, not a keystroke. */
export const MIN_BACKWARD_REASON_LENGTH = 10;

/**
 * Checks a phase change: forward one phase at a time; backward to any earlier phase only with a
 * reason. Returns the trimmed reason to record (null when none was given).
 */
export function checkPhaseChange(from: ProgramPhase, to: ProgramPhase, reason?: string | null): string | null {
  const trimmed = reason?.trim() ? reason.trim() : null;
  const step = phaseIndex(to) - phaseIndex(from);
  if (step === 0) {
    throw invalidField('toPhase', `The program is already in ${PROGRAM_PHASE_LABELS[from]}.`);
  }
  if (step > 1) {
    const next = nextPhase(from) as ProgramPhase;
    throw invalidField('toPhase', `Move one phase at a time: the next phase is ${PROGRAM_PHASE_LABELS[next]}.`);
  }
  if (step < 0 && (trimmed === null || trimmed.length < MIN_BACKWARD_REASON_LENGTH)) {
    throw invalidField(
      'reason',
      `Moving back to ${PROGRAM_PHASE_LABELS[to]} needs a reason of at least ${MIN_BACKWARD_REASON_LENGTH} characters.`,
    );
  }
  return trimmed;
}

/** Archived programs are read-only until restored. */
export function assertNotArchived(program: { archived: boolean }): void {
  if (program.archived) throw new DomainError('BAD_USER_INPUT', 'This program is archived; restore it to change it.');
}

/** What the form and the API say when someone who may not lead is made a lead. */
export const LEAD_NEEDS_MANAGER = 'Only program managers and admins can lead a program.';

/** Whether the user may hold the role in a program: only program managers and admins lead. */
export function canHoldMemberRole(user: { role: Role }, role: ProgramMemberRole): boolean {
  return role !== 'lead' || canManagePrograms(user);
}

/** Throws BAD_USER_INPUT on `role` unless `canHoldMemberRole`. */
export function checkMemberRole(user: { role: Role }, role: ProgramMemberRole): void {
  if (!canHoldMemberRole(user, role)) throw invalidField('role', LEAD_NEEDS_MANAGER);
}

/** Why a program's edit may not change its target model. */
export const TARGET_MODEL_FROM_ALIGN = 'The target model is chosen in the Align tab, where the choice and its rationale enter the decision log.';

/** One truth for the target model: editing the program's details keeps it; only the Align choice sets it. */
export function checkTargetModelUnchanged(current: OperatingModel, requested: OperatingModel | null | undefined): void {
  if (requested !== null && requested !== undefined && requested !== current) throw invalidField('targetModel', TARGET_MODEL_FROM_ALIGN);
}
