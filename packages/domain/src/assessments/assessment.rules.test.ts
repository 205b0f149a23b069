import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../testing/index.js';
import { assessmentCompleteness, assessmentFindings, checkAssessmentGate } from './assessment.rules.js';
import type { AssessmentCell, WorkPerformer } from './assessment.types.js';

const activities = [
  { id: 'routing', name: 'Lead routing', capabilityId: 'process' },
  { id: 'dash', name: 'Dashboards', capabilityId: 'data' },
  { id: 'train', name: 'Training', capabilityId: 'execution' },
];
// EMEA is a region with DACH below it; NA is a sibling region.
const units = [
  { id: 'emea', name: 'EMEA', parentId: null },
  { id: 'dach', name: 'DACH', parentId: 'emea' },
  { id: 'na', name: 'North America', parentId: null },
];

let next = 0;
function cell(activityId: string, unitId: string | null, performer: WorkPerformer, decides = false): AssessmentCell {
  next += 1;
  return { id: `c${next}`, activityId, unitId, performer, maturity: 3, decides, note: '' };
}

describe('assessment completeness', () => {
  it('counts filled cells per column, central team first, and overall, rounding down', () => {
    const cells = [
      cell('routing', null, 'central'),
      cell('dash', null, 'central'),
      cell('routing', 'emea', 'local'),
      cell('routing', 'na', 'nobody'),
      cell('dash', 'na', 'local'),
      cell('train', 'na', 'local'),
      cell('removed-activity', 'na', 'local'), // not in the catalog any more: ignored
    ];
    const { columns, overall } = assessmentCompleteness(activities, ['emea', 'dach', 'na'], cells);
    // central 2/3 = 66.7 → 66; EMEA 1/3 → 33; DACH 0/3 → 0; NA 3/3 → 100
    expect(columns).toEqual([
      { unitId: null, filled: 2, total: 3, percent: 66 },
      { unitId: 'emea', filled: 1, total: 3, percent: 33 },
      { unitId: 'dach', filled: 0, total: 3, percent: 0 },
      { unitId: 'na', filled: 3, total: 3, percent: 100 },
    ]);
    // 6 filled of 3 activities × 4 columns = 12 → 50%
    expect(overall).toEqual({ unitId: null, filled: 6, total: 12, percent: 50 });
  });

  it('is 0% for a grid without activities', () => {
    expect(assessmentCompleteness([], ['emea'], []).overall).toEqual({ unitId: null, filled: 0, total: 0, percent: 0 });
  });
});

