import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors.js';
import { checkScaleGate, SCALE_NEEDS_SCALED_PILOT } from './phase-gate.js';

const toScale = { from: 'pilot', to: 'scale' };
const thrown = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error('expected a DomainError');
};

describe('checkScaleGate', () => {
  it('opens with a pilot decided scale, and does not stand in other moves', () => {
    expect(checkScaleGate(toScale, 1, { allowed: false })).toBeNull();
    expect(checkScaleGate({ from: 'design', to: 'pilot' }, 0, { allowed: false })).toBeNull();
    expect(checkScaleGate({ from: 'scale', to: 'pilot' }, 0, { allowed: false })).toBeNull();
  });

  it('refuses Scale without a scaled pilot on the phase field, and lets an admin pass it with a reason kept', () => {
    const refused = thrown(() => checkScaleGate(toScale, 0, { allowed: false }));
    expect([refused.code, refused.fieldErrors]).toEqual(['BAD_USER_INPUT', [{ field: 'toPhase', message: SCALE_NEEDS_SCALED_PILOT }]]);
    expect(thrown(() => checkScaleGate(toScale, 0, { allowed: false, reason: 'The board decided to go.' })).code).toBe('FORBIDDEN');
    expect(checkScaleGate(toScale, 0, { allowed: true, reason: '  The board decided to go.  ' })).toBe('The board decided to go.');
  });
});
