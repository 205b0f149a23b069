import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors.js';
import { checkAlignGate, checkModelChoice, DESIGN_NEEDS_MODEL } from './choice.js';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors[0]?.field;
    throw error;
  }
  return undefined;
}

describe('checkModelChoice', () => {
  const agreeing = { matrixWinner: 'hybrid', guidanceModel: 'hybrid' } as const;

  it('needs no rationale when the choice follows both the matrix and the guidance', () => {
    expect(checkModelChoice('hybrid', undefined, agreeing)).toBe('');
    expect(checkModelChoice('hybrid', '  Both agree.  ', agreeing)).toBe('Both agree.');
  });

  it('requires a rationale when the choice differs from the matrix winner', () => {
    const context = { matrixWinner: 'hub_and_spoke', guidanceModel: 'hybrid' } as const;
    expect(fieldOf(() => checkModelChoice('hybrid', '', context))).toBe('rationale');
    expect(() => checkModelChoice('hybrid', 'short', context)).toThrow("Hybrid differs from the matrix's winner (Hub-and-spoke): explain why in at least 10 characters.");
    expect(checkModelChoice('hybrid', 'The regions keep their pods.', context)).toBe('The regions keep their pods.');
  });

  it('requires a rationale when the choice differs from the guidance, and names both when it differs from both', () => {
    expect(fieldOf(() => checkModelChoice('hybrid', null, { matrixWinner: 'hybrid', guidanceModel: 'pod' }))).toBe('rationale');
    expect(() => checkModelChoice('pod', null, { matrixWinner: 'hybrid', guidanceModel: 'centralized' })).toThrow(
      "Pod differs from the matrix's winner (Hybrid) and the guidance (Centralized)",
    );
  });

  it('needs no rationale when there is neither a sole winner nor guidance', () => {
    expect(checkModelChoice('pod', '', { matrixWinner: null, guidanceModel: null })).toBe('');
  });
});

describe('checkAlignGate', () => {
  const manager = { role: 'program_manager' } as const;
  const admin = { role: 'admin' } as const;

  it('refuses Align → Design without a chosen model', () => {
    expect(() => checkAlignGate('align', 'design', 'undecided', manager, null)).toThrow(DESIGN_NEEDS_MODEL);
    expect(fieldOf(() => checkAlignGate('align', 'design', 'undecided', manager, 'A long enough reason'))).toBe('toPhase');
  });

  it('lets an admin override with a reason of at least 10 characters', () => {
    expect(fieldOf(() => checkAlignGate('align', 'design', 'undecided', admin, null))).toBe('reason');
    expect(fieldOf(() => checkAlignGate('align', 'design', 'undecided', admin, 'too short'))).toBe('reason');
    expect(() => checkAlignGate('align', 'design', 'undecided', admin, 'Board chose it offline')).not.toThrow();
  });

  it('passes once a model is chosen, and leaves other moves alone', () => {
    expect(() => checkAlignGate('align', 'design', 'hybrid', manager, null)).not.toThrow();
    expect(() => checkAlignGate('assess', 'align', 'undecided', manager, null)).not.toThrow();
    expect(() => checkAlignGate('design', 'align', 'undecided', manager, 'Back to the drawing board')).not.toThrow();
  });
});
