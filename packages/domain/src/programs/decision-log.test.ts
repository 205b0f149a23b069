import { describe, expect, it } from 'vitest';
import { decisionLogTitle } from './decision-log.js';

describe('decisionLogTitle', () => {
  it('names a gate decision by its outcome and pilot, a model choice by its model, a design sign-off by its version', () => {
    expect(decisionLogTitle({ kind: 'gate_decision', decision: 'scale', pilotName: 'UK lead routing' })).toBe('Scale: UK lead routing');
    expect(decisionLogTitle({ kind: 'model_choice', model: 'hub_and_spoke' })).toBe('Hub-and-spoke chosen as the target model');
    expect(decisionLogTitle({ kind: 'design_sign_off', version: 2 })).toBe('Target model design, version 2, signed off');
  });
});
