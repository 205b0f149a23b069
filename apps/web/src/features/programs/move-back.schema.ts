import { changePhaseSchema, checkPhaseChange, DomainError, type ProgramPhase } from '@rollout/domain';
import type { z } from 'zod';

/**
 * The move-back form validates with the API's input schema plus the domain's phase-change rule, so
 * the browser shows exactly the messages the server would send.
 */
export function moveBackSchema(currentPhase: ProgramPhase) {
  return changePhaseSchema.superRefine((value, ctx) => {
    try {
      checkPhaseChange(currentPhase, value.toPhase, value.reason);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      for (const fieldError of error.fieldErrors) {
        ctx.addIssue({ code: 'custom', path: [fieldError.field], message: fieldError.message });
      }
      if (error.fieldErrors.length === 0) ctx.addIssue({ code: 'custom', path: ['toPhase'], message: error.message });
    }
  });
}

export type MoveBackInput = z.input<ReturnType<typeof moveBackSchema>>;
export type MoveBackValues = z.output<ReturnType<typeof moveBackSchema>>;