describe('assessment findings', () => {
  it('finds duplication when the central team and a unit both do the work, naming every cell involved', () => {
    const central = cell('dash', null, 'central');
    const emea = cell('dash', 'emea', 'local');
    const na = cell('dash', 'na', 'central');
    const findings = assessmentFindings(activities, units, [central, emea, na]);
    expect(findings).toEqual([
      {
        kind: 'duplication',
        severity: 'high',
        activityId: 'dash',
        summary: 'Dashboards: the central team and EMEA both do this work.',
        cells: [
          { activityId: 'dash', unitId: null },
          { activityId: 'dash', unitId: 'na' },
          { activityId: 'dash', unitId: 'emea' },
        ],
      },
    ]);
  });

  it('finds duplication within one unit that answers "both"', () => {
    const findings = assessmentFindings(activities, units, [cell('train', 'na', 'both')]);
    expect(findings.map((f) => [f.kind, f.severity, f.cells])).toEqual([['duplication', 'high', [{ activityId: 'train', unitId: 'na' }]]]);
  });

  it('finds medium duplication when several units each do the work and the central team does not', () => {
    const findings = assessmentFindings(activities, units, [cell('train', null, 'nobody'), cell('train', 'emea', 'local'), cell('train', 'na', 'local')]);
    expect(findings).toEqual([
      {
        kind: 'duplication',
        severity: 'medium',
        activityId: 'train',
        summary: 'Training: EMEA and North America each do this work separately.',
        cells: [
          { activityId: 'train', unitId: 'emea' },
          { activityId: 'train', unitId: 'na' },
        ],
      },
    ]);
  });

  it('finds a full gap when every filled cell says nobody, and a partial one naming the units left out', () => {
    const full = assessmentFindings(activities, units, [cell('routing', null, 'nobody'), cell('routing', 'emea', 'nobody')]);
    expect(full).toEqual([
      {
        kind: 'gap',
        severity: 'high',
        activityId: 'routing',
        summary: 'Lead routing: nobody does this work.',
        cells: [
          { activityId: 'routing', unitId: null },
          { activityId: 'routing', unitId: 'emea' },
        ],
      },
    ]);
    const partial = assessmentFindings(activities, units, [cell('routing', null, 'central'), cell('routing', 'emea', 'central'), cell('routing', 'na', 'nobody')]);
    expect(partial).toEqual([
      {
        kind: 'gap',
        severity: 'medium',
        activityId: 'routing',
        summary: 'Lead routing: nobody does this work for North America.',
        cells: [{ activityId: 'routing', unitId: 'na' }],
      },
    ]);
  });

  it('finds a conflict when the central team and a unit both claim the decision, and when a region and a unit below it do', () => {
    const centralAndUnit = assessmentFindings(activities, units, [cell('routing', null, 'central', true), cell('routing', 'na', 'central', true)]);
    expect(centralAndUnit.map((f) => [f.kind, f.severity, f.summary])).toEqual([
      ['conflict', 'high', 'Lead routing: Central team and North America each claim the decision for the same scope.'],
    ]);
    const regionAndCountry = assessmentFindings(activities, units, [cell('routing', 'emea', 'local', true), cell('routing', 'dach', 'local', true), cell('routing', 'na', 'local', true)]);
    const conflict = regionAndCountry.find((f) => f.kind === 'conflict');
    // North America decides only for itself: its scope overlaps neither EMEA's nor DACH's.
    expect(conflict?.cells).toEqual([
      { activityId: 'routing', unitId: 'emea' },
      { activityId: 'routing', unitId: 'dach' },
    ]);
  });

  it('sees no conflict between sibling units each deciding for themselves', () => {
    const findings = assessmentFindings(activities, units, [cell('routing', 'emea', 'local', true), cell('routing', 'na', 'local', true)]);
    expect(findings.map((f) => f.kind)).toEqual(['duplication']);
  });

  it('puts high findings before medium ones, in catalog order within a severity, and finds nothing in a clean grid', () => {
    const findings = assessmentFindings(activities, units, [
      cell('routing', 'emea', 'local'),
      cell('routing', 'na', 'local'), // routing: medium duplication
      cell('dash', 'emea', 'nobody'), // dash: high gap
      cell('train', null, 'central'),
      cell('train', 'na', 'local'), // train: high duplication
    ]);
    expect(findings.map((f) => [f.activityId, f.kind, f.severity])).toEqual([
      ['dash', 'gap', 'high'],
      ['train', 'duplication', 'high'],
      ['routing', 'duplication', 'medium'],
    ]);
    expect(assessmentFindings(activities, units, [cell('dash', null, 'central'), cell('dash', 'na', 'central')])).toEqual([]);
  });

  it('names cells in column order whatever order they were filled in', () => {
    const [finding] = assessmentFindings(activities, units, [cell('routing', 'na', 'local', true), cell('routing', null, 'central', true)]).filter((f) => f.kind === 'conflict');
    expect(finding?.summary).toBe('Lead routing: Central team and North America each claim the decision for the same scope.');
  });

  it('ignores cells of units no longer in the program', () => {
    expect(assessmentFindings(activities, units, [cell('dash', 'gone', 'local'), cell('dash', 'na', 'local')])).toEqual([]);
  });
});

describe('assessment gate', () => {
  const toAlign = { from: 'assess', to: 'align' };

  it('lets a program on at or above its threshold and ignores other moves', () => {
    expect(checkAssessmentGate(toAlign, 80, 80, { allowed: false })).toBeNull();
    expect(checkAssessmentGate({ from: 'align', to: 'design' }, 0, 80, { allowed: false })).toBeNull();
  });

  it('stops a program below its threshold with the figures', () => {
    expect(fieldErrorOf(() => checkAssessmentGate(toAlign, 79, 80, { allowed: true }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'toPhase',
      message: 'The assessment is 79% complete; moving to Align needs 80%.',
    });
  });

  it('lets only an admin override it, with a real reason it trims', () => {
    expect(fieldErrorOf(() => checkAssessmentGate(toAlign, 50, 80, { allowed: false, reason: 'Workshop is booked.' })).code).toBe('FORBIDDEN');
    expect(fieldErrorOf(() => checkAssessmentGate(toAlign, 50, 80, { allowed: true, reason: 'soon' })).field).toBe('overrideReason');
    expect(checkAssessmentGate(toAlign, 50, 80, { allowed: true, reason: '  Workshop is booked.  ' })).toBe('Workshop is booked.');
  });
});
