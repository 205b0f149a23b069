import { DomainError, invalidField } from '../common/errors.js';

// Phase gates: a move the program is not ready for (Assess → Align with too little assessed, Align →
// Design with no model chosen) is refused, unless an admin overrides it with a reason the phase
// history keeps. Each gate says when it is closed; the override works the same for all.

/** Shortest reason an admin gives to pass a closed gate. */
export const MIN_GATE_OVERRIDE_REASON_LENGTH = 10;

/** Who asks to pass a closed gate, and why. */
export interface GateOverride {
  /** Whether the caller may override a gate (admins). */
  allowed: boolean;
  reason?: string | null;
}

/**
 * Passes a closed gate only with an override: refused on `toPhase` with `refusal` when no reason
 * is given, FORBIDDEN for a caller who may not override, and on `overrideReason` when the reason is
 * too short. Returns the trimmed reason to keep in the phase history.
 */
export function passClosedGate(refusal: string, override: GateOverride): string {
  const reason = override.reason?.trim() ?? '';
  if (reason === '') throw invalidField('toPhase', refusal);
  if (!override.allowed) throw new DomainError('FORBIDDEN', `Only an admin can override this gate. ${refusal}`);
  if (reason.length < MIN_GATE_OVERRIDE_REASON_LENGTH) {
    throw invalidField('overrideReason', `Overriding the gate needs a reason of at least ${MIN_GATE_OVERRIDE_REASON_LENGTH} characters.`);
  }
  return reason;
}
