import { describe, expect, it } from 'vitest';
import { decisionLogTitle } from './decision-log.js';

describe('decisionLogTitle', () => {
  it('names a gate decision by its outcome and pilot, and a model choice by its model', () => {
    expect(decisionLogTitle({ kind: 'gate_decision', decision: 'scale', pilotName: 'UK lead routing' })).toBe('Scale: UK lead routing');
    expect(decisionLogTitle({ kind: 'model_choice', model: 'hub_and_spoke' })).toBe('Hub-and-spoke chosen as the target model');
  });
});
