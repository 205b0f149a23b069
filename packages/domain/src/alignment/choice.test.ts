import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../testing/index.js';
import { checkAlignGate, checkModelChoice, DESIGN_NEEDS_MODEL } from './choice.js';

describe('checkModelChoice', () => {
  const agreeing = { matrixWinner: 'hybrid', guidanceModel: 'hybrid' } as const;

  it('needs no rationale when the choice follows both the matrix and the guidance', () => {
    expect(checkModelChoice('hybrid', undefined, agreeing)).toBe('');
    expect(checkModelChoice('hybrid', '  Both agree.  ', agreeing)).toBe('Both agree.');
  });

  it('requires a rationale when the choice differs from the matrix winner', () => {
    const context = { matrixWinner: 'hub_and_spoke', guidanceModel: 'hybrid' } as const;
    expect(fieldErrorOf(() => checkModelChoice('hybrid', '', context)).field).toBe('rationale');
    expect(() => checkModelChoice('hybrid', 'short', context)).toThrow("Hybrid differs from the matrix's winner (Hub-and-spoke): explain why in at least 10 characters.");
    expect(checkModelChoice('hybrid', 'The regions keep their pods.', context)).toBe('The regions keep their pods.');
  });

  it('requires a rationale when the choice differs from the guidance, and names both when it differs from both', () => {
    expect(fieldErrorOf(() => checkModelChoice('hybrid', null, { matrixWinner: 'hybrid', guidanceModel: 'pod' })).field).toBe('rationale');
    expect(() => checkModelChoice('pod', null, { matrixWinner: 'hybrid', guidanceModel: 'centralized' })).toThrow(
      "Pod differs from the matrix's winner (Hybrid) and the guidance (Centralized)",
    );
    expect(() => checkModelChoice('pod', null, { matrixWinner: 'hybrid', guidanceModel: 'hybrid' })).toThrow(
      "Pod differs from the matrix's winner and the guidance (Hybrid): explain why in at least 10 characters.",
    );
  });

  it('needs no rationale when there is neither a sole winner nor guidance', () => {
    expect(checkModelChoice('pod', '', { matrixWinner: null, guidanceModel: null })).toBe('');
  });
});

describe('checkAlignGate', () => {
  const toDesign = { from: 'align', to: 'design' } as const;
  const manager = { allowed: false };
  const admin = { allowed: true };

  it('refuses Align → Design without a chosen model', () => {
    expect(fieldErrorOf(() => checkAlignGate(toDesign, 'undecided', manager))).toEqual({ code: 'BAD_USER_INPUT', field: 'toPhase', message: DESIGN_NEEDS_MODEL });
    expect(fieldErrorOf(() => checkAlignGate(toDesign, 'undecided', { ...manager, reason: 'A long enough reason' })).code).toBe('FORBIDDEN');
  });

  it('lets an admin override with a reason of at least 10 characters, trimmed for the history', () => {
    expect(fieldErrorOf(() => checkAlignGate(toDesign, 'undecided', admin)).field).toBe('toPhase');
    expect(fieldErrorOf(() => checkAlignGate(toDesign, 'undecided', { ...admin, reason: 'too short' })).field).toBe('overrideReason');
    expect(checkAlignGate(toDesign, 'undecided', { ...admin, reason: ' Board chose it offline ' })).toBe('Board chose it offline');
  });

  it('passes once a model is chosen, and leaves other moves alone', () => {
    expect(checkAlignGate(toDesign, 'hybrid', manager)).toBeNull();
    expect(checkAlignGate({ from: 'assess', to: 'align' }, 'undecided', manager)).toBeNull();
    expect(checkAlignGate({ from: 'design', to: 'align' }, 'undecided', manager)).toBeNull();
  });
});
