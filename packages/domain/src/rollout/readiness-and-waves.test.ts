import { describe, expect, it } from 'vitest';
import { readinessScore } from './readiness.js';
import { suggestWaves, type WaveCandidate } from './wave-suggestion.js';

describe('readinessScore', () => {
  it('weighs the five parts (hand-computed: 0.3·80 + 0.25·50 + 0.2·70 + 0.1·100 + 0.15·50 = 68)', () => {
    const { score, parts } = readinessScore({ checklist: { done: 4, total: 5 }, training: { trained: 10, people: 20 }, dataQuality: 70, sponsorNamed: true, openBlockers: 1 });
    expect(score).toBe(68);
    expect(parts.map((part) => [part.part, part.value])).toEqual([
      ['checklist', 80],
      ['training', 50],
      ['data', 70],
      ['sponsor', 100],
      ['blockers', 50],
    ]);
  });

  it('leaves out a part without a figure and lets the others weigh more (no data: (0.3·100 + 0.25·100 + 0.1·0 + 0.15·0) / 0.8 = 69)', () => {
    expect(readinessScore({ checklist: { done: 5, total: 5 }, training: { trained: 8, people: 8 }, dataQuality: null, sponsorNamed: false, openBlockers: 2 }).score).toBe(69);
  });

  it('follows the weights the program manager sets', () => {
    const input = { checklist: { done: 0, total: 4 }, training: { trained: 0, people: 0 }, dataQuality: 90, sponsorNamed: true, openBlockers: 0 };
    expect(readinessScore(input, { checklist: 0, training: 0, data: 1, sponsor: 0, blockers: 0 }).score).toBe(90);
  });
});

describe('suggestWaves', () => {
  const unit = (name: string, region: string, readiness: number, riskFlag: string | null = null): WaveCandidate => ({ id: name, name, region, readiness, riskFlag });

  it('puts the most ready first, spreads regions, and keeps risk-flagged units for last, with reasons', () => {
    const waves = suggestWaves(
      [unit('Nordics', 'EMEA', 90), unit('Benelux', 'EMEA', 85), unit('UK', 'EMEA', 80), unit('US West', 'Americas', 70), unit('Japan', 'APAC', 95, 'lessons from DACH flag data quality.')],
      { waveSize: 2, maxRegionShare: 0.5 },
    );
    expect(waves.map((wave) => wave.units.map((entry) => entry.name))).toEqual([['Nordics', 'US West'], ['Benelux'], ['UK'], ['Japan']]);
    const reasons = waves.flatMap((wave) => wave.units.map((entry) => entry.reason));
    expect(reasons).toEqual([
      'Readiness 90, among the most ready.',
      'Readiness 70, among the most ready.',
      'Readiness 85; in wave 2 so that no wave takes more than 1 of EMEA’s units.',
      'Readiness 80; in wave 3 so that no wave takes more than 1 of EMEA’s units.',
      'Readiness 95; kept for a later wave: lessons from DACH flag data quality.',
    ]);
    expect(waves.map((wave) => wave.number)).toEqual([1, 2, 3, 4]);
  });

  it('lets a region fill a wave when the share allows it, and orders ties by name', () => {
    const waves = suggestWaves([unit('B', 'EMEA', 50), unit('A', 'EMEA', 50), unit('C', 'EMEA', 40)], { waveSize: 3, maxRegionShare: 1 });
    expect(waves.map((wave) => wave.units.map((entry) => entry.name))).toEqual([['A', 'B', 'C']]);
  });
});
