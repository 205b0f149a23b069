import { describe, expect, it } from 'vitest';
import { isGateReviewOverdue, pilotTiming, pilotWeeks } from './pilot-timing.js';
import type { PilotStatus } from './pilot.types.js';

describe('pilotTiming', () => {
  it('counts a four-week pilot as weeks 1 to 4, inclusive of both ends', () => {
    expect(pilotWeeks('2026-03-02', '2026-03-29')).toBe(4);
    expect(pilotTiming('2026-03-02', '2026-03-29', '2026-03-02')).toEqual({ kind: 'current', week: 1, weeks: 4 });
    expect(pilotTiming('2026-03-02', '2026-03-29', '2026-03-09')).toEqual({ kind: 'current', week: 2, weeks: 4 });
    expect(pilotTiming('2026-03-02', '2026-03-29', '2026-03-29')).toEqual({ kind: 'current', week: 4, weeks: 4 });
  });

  it('reads the default start + 28 days as four weeks, the last day included', () => {
    expect(pilotWeeks('2026-03-02', '2026-03-30')).toBe(4);
    expect(pilotTiming('2026-03-02', '2026-03-30', '2026-03-30')).toEqual({ kind: 'current', week: 4, weeks: 4 });
    expect(pilotWeeks('2026-03-02', '2026-04-05')).toBe(5);
  });

  it('says how far away the start is, or how long ago the end was', () => {
    expect(pilotTiming('2026-03-02', '2026-03-29', '2026-02-25')).toEqual({ kind: 'upcoming', daysToStart: 5, weeks: 4 });
    expect(pilotTiming('2026-03-02', '2026-03-29', '2026-04-03')).toEqual({ kind: 'ended', daysSinceEnd: 5, weeks: 4 });
  });
});

describe('isGateReviewOverdue', () => {
  it.each([
    { status: 'running', today: '2026-03-29', overdue: false, why: 'last day of a running pilot' },
    { status: 'running', today: '2026-03-30', overdue: true, why: 'running past its last day' },
    { status: 'in_review', today: '2026-04-02', overdue: true, why: 'in review past its last day' },
    { status: 'in_review', today: '2026-03-20', overdue: false, why: 'in review before its last day' },
    { status: 'decided', today: '2026-04-20', overdue: false, why: 'decided' },
    { status: 'planned', today: '2026-04-20', overdue: false, why: 'never started' },
  ] satisfies { status: PilotStatus; today: string; overdue: boolean; why: string }[])('$why: $overdue', ({ status, today, overdue }) => {
    expect(isGateReviewOverdue({ status, endDate: '2026-03-29' }, today)).toBe(overdue);
  });
});
