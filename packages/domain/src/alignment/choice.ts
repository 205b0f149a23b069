import { invalidField } from '../common/errors.js';
import type { Role } from '../access/roles.js';
import { OPERATING_MODEL_LABELS, type OperatingModel, type ProgramPhase } from '../programs/program.types.js';
import { MIN_BACKWARD_REASON_LENGTH } from '../programs/program.rules.js';
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
 * The Align → Design gate: a chosen target model is required; an admin may override it with a
 * reason (at least as long as a move-back reason), which the phase history keeps.
 */
export function checkAlignGate(from: ProgramPhase, to: ProgramPhase, targetModel: OperatingModel, actor: { role: Role }, reason: string | null): void {
  if (from !== 'align' || to !== 'design' || targetModel !== 'undecided') return;
  if (actor.role !== 'admin') throw invalidField('toPhase', DESIGN_NEEDS_MODEL);
  if (reason === null || reason.length < MIN_BACKWARD_REASON_LENGTH) {
    throw invalidField('reason', `No operating model is chosen yet: an admin override needs a reason of at least ${MIN_BACKWARD_REASON_LENGTH} characters.`);
  }
}
