import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors.js';
import { checkCheckInTarget, isAfterPilotEnd, isBeforePilotStart } from './check-in.rules.js';

// A pilot starting on a Wednesday: its first check-in week is the Monday before.
const pilot = { startDate: '2026-03-04', unitIds: ['uk', 'us-east'] };

function fieldOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors[0]?.field;
    throw error;
  }
  return undefined;
}

describe('check-in weeks', () => {
  it('owes nothing for the weeks before the week the pilot starts in', () => {
    expect(isBeforePilotStart('2026-02-23', pilot)).toBe(true);
    expect(isBeforePilotStart('2026-03-02', pilot)).toBe(false);
    expect(isBeforePilotStart('2026-03-09', pilot)).toBe(false);
  });

  it('owes nothing for the weeks that start after the pilot’s last day', () => {
    const ending = { endDate: '2026-03-31' }; // a Tuesday
    expect(isAfterPilotEnd('2026-03-30', ending)).toBe(false);
    expect(isAfterPilotEnd('2026-04-06', ending)).toBe(true);
  });

  it('accepts a pilot unit’s report for a week from the start week to this week', () => {
    expect(fieldOf(() => checkCheckInTarget(pilot, { unitId: 'uk', weekStart: '2026-03-02' }, '2026-03-12'))).toBeUndefined();
    expect(fieldOf(() => checkCheckInTarget(pilot, { unitId: 'uk', weekStart: '2026-03-09' }, '2026-03-12'))).toBeUndefined();
  });

  it('refuses another unit, a future week and a week before the start, naming the field', () => {
    expect(fieldOf(() => checkCheckInTarget(pilot, { unitId: 'dach', weekStart: '2026-03-02' }, '2026-03-12'))).toBe('unitId');
    expect(fieldOf(() => checkCheckInTarget(pilot, { unitId: 'uk', weekStart: '2026-03-16' }, '2026-03-12'))).toBe('weekStart');
    expect(fieldOf(() => checkCheckInTarget(pilot, { unitId: 'uk', weekStart: '2026-02-23' }, '2026-03-12'))).toBe('weekStart');
  });
});
