import { DomainError, invalidField } from '../common/errors.js';

// Phase gates: a move the program is not ready for (Assess → Align with too little assessed, Align →
// Design with no model chosen, Pilot → Scale without a pilot decided scale) is refused, unless an admin overrides it with a reason the phase
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

/** The message when Pilot → Scale is tried before any pilot was decided scale. */
export const SCALE_NEEDS_SCALED_PILOT = 'Moving to Scale needs a pilot decided scale at its gate review: the roll-out carries what a pilot proved.';

/**
 * The Pilot → Scale gate: at least one pilot whose latest gate decision is scale, unless an admin
 * overrides it with a reason. Other moves pass. Returns the trimmed override reason, or null.
 */
export function checkScaleGate(move: { from: string; to: string }, scaledPilots: number, override: GateOverride): string | null {
  if (move.from !== 'pilot' || move.to !== 'scale' || scaledPilots > 0) return null;
  return passClosedGate(SCALE_NEEDS_SCALED_PILOT, override);
}
