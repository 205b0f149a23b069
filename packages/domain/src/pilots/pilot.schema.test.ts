import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DomainError } from '../common/errors.js';
import { parseInput } from '../common/parse-input.js';
import {
  checkInSchema,
  createPilotSchema,
  createSuccessMetricSchema,
  defaultPilotEndDate,
  MAX_PILOT_ACTIVITIES,
  gateDecisionSchema,
  measurementSchema,
  updatePilotSchema,
  updateSuccessMetricSchema,
} from './pilot.schema.js';
import { isoWeekStart, shiftDays } from './pilot-dates.js';
import { plannedWeeks } from './pilot-weeks.js';

const ids = {
  program: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  pilot: '2c9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  emea: '3d9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  dach: '4e9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  apac: '5f9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  metric: '6a9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  user: '7b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  activity: '8c9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
};

function fieldsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof DomainError) return Object.fromEntries(error.fieldErrors.map((e) => [e.field, e.message]));
    throw error;
  }
  return {};
}

describe('pilot input', () => {
  const valid = {
    programId: ids.program,
    name: '  DACH lead routing  ',
    hypothesis: 'Central lead routing cuts response time below 8 hours.',
    unitIds: [ids.dach],
    startDate: '2026-01-05',
  };

  it('defaults the end to four whole ISO weeks (a Monday start + 27 days) and the lists to empty', () => {
    expect(parseInput(createPilotSchema, valid)).toEqual({
      ...valid,
      name: 'DACH lead routing',
      endDate: '2026-02-01',
      comparisonUnitIds: [],
      steeringMemberIds: [],
      activityIds: [],
    });
    expect(parseInput(createPilotSchema, { ...valid, endDate: null }).endDate).toBe('2026-02-01');
  });

  it('ends the default pilot on the Sunday closing its fourth ISO week, never in a fifth week', () => {
    // 2028 is a leap year: Monday 7 Feb + 27 days = Sunday 5 Mar.
    expect(defaultPilotEndDate('2028-02-07')).toBe('2028-03-05');
    // A Thursday start: its week is the first of the four.
    expect(defaultPilotEndDate('2028-02-10')).toBe('2028-03-05');
    expect(defaultPilotEndDate('2026-11-22')).toBe('2026-12-13');
    for (const start of ['2026-01-05', '2026-01-07', '2026-01-11']) {
      const end = defaultPilotEndDate(start);
      expect(isoWeekStart(end)).toBe(shiftDays(isoWeekStart(start), 21));
      expect(plannedWeeks({ startDate: start, endDate: end })).toHaveLength(4);
      expect(shiftDays(end, 1)).toBe(shiftDays(isoWeekStart(start), 28));
    }
  });

  it('keeps an end date that is given', () => {
    expect(parseInput(createPilotSchema, { ...valid, endDate: '2026-03-01' }).endDate).toBe('2026-03-01');
  });

  it('needs the end after the start', () => {
    expect(fieldsOf(createPilotSchema, { ...valid, endDate: '2026-01-05' })).toEqual({ endDate: 'The end date must be after the start date.' });
    expect(fieldsOf(createPilotSchema, { ...valid, endDate: '2025-12-31' })).toEqual({ endDate: 'The end date must be after the start date.' });
  });

  it('needs at least one pilot unit, each once', () => {
    expect(fieldsOf(createPilotSchema, { ...valid, unitIds: [] })).toEqual({ unitIds: 'Pick at least one pilot unit.' });
    expect(fieldsOf(createPilotSchema, { ...valid, unitIds: [ids.dach, ids.dach] })).toEqual({ unitIds: 'Each one can be picked only once.' });
    expect(Object.keys(fieldsOf(createPilotSchema, { ...valid, unitIds: undefined }))).toEqual(['unitIds']);
  });

  it('keeps comparison units apart from pilot units', () => {
    expect(fieldsOf(createPilotSchema, { ...valid, comparisonUnitIds: [ids.apac, ids.dach] })).toEqual({
      comparisonUnitIds: 'A comparison unit cannot also be a pilot unit.',
    });
    expect(parseInput(createPilotSchema, { ...valid, comparisonUnitIds: [ids.apac] }).comparisonUnitIds).toEqual([ids.apac]);
  });

  it('reports a bad start date as a field error instead of failing on the default end', () => {
    expect(fieldsOf(createPilotSchema, { ...valid, startDate: '2026-02-30' })).toEqual({ startDate: 'This date does not exist.' });
  });

  it('keeps every date from 2000-01-01 to 2100-12-31, the default end included', () => {
    expect(fieldsOf(createPilotSchema, { ...valid, startDate: '9999-12-31' })).toEqual({ startDate: 'Pick a date from 2000-01-01 to 2100-12-31.' });
    expect(fieldsOf(createPilotSchema, { ...valid, startDate: '1999-12-31' })).toEqual({ startDate: 'Pick a date from 2000-01-01 to 2100-12-31.' });
    expect(fieldsOf(createPilotSchema, { ...valid, endDate: '2101-01-01' })).toEqual({ endDate: 'Pick a date from 2000-01-01 to 2100-12-31.' });
    expect(fieldsOf(createPilotSchema, { ...valid, startDate: '2100-12-20' })).toEqual({
      endDate: 'The default end (four whole weeks) is after the last possible day. Pick a date from 2000-01-01 to 2100-12-31.',
    });
    expect(parseInput(createPilotSchema, { ...valid, startDate: '2100-12-01', endDate: '2100-12-31' }).endDate).toBe('2100-12-31');
  });

  it('tags a pilot with catalog activities by id, each once, at most twenty', () => {
    expect(fieldsOf(createPilotSchema, { ...valid, activityIds: ['Lead routing'] })).toEqual({ 'activityIds.0': 'Pick an activity from the program’s catalog.' });
    expect(fieldsOf(createPilotSchema, { ...valid, activityIds: [ids.activity, ids.activity] })).toEqual({ activityIds: 'Each one can be picked only once.' });
    const many = Array.from({ length: MAX_PILOT_ACTIVITIES + 1 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    expect(fieldsOf(createPilotSchema, { ...valid, activityIds: many })).toEqual({ activityIds: `Pick at most ${MAX_PILOT_ACTIVITIES}.` });
  });

  it('applies the same rules to updates, which carry id and version', () => {
    const { programId: _programId, ...fields } = valid;
    const update = { ...fields, id: ids.pilot, expectedVersion: 3, steeringMemberIds: [ids.user], activityIds: [ids.activity.toUpperCase()] };
    expect(parseInput(updatePilotSchema, update)).toMatchObject({ endDate: '2026-02-01', activityIds: [ids.activity], expectedVersion: 3 });
    expect(fieldsOf(updatePilotSchema, { ...update, comparisonUnitIds: [ids.dach] })).toEqual({
      comparisonUnitIds: 'A comparison unit cannot also be a pilot unit.',
    });
    expect(Object.keys(fieldsOf(updatePilotSchema, { ...update, expectedVersion: undefined }))).toEqual(['expectedVersion']);
  });
});

describe('success metric input', () => {
  const fromCatalog = { pilotId: ids.pilot, catalogKey: 'lead_response_time', baseline: 18, target: 8 };

  it('fills name, unit and direction from the catalog and defaults to a primary metric', () => {
    expect(parseInput(createSuccessMetricSchema, fromCatalog)).toEqual({
      pilotId: ids.pilot,
      catalogKey: 'lead_response_time',
      name: 'Lead response time',
      unit: 'hours',
      direction: 'lower_is_better',
      kind: 'primary',
      baseline: 18,
      target: 8,
      tolerance: null,
      weight: null,
    });
  });

  it('lets a catalog metric be renamed but not change its unit or direction', () => {
    expect(parseInput(createSuccessMetricSchema, { ...fromCatalog, name: 'Inbound lead response' }).name).toBe('Inbound lead response');
    expect(fieldsOf(createSuccessMetricSchema, { ...fromCatalog, unit: 'days', direction: 'higher_is_better' })).toEqual({
      unit: 'Lead response time is measured in hours.',
      direction: 'Lead response time is lower-is-better.',
    });
    expect(fieldsOf(createSuccessMetricSchema, { ...fromCatalog, catalogKey: 'happiness' })).toEqual({
      catalogKey: 'Pick a metric from the catalog, or leave it empty for a custom metric.',
    });
  });

  it('needs name, unit and direction for a custom metric; the baseline may wait for measurements', () => {
    expect(fieldsOf(createSuccessMetricSchema, { pilotId: ids.pilot, target: 5 })).toEqual({
      name: 'Name is required for a custom metric.',
      unit: 'Pick a unit.',
      direction: 'Pick whether higher or lower is better.',
    });
    const custom = { pilotId: ids.pilot, name: 'Meetings booked', unit: 'count', direction: 'higher_is_better', target: 40 };
    expect(parseInput(createSuccessMetricSchema, custom)).toMatchObject({ catalogKey: null, baseline: null, target: 40 });
  });

  it('needs a primary target different from, and better than, the baseline', () => {
    expect(fieldsOf(createSuccessMetricSchema, { ...fromCatalog, target: 18 })).toEqual({ target: 'The target must differ from the baseline.' });
    expect(fieldsOf(createSuccessMetricSchema, { ...fromCatalog, target: 20 })).toEqual({
      target: 'Lower is better for this metric: set a target below the baseline.',
    });
    expect(fieldsOf(createSuccessMetricSchema, { pilotId: ids.pilot, catalogKey: 'win_rate', baseline: 20, target: 15 })).toEqual({
      target: 'Higher is better for this metric: set a target above the baseline.',
    });
  });

  it('needs a tolerance of 0 or more for a guardrail, which may hold its baseline', () => {
    const guardrail = { pilotId: ids.pilot, catalogKey: 'crm_data_completeness', kind: 'guardrail', baseline: 90, target: 90 };
    expect(fieldsOf(createSuccessMetricSchema, guardrail)).toEqual({
      tolerance: 'A guardrail needs a tolerance: how much worse than the baseline is still acceptable (0 or more).',
    });
    expect(fieldsOf(createSuccessMetricSchema, { ...guardrail, tolerance: -1 })).toEqual({ tolerance: 'The tolerance cannot be negative.' });
    expect(parseInput(createSuccessMetricSchema, { ...guardrail, tolerance: 0 })).toMatchObject({ kind: 'guardrail', tolerance: 0, target: 90 });
  });

  it('needs a target for a primary metric but not for a guardrail', () => {
    const { target: _target, ...withoutTarget } = fromCatalog;
    expect(fieldsOf(createSuccessMetricSchema, withoutTarget)).toEqual({ target: 'Enter a target: a primary metric is judged on reaching it.' });
    expect(fieldsOf(createSuccessMetricSchema, { ...fromCatalog, target: null })).toEqual({ target: 'Enter a target: a primary metric is judged on reaching it.' });
    const guardrail = { pilotId: ids.pilot, catalogKey: 'crm_data_completeness', kind: 'guardrail', baseline: 90, tolerance: 2 };
    expect(parseInput(createSuccessMetricSchema, guardrail)).toMatchObject({ kind: 'guardrail', target: null, tolerance: 2 });
  });

  it('drops a tolerance given to a primary metric and keeps the weight within 0–100', () => {
    expect(parseInput(createSuccessMetricSchema, { ...fromCatalog, tolerance: 2, weight: 100 })).toMatchObject({ tolerance: null, weight: 100 });
    expect(parseInput(createSuccessMetricSchema, { ...fromCatalog, weight: 0 }).weight).toBe(0);
    expect(fieldsOf(createSuccessMetricSchema, { ...fromCatalog, weight: 101 })).toEqual({ weight: 'The weight is between 0 and 100.' });
    expect(fieldsOf(createSuccessMetricSchema, { ...fromCatalog, weight: -5 })).toEqual({ weight: 'The weight is between 0 and 100.' });
  });

  it('bounds baseline, target and tolerance by the metric’s unit and says the limit', () => {
    const winRate = { pilotId: ids.pilot, catalogKey: 'win_rate', baseline: 20, target: 30 };
    expect(fieldsOf(createSuccessMetricSchema, { ...winRate, target: 130 })).toEqual({ target: 'Enter a value from 0 to 100 %.' });
    expect(fieldsOf(createSuccessMetricSchema, { ...winRate, baseline: -5 })).toEqual({ baseline: 'Enter a value from 0 to 100 %.' });
    // Net revenue retention is a ratio: 125 % is a normal target.
    expect(parseInput(createSuccessMetricSchema, { pilotId: ids.pilot, catalogKey: 'net_revenue_retention', baseline: 104, target: 125 }).target).toBe(125);
    const custom = { pilotId: ids.pilot, name: 'Revenue', unit: 'currency', direction: 'higher_is_better' };
    expect(fieldsOf(createSuccessMetricSchema, { ...custom, baseline: -1.7e308, target: 1.7e308 })).toEqual({
      baseline: 'Enter a value from -1,000,000,000,000 to 1,000,000,000,000.',
      target: 'Enter a value from -1,000,000,000,000 to 1,000,000,000,000.',
    });
    const guardrail = { pilotId: ids.pilot, catalogKey: 'crm_data_completeness', kind: 'guardrail', baseline: 90, target: 90 };
    expect(fieldsOf(createSuccessMetricSchema, { ...guardrail, tolerance: 150 })).toEqual({
      tolerance: 'The tolerance can be at most 100: the whole range of this metric.',
    });
  });

  it('applies the same rules to updates', () => {
    const { pilotId: _pilotId, ...fields } = fromCatalog;
    expect(parseInput(updateSuccessMetricSchema, { ...fields, id: ids.metric, expectedVersion: 1 })).toMatchObject({ id: ids.metric, name: 'Lead response time' });
    expect(fieldsOf(updateSuccessMetricSchema, { ...fields, id: ids.metric, expectedVersion: 1, target: 18 })).toEqual({
      target: 'The target must differ from the baseline.',
    });
  });
});

describe('measurement input', () => {
  const valid = { metricId: ids.metric, unitId: ids.dach, date: '2026-01-12', value: 6.5 };

  it('accepts a finite number on a real date', () => {
    expect(parseInput(measurementSchema, valid)).toEqual(valid);
    expect(parseInput(measurementSchema, { ...valid, value: -3 }).value).toBe(-3);
  });

  it('refuses infinities, NaN, text and impossible dates', () => {
    for (const value of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, '6']) {
      expect(Object.keys(fieldsOf(measurementSchema, { ...valid, value }))).toEqual(['value']);
    }
    expect(fieldsOf(measurementSchema, { ...valid, date: '2026-13-01' })).toEqual({ date: 'This date does not exist.' });
  });

  it('refuses values beyond any unit’s limit and dates outside 2000–2100', () => {
    expect(Object.keys(fieldsOf(measurementSchema, { ...valid, value: 1.7e308 }))).toEqual(['value']);
    expect(Object.keys(fieldsOf(measurementSchema, { ...valid, value: -1.7e308 }))).toEqual(['value']);
    expect(fieldsOf(measurementSchema, { ...valid, date: '1999-12-31' })).toEqual({ date: 'Pick a date from 2000-01-01 to 2100-12-31.' });
    expect(parseInput(measurementSchema, { ...valid, date: '2100-12-31' }).date).toBe('2100-12-31');
  });
});

describe('check-in input', () => {
  const valid = { pilotId: ids.pilot, unitId: ids.dach, weekStart: '2026-01-12', status: 'green', confidence: 4 };

  it('defaults the texts to empty and accepts green without commentary', () => {
    expect(parseInput(checkInSchema, valid)).toEqual({ ...valid, highlights: '', blockers: '', asksForHelp: '', commentary: '' });
  });

  it('needs commentary of at least 10 characters when amber or red', () => {
    expect(fieldsOf(checkInSchema, { ...valid, status: 'amber' })).toEqual({ commentary: 'Say why the status is amber (at least 10 characters).' });
    expect(fieldsOf(checkInSchema, { ...valid, status: 'red', commentary: ' late     ' })).toEqual({
      commentary: 'Say why the status is red (at least 10 characters).',
    });
    expect(parseInput(checkInSchema, { ...valid, status: 'red', commentary: 'Routing rules not live yet.' }).status).toBe('red');
  });

  it('takes a whole-number confidence from 1 to 5', () => {
    for (const confidence of [0, 6, 2.5]) {
      expect(fieldsOf(checkInSchema, { ...valid, confidence })).toEqual({ confidence: 'Pick a confidence from 1 to 5.' });
    }
    expect(parseInput(checkInSchema, { ...valid, confidence: 1 }).confidence).toBe(1);
    expect(parseInput(checkInSchema, { ...valid, confidence: 5 }).confidence).toBe(5);
  });

  it('is dated on the Monday of its week', () => {
    expect(fieldsOf(checkInSchema, { ...valid, weekStart: '2026-01-14' })).toEqual({ weekStart: 'Use the Monday of the week.' });
    expect(fieldsOf(checkInSchema, { ...valid, weekStart: '2026-02-30' })).toEqual({ weekStart: 'This date does not exist.' });
  });
});

describe('gate decision input', () => {
  it('takes one of the four decisions and defaults rationale and lessons to empty', () => {
    const valid = { pilotId: ids.pilot, expectedVersion: 4, decision: 'extend' };
    expect(parseInput(gateDecisionSchema, valid)).toEqual({ ...valid, rationale: '', lessonsLearned: '' });
    expect(fieldsOf(gateDecisionSchema, { ...valid, decision: 'pivot' })).toEqual({ decision: 'Pick scale, extend, adjust or stop.' });
  });
});
