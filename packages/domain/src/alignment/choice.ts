import { invalidField } from '../common/errors.js';
import { OPERATING_MODEL_LABELS, type OperatingModel, type ProgramPhase } from '../programs/program.types.js';
import { passClosedGate, type GateOverride } from '../programs/phase-gate.js';
import type { CandidateModel } from './alignment.types.js';

/** Shortest rationale we accept where one is required: a sentence, not a keystroke. */
export const MIN_RATIONALE_LENGTH = 10;

/** What the choice is compared with: the matrix's sole winner and the guidance's model (null when there is none). */
export interface ChoiceContext {
  matrixWinner: CandidateModel | null;
  guidanceModel: CandidateModel | null;
}

/** Which recommendations the chosen model departs from; a rationale is required when any is named. */
export function choiceDepartures(chosen: CandidateModel, context: ChoiceContext): string[] {
  const { matrixWinner, guidanceModel } = context;
  // Both recommend the same other model: name it once.
  if (matrixWinner !== null && matrixWinner === guidanceModel && chosen !== matrixWinner) return [`the matrix's winner and the guidance (${OPERATING_MODEL_LABELS[matrixWinner]})`];
  const departures: string[] = [];
  if (context.matrixWinner !== null && chosen !== context.matrixWinner) departures.push(`the matrix's winner (${OPERATING_MODEL_LABELS[context.matrixWinner]})`);
  if (context.guidanceModel !== null && chosen !== context.guidanceModel) departures.push(`the guidance (${OPERATING_MODEL_LABELS[context.guidanceModel]})`);
  return departures;
}

/** Checks a choice and returns its trimmed rationale: required when the choice differs from the matrix winner or the guidance. */
export function checkModelChoice(chosen: CandidateModel, rationale: string | null | undefined, context: ChoiceContext): string {
  const trimmed = rationale?.trim() ?? '';
  const departures = choiceDepartures(chosen, context);
  if (departures.length > 0 && trimmed.length < MIN_RATIONALE_LENGTH) {
    throw invalidField(
      'rationale',
      `${OPERATING_MODEL_LABELS[chosen]} differs from ${departures.join(' and ')}: explain why in at least ${MIN_RATIONALE_LENGTH} characters.`,
    );
  }
  return trimmed;
}

/** The message when Align → Design is tried without a chosen model. */
export const DESIGN_NEEDS_MODEL = 'Choose the operating model in the Align tab before moving to Design.';

/**
 * The Align → Design gate: a chosen target model is required, unless an admin overrides it with a
 * reason the phase history keeps. Other moves pass. Returns the trimmed override reason, or null.
 */
export function checkAlignGate(move: { from: ProgramPhase; to: ProgramPhase }, targetModel: OperatingModel, override: GateOverride): string | null {
  if (move.from !== 'align' || move.to !== 'design' || targetModel !== 'undecided') return null;
  return passClosedGate(DESIGN_NEEDS_MODEL, override);
}
