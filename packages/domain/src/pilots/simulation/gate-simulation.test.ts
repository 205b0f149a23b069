import { describe, expect, it } from 'vitest';
import { REFERENCE_SCENARIO, seededRandom, simulateScenario } from './gate-simulation.js';

// Seeded outcomes of the simulation, pinned so that a change to the statistics shows up here. The
// full grid (2,000 pilots per scenario) is `npm run simulate -w @rollout/domain`; its table is in the README.
describe('gate simulation', () => {
  it('is reproducible from its seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('no true effect under a company-wide trend: few false scales (issue 14 reference scenario, 300 pilots)', () => {
    const outcome = simulateScenario(REFERENCE_SCENARIO, 300, 14);
    expect(outcome).toEqual({ pilots: 300, scaleAtFinal: 6 / 300, scaleAtAnyLook: 8 / 300, betterAtAnyLook: 8 / 300 });
  });

  it('a real −4 h effect is found in most pilots (100 pilots)', () => {
    const outcome = simulateScenario({ ...REFERENCE_SCENARIO, effect: -4 }, 100, 15);
    expect(outcome).toMatchObject({ scaleAtFinal: 0.95, scaleAtAnyLook: 0.95 });
  });
});
