import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors.js';
import {
  checkCheckInOpen,
  checkGateDecision,
  checkMetricDistinct,
  checkMetricsEditable,
  checkPilotEdit,
  checkPilotEvaluable,
  checkPilotTransition,
  isStale,
  statusAfterGateDecision,
  weekStart,
} from './pilot.rules.js';
import { checkCheckInCommentary, checkInNeedsCommentary } from './check-in.rules.js';
import { lessonSchema } from './pilot.schema.js';
import { fieldErrorOf } from '../testing/index.js';


describe('pilot status transitions', () => {
  const ready = { metrics: [{ baseline: null, target: 10 }, { baseline: 18, target: 8 }] };

  it('starts a planned pilot only with a metric that has a baseline and a target', () => {
    expect(() => checkPilotTransition({ status: 'planned' }, 'running', ready)).not.toThrow();
    expect(fieldErrorOf(() => checkPilotTransition({ status: 'planned' }, 'running', { metrics: [{ baseline: null, target: 8 }] }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'status',
      message: 'Add at least one success metric with a baseline and a target before starting the pilot.',
    });
    expect(fieldErrorOf(() => checkPilotTransition({ status: 'planned' }, 'running')).field).toBe('status');
  });

  it('moves a running pilot to review without conditions', () => {
    expect(() => checkPilotTransition({ status: 'running' }, 'in_review')).not.toThrow();
  });

  it('decides a pilot only once a decision is recorded', () => {
    expect(fieldErrorOf(() => checkPilotTransition({ status: 'in_review' }, 'decided')).message).toBe(
      'Record the decision before marking the pilot decided.',
    );
    expect(fieldErrorOf(() => checkPilotTransition({ status: 'in_review' }, 'decided', { decisionRecorded: false })).field).toBe('status');
    expect(() => checkPilotTransition({ status: 'in_review' }, 'decided', { decisionRecorded: true })).not.toThrow();
  });

  it('refuses skipping, going back, staying and leaving decided', () => {
    expect(fieldErrorOf(() => checkPilotTransition({ status: 'planned' }, 'in_review', ready)).message).toBe(
      'The pilot is Planned: the next status is Running.',
    );
    expect(fieldErrorOf(() => checkPilotTransition({ status: 'running' }, 'planned')).message).toBe('The pilot is Running: the next status is In review.');
    expect(fieldErrorOf(() => checkPilotTransition({ status: 'running' }, 'running')).field).toBe('status');
    expect(fieldErrorOf(() => checkPilotTransition({ status: 'planned' }, 'decided', { ...ready, decisionRecorded: true })).field).toBe('status');
    expect(fieldErrorOf(() => checkPilotTransition({ status: 'decided' }, 'running', ready)).message).toBe(
      'The pilot is Decided: a decided pilot cannot change status.',
    );
  });
});

describe('check-in commentary', () => {
  it('is needed for amber and red, and when the status changed since the previous check-in', () => {
    expect(checkInNeedsCommentary({ status: 'green' })).toBe(false);
    expect(checkInNeedsCommentary({ status: 'green' }, null)).toBe(false);
    expect(checkInNeedsCommentary({ status: 'green' }, { status: 'green' })).toBe(false);
    expect(checkInNeedsCommentary({ status: 'amber' })).toBe(true);
    expect(checkInNeedsCommentary({ status: 'red' }, { status: 'red' })).toBe(true);
    expect(checkInNeedsCommentary({ status: 'green' }, { status: 'amber' })).toBe(true);
  });

  it('refuses a missing or too short commentary, saying what changed', () => {
    expect(fieldErrorOf(() => checkCheckInCommentary({ status: 'green', commentary: '' }, { status: 'red' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'commentary',
      message: 'Say why the status changed from red to green (at least 10 characters).',
    });
    expect(fieldErrorOf(() => checkCheckInCommentary({ status: 'amber', commentary: '  slow    ' }, { status: 'amber' })).message).toBe(
      'Say why the status is amber (at least 10 characters).',
    );
    expect(() => checkCheckInCommentary({ status: 'green', commentary: 'Routing fixed on Tuesday.' }, { status: 'red' })).not.toThrow();
    expect(() => checkCheckInCommentary({ status: 'green', commentary: '' }, { status: 'green' })).not.toThrow();
  });
});

describe('stale check-ins', () => {
  it('is stale after more than 7 days without a check-in', () => {
    expect(isStale('2026-01-05', '2026-01-12')).toBe(false); // 7 days
    expect(isStale('2026-01-05', '2026-01-13')).toBe(true); // 8 days
    expect(isStale('2025-12-28', '2026-01-05')).toBe(true); // 8 days across the year end
    expect(isStale('2026-02-25', '2026-03-04')).toBe(false); // 7 days across February
  });

  it('counts from `since` (e.g. the pilot start) when the unit never checked in, and is stale with neither', () => {
    expect(isStale(null, '2026-01-09', '2026-01-05')).toBe(false);
    expect(isStale(null, '2026-01-14', '2026-01-05')).toBe(true);
    expect(isStale(null, '2026-01-09')).toBe(true);
  });
});

describe('week start', () => {
  it('is the Monday of the ISO week', () => {
    expect(weekStart('2026-01-07')).toBe('2026-01-05'); // Wednesday
    expect(weekStart('2026-01-05')).toBe('2026-01-05'); // Monday
    expect(weekStart('2026-01-11')).toBe('2026-01-05'); // Sunday belongs to the week before
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // Friday, across the year end
    expect(weekStart('2026-03-29')).toBe('2026-03-23'); // Sunday of the EU daylight-saving change
  });

  it('refuses something that is not a date', () => {
    expect(() => weekStart('2026-02-30')).toThrow(DomainError);
    expect(() => weekStart('next week')).toThrow(DomainError);
  });
});

describe('gate decision', () => {
  it('needs no rationale when following the recommendation, and trims one if given', () => {
    expect(checkGateDecision({ decision: 'extend' }, 'extend')).toBe('');
    expect(checkGateDecision({ decision: 'extend', rationale: '  As advised.  ' }, 'extend')).toBe('As advised.');
  });

  it('needs a rationale of at least 10 characters when the decision differs', () => {
    expect(fieldErrorOf(() => checkGateDecision({ decision: 'scale', rationale: '   ' }, 'extend'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'rationale',
      message: 'The recommendation is Extend: say why you chose Scale (at least 10 characters).',
    });
    expect(checkGateDecision({ decision: 'scale', rationale: ' Board wants it live before Q2. ' }, 'extend')).toBe('Board wants it live before Q2.');
  });
});

describe('after the gate', () => {
  it('closes the pilot for scale, adjust and stop, keeping its end date', () => {
    for (const decision of ['scale', 'adjust', 'stop'] as const) {
      expect(statusAfterGateDecision(decision, { endDate: '2026-03-29' }, undefined)).toEqual({ status: 'decided', endDate: '2026-03-29' });
    }
  });

  it('sends an extended pilot back to running until a later end date', () => {
    expect(statusAfterGateDecision('extend', { endDate: '2026-03-29' }, '2026-04-26')).toEqual({ status: 'running', endDate: '2026-04-26' });
    expect(fieldErrorOf(() => statusAfterGateDecision('extend', { endDate: '2026-03-29' }, undefined)).field).toBe('extendedEndDate');
    expect(fieldErrorOf(() => statusAfterGateDecision('extend', { endDate: '2026-03-29' }, '2026-03-29')).message).toContain('after the current one (Mar 29, 2026)');
  });
});

describe('what can change once a pilot runs', () => {
  const pilot = { unitIds: ['a', 'b'], comparisonUnitIds: ['c'], startDate: '2026-03-02' };

  it('lets a planned pilot change anything', () => {
    expect(() => checkPilotEdit({ ...pilot, status: 'planned' }, { unitIds: ['z'], comparisonUnitIds: [], startDate: '2026-04-06' })).not.toThrow();
    expect(() => checkMetricsEditable({ status: 'planned' })).not.toThrow();
  });

  it('fixes units, comparison units and start date of a running pilot, in any order of ids', () => {
    const running = { ...pilot, status: 'running' as const };
    expect(() => checkPilotEdit(running, { ...pilot, unitIds: ['b', 'a'] })).not.toThrow();
    expect(fieldErrorOf(() => checkPilotEdit(running, { ...pilot, unitIds: ['a'] })).field).toBe('unitIds');
    expect(fieldErrorOf(() => checkPilotEdit(running, { ...pilot, comparisonUnitIds: [] })).field).toBe('comparisonUnitIds');
    expect(fieldErrorOf(() => checkPilotEdit(running, { ...pilot, startDate: '2026-03-09' })).field).toBe('startDate');
    expect(fieldErrorOf(() => checkPilotEdit({ ...pilot, status: 'decided' }, pilot)).field).toBe('status');
  });

  it('fixes success metrics from the start and takes check-ins only while running or in review', () => {
    expect(fieldErrorOf(() => checkMetricsEditable({ status: 'running' })).message).toContain('fixed once it starts');
    expect(() => checkCheckInOpen({ status: 'running' })).not.toThrow();
    expect(() => checkCheckInOpen({ status: 'in_review' })).not.toThrow();
    expect(fieldErrorOf(() => checkCheckInOpen({ status: 'planned' })).field).toBe('pilotId');
    expect(fieldErrorOf(() => checkCheckInOpen({ status: 'decided' })).field).toBe('pilotId');
  });
});

describe('lessons learned', () => {
  const activityId = '8a6c7a51-3f0a-4a55-9a53-3a4a0b0c9d12';
  const lesson = { pilotId: '7f6c7a51-3f0a-4a55-9a53-3a4a0b0c9d11', activityId: activityId.toUpperCase(), kind: 'worked', text: 'Fix the inbound forms first.' };

  it('tags a lesson with a catalog activity by its canonical id', () => {
    expect(lessonSchema.parse(lesson)).toMatchObject({ activityId, kind: 'worked' });
  });

  it('refuses a lesson tagged with free text instead of an activity', () => {
    expect(lessonSchema.safeParse({ ...lesson, activityId: 'Lead routing' }).error?.issues[0]?.message).toBe('Pick the activity the lesson is about.');
  });

  it('refuses a lesson of a few characters or an unknown kind', () => {
    expect(lessonSchema.safeParse({ ...lesson, text: 'ok' }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, kind: 'maybe' }).success).toBe(false);
  });
});

describe('checkPilotEvaluable', () => {
  it('names each stored date outside 2000-01-01 … 2100-12-31 as a field error', () => {
    expect(() => checkPilotEvaluable({ startDate: '2026-01-05', endDate: '2026-02-02' })).not.toThrow();
    try {
      checkPilotEvaluable({ startDate: '9999-12-31', endDate: '10000-01-28' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fieldErrors).toEqual([
        { field: 'startDate', message: 'The start date 9999-12-31 is not a day from 2000-01-01 to 2100-12-31: edit the pilot’s dates.' },
        { field: 'endDate', message: 'The end date 10000-01-28 is not a day from 2000-01-01 to 2100-12-31: edit the pilot’s dates.' },
      ]);
    }
  });
});

describe('checkMetricDistinct', () => {
  const leadTime = { id: 'm1', catalogKey: 'lead_response_time', name: 'Lead response time' };
  const custom = { id: 'm2', catalogKey: null, name: 'Handoff rework' };
  const fieldOf = (run: () => void) => {
    try {
      run();
    } catch (error) {
      return (error as DomainError).fieldErrors.map((e) => e.field);
    }
    return [];
  };

  it('refuses a catalog metric a pilot measures already, even under another name', () => {
    expect(fieldOf(() => checkMetricDistinct({ catalogKey: 'lead_response_time', name: 'Lead response time (inbound)' }, [leadTime, custom]))).toEqual(['catalogKey']);
  });

  it('refuses a second metric with the same name, ignoring case and spaces', () => {
    expect(fieldOf(() => checkMetricDistinct({ catalogKey: null, name: ' handoff REWORK ' }, [leadTime, custom]))).toEqual(['name']);
  });

  it('lets a metric keep its own key and name when edited, and allows distinct ones', () => {
    expect(fieldOf(() => checkMetricDistinct({ ...leadTime, name: 'Lead response time' }, [leadTime, custom]))).toEqual([]);
    expect(fieldOf(() => checkMetricDistinct({ catalogKey: 'win_rate', name: 'Win rate' }, [leadTime, custom]))).toEqual([]);
  });
});
