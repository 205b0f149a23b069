import { describe, expect, it } from 'vitest';
import { checkPhaseChange, nextPhase } from './program.rules.js';
import { fieldErrorOf } from '../testing/index.js';


describe('phase changes', () => {
  it('moves forward exactly one phase without a reason', () => {
    expect(checkPhaseChange('assess', 'align')).toBeNull();
    expect(checkPhaseChange('scale', 'govern', '  ')).toBeNull();
  });

  it('refuses skipping ahead and names the next phase', () => {
    expect(fieldErrorOf(() => checkPhaseChange('align', 'pilot'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'toPhase',
      message: 'Move one phase at a time: the next phase is Design.',
    });
  });

  it('refuses staying in the same phase', () => {
    expect(fieldErrorOf(() => checkPhaseChange('pilot', 'pilot')).field).toBe('toPhase');
  });

  it('moves back any number of phases only with a real reason, which it trims', () => {
    expect(fieldErrorOf(() => checkPhaseChange('pilot', 'assess')).field).toBe('reason');
    expect(fieldErrorOf(() => checkPhaseChange('pilot', 'assess', 'too short')).field).toBe('reason');
    expect(checkPhaseChange('pilot', 'assess', '  Pilot showed the data model is wrong.  ')).toBe('Pilot showed the data model is wrong.');
  });

  it('knows the order Assess → Govern and that Govern is last', () => {
    expect(nextPhase('assess')).toBe('align');
    expect(nextPhase('pilot')).toBe('scale');
    expect(nextPhase('govern')).toBeNull();
  });
});
