import { describe, expect, it } from 'vitest';
import { changeDaysFor, forumOccurrences, formatRecurrenceRule, isScheduledDay, parseRecurrenceRule, previousOccurrence, recurrenceDates, recurrenceRuleOf, type ForumSchedule } from './recurrence.js';
import { wallClockOf, zonedInstant } from './zoned-time.js';

const weeklyBerlin: ForumSchedule = { cadence: 'weekly', weekday: 'MO', weekOfMonth: null, startsOn: '2026-03-01', startTime: '09:00', timeZone: 'Europe/Berlin', durationMinutes: 45 };
const iso = (date: Date) => date.toISOString();

describe('zoned wall-clock times', () => {
  it('keeps 09:00 in Berlin at 09:00 across both clock changes (08:00 UTC in winter, 07:00 in summer)', () => {
    expect(iso(zonedInstant('2026-03-23', '09:00', 'Europe/Berlin'))).toBe('2026-03-23T08:00:00.000Z');
    expect(iso(zonedInstant('2026-03-30', '09:00', 'Europe/Berlin'))).toBe('2026-03-30T07:00:00.000Z');
    expect(iso(zonedInstant('2026-10-26', '09:00', 'Europe/Berlin'))).toBe('2026-10-26T08:00:00.000Z');
  });

  it('reads a time skipped when clocks go forward as the time after the gap, and a repeated time as its first occurrence', () => {
    // New York springs forward at 02:00 on 2026-03-08: 02:30 does not exist and reads as 03:30 EDT.
    expect(iso(zonedInstant('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    // It falls back at 02:00 on 2026-11-01: 01:30 happens twice, first in EDT (UTC-4).
    expect(iso(zonedInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    expect(wallClockOf(new Date('2026-11-01T05:30:00Z'), 'America/New_York')).toEqual({ date: '2026-11-01', time: '01:30' });
  });
});

describe('recurrence rules', () => {
  it('writes each cadence as an RFC 5545 RRULE and reads it back to the same rule', () => {
    const cases: [ForumSchedule, string][] = [
      [weeklyBerlin, 'FREQ=WEEKLY;BYDAY=MO'],
      [{ ...weeklyBerlin, cadence: 'biweekly', weekday: 'TH' }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'],
      [{ ...weeklyBerlin, cadence: 'monthly', weekday: 'TH', weekOfMonth: -1 }, 'FREQ=MONTHLY;BYDAY=-1TH'],
      [{ ...weeklyBerlin, cadence: 'quarterly', weekday: 'WE', weekOfMonth: 1 }, 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE'],
      [{ ...weeklyBerlin, cadence: 'annually', weekday: 'TU', weekOfMonth: 2 }, 'FREQ=YEARLY;BYMONTH=3;BYDAY=2TU'],
    ];
    for (const [schedule, rrule] of cases) {
      expect(formatRecurrenceRule(recurrenceRuleOf(schedule))).toBe(rrule);
      expect(parseRecurrenceRule(rrule)).toEqual(recurrenceRuleOf(schedule));
    }
    expect(() => parseRecurrenceRule('FREQ=DAILY;BYDAY=MO')).toThrow('FREQ=DAILY');
    expect(() => parseRecurrenceRule('FREQ=WEEKLY;BYDAY=MO;COUNT=3')).toThrow('COUNT');
  });

  it('falls on the right days: every other week from the first week, the last Thursday, every third month, once a year', () => {
    expect(recurrenceDates(recurrenceRuleOf({ ...weeklyBerlin, cadence: 'biweekly', weekday: 'WE' }), '2026-03-01', '2026-03-20', '2026-04-30')).toEqual(['2026-03-25', '2026-04-08', '2026-04-22']);
    expect(recurrenceDates(recurrenceRuleOf({ ...weeklyBerlin, cadence: 'monthly', weekday: 'TH', weekOfMonth: -1 }), '2026-01-01', '2026-01-01', '2026-04-30')).toEqual(['2026-01-29', '2026-02-26', '2026-03-26', '2026-04-30']);
    expect(recurrenceDates(recurrenceRuleOf({ ...weeklyBerlin, cadence: 'quarterly', weekday: 'WE', weekOfMonth: 1, startsOn: '2026-01-01' }), '2026-01-01', '2026-02-01', '2026-12-31')).toEqual(['2026-04-01', '2026-07-01', '2026-10-07']);
    expect(recurrenceDates(recurrenceRuleOf({ ...weeklyBerlin, cadence: 'annually', weekday: 'TU', weekOfMonth: 2, startsOn: '2026-01-20' }), '2026-01-20', '2026-01-01', '2028-12-31')).toEqual(['2027-01-12', '2028-01-11']);
  });
});

describe('a forum’s occurrences', () => {
  it('keeps the wall-clock time through the spring clock change, and marks cancelled and moved meetings', () => {
    const moved = new Date('2026-04-07T13:00:00Z');
    const occurrences = forumOccurrences(
      weeklyBerlin,
      [
        { occursOn: '2026-03-30', cancelledReason: 'Easter Monday', movedTo: null },
        { occursOn: '2026-04-06', cancelledReason: null, movedTo: moved },
      ],
      new Date('2026-03-20T00:00:00Z'),
      new Date('2026-04-14T00:00:00Z'),
    );
    expect(occurrences.map((o) => [o.occursOn, iso(o.startsAt), o.cancelledReason, o.moved])).toEqual([
      ['2026-03-23', '2026-03-23T08:00:00.000Z', null, false],
      ['2026-03-30', '2026-03-30T07:00:00.000Z', 'Easter Monday', false],
      ['2026-04-06', '2026-04-07T13:00:00.000Z', null, true],
      ['2026-04-13', '2026-04-13T07:00:00.000Z', null, false],
    ]);
    expect(occurrences[0]?.endsAt.toISOString()).toBe('2026-03-23T08:45:00.000Z');
    // The changes to read for that stretch: scheduled days up to a month (and a day for time zones) around it.
    expect(changeDaysFor(new Date('2026-03-20T00:00:00Z'), new Date('2026-04-14T00:00:00Z'))).toEqual({ from: '2026-02-15', to: '2026-05-17' });
  });

  it('finds the previous meeting, skipping cancelled ones, and knows the days the schedule falls on', () => {
    const previous = previousOccurrence(weeklyBerlin, [{ occursOn: '2026-03-30', cancelledReason: 'Holiday', movedTo: null }], new Date('2026-04-06T07:00:00Z'));
    expect(previous?.occursOn).toBe('2026-03-23');
    expect(previousOccurrence(weeklyBerlin, [], new Date('2026-03-02T07:00:00Z'))).toBeNull();
    expect(isScheduledDay(weeklyBerlin, '2026-04-06')).toBe(true);
    expect(isScheduledDay(weeklyBerlin, '2026-04-07')).toBe(false);
  });
});
