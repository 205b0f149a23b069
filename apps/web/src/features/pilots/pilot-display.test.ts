import { describe, expect, it } from 'vitest';
import { pilotTiming, pilotWeeks } from '@rollout/domain';
import { describeTiming, staleLabel } from './pilot-display';

describe('pilotTiming', () => {
  it('counts a four-week pilot as weeks 1 to 4, inclusive of both ends', () => {
    expect(pilotWeeks('2026-03-02', '2026-03-29')).toBe(4);
    expect(pilotTiming('2026-03-02', '2026-03-29', '2026-03-02')).toEqual({ kind: 'current', week: 1, weeks: 4 });
    expect(pilotTiming('2026-03-02', '2026-03-29', '2026-03-09')).toEqual({ kind: 'current', week: 2, weeks: 4 });
    expect(pilotTiming('2026-03-02', '2026-03-29', '2026-03-29')).toEqual({ kind: 'current', week: 4, weeks: 4 });
  });

  it('reads the default start + 28 days as four weeks, the last day included', () => {
    expect(pilotWeeks('2026-03-02', '2026-03-30')).toBe(4);
    expect(describeTiming(pilotTiming('2026-03-02', '2026-03-30', '2026-03-30'))).toBe('Week 4 of 4');
    expect(pilotWeeks('2026-03-02', '2026-04-05')).toBe(5);
  });

  it('says when a pilot starts or ended', () => {
    expect(describeTiming(pilotTiming('2026-03-02', '2026-03-29', '2026-02-25'))).toBe('Starts in 5 days · 4 weeks');
    expect(describeTiming(pilotTiming('2026-03-02', '2026-03-29', '2026-03-01'))).toBe('Starts tomorrow · 4 weeks');
    expect(describeTiming(pilotTiming('2026-03-02', '2026-03-29', '2026-04-03'))).toBe('Ended 5 days ago · 4 weeks');
  });
});

describe('staleLabel', () => {
  it('counts days since the last check-in, or since the start without one', () => {
    expect(staleLabel('2026-03-06', '2026-03-02', '2026-03-18')).toBe('No check-in for 12 days');
    expect(staleLabel(null, '2026-03-02', '2026-03-11')).toBe('No check-in since the start (9 days)');
  });
});
