import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../testing/index.js';
import { checkReportingLine, reviewHeadcount, savePlannedRoleSchema, type HeadcountInput, type PlannedRole } from './headcount.js';

function role(id: string, unitId: string | null, title: string, count: number, annualCostPerHead: number, reportsToId: string | null = null, isManager = false): PlannedRole {
  return { id, unitId, title, count, annualCostPerHead, reportsToId, isManager };
}

describe('reviewHeadcount', () => {
  const input: HeadcountInput = {
    units: [
      { id: 'emea', name: 'EMEA' },
      { id: 'apac', name: 'APAC' },
      { id: 'na', name: 'North America' },
      { id: 'latam', name: 'LATAM' },
      { id: 'anz', name: 'ANZ' }, // neither roles nor a snapshot: not listed
    ],
    roles: [
      role('head', null, 'Head of RevOps', 1, 250_000, null, true),
      role('sys', null, 'Systems manager', 1, 180_000, 'head', true),
      role('admin', null, 'CRM administrator', 6, 120_000, 'sys'),
      role('hub-analyst', null, 'RevOps analyst', 2, 110_000, 'head'),
      role('emea-analyst', 'emea', 'RevOps analyst', 2, 100_000, 'head'),
      role('apac-lead', 'apac', 'RevOps lead', 2, 140_000, 'head', true),
      role('apac-analyst', 'apac', 'RevOps analyst', 3, 90_000, 'apac-lead'),
      role('na-partner', 'na', 'RevOps partner', 3, 100_000, 'head'),
      role('latam-partner', 'latam', 'RevOps partner', 1, 80_000),
      role('gone-partner', 'gone', 'RevOps partner', 5, 100_000, 'head'), // a unit no longer in the program: left out everywhere
    ],
    staffing: [
      { unitId: 'emea', sellers: 48, complexity: 'standard' },
      { unitId: 'apac', sellers: 40, complexity: 'complex' },
      { unitId: 'na', sellers: 30, complexity: 'standard' },
    ],
    profile: { arrUsd: 150_000_000 },
  };
  const review = reviewHeadcount(input);

  it('sums heads and yearly cost per team, the hub first', () => {
    // Hub: 1 + 1 + 6 + 2 = 10 people; 250,000 + 180,000 + 6 × 120,000 + 2 × 110,000 = 1,370,000.
    // APAC: 2 × 140,000 + 3 × 90,000 = 550,000.
    expect(review.teams.map(({ name, heads, annualCost }) => [name, heads, annualCost])).toEqual([
      ['Hub', 10, 1_370_000],
      ['EMEA', 2, 200_000],
      ['APAC', 5, 550_000],
      ['North America', 3, 300_000],
      ['LATAM', 1, 80_000],
    ]);
    expect(review.overall).toMatchObject({ heads: 21, annualCost: 2_500_000 });
  });

  it('compares each spoke with its sellers in whole people, and each manager with 3–4 people, in sentences', () => {
    expect(review.teams.map((team) => team.checks)).toEqual([
      [
        // Head of RevOps: 1 (systems manager) + 2 + 2 (EMEA) + 2 (APAC leads) + 3 (NA) = 10 people; ceil(10 / 4) = 3 managers → 2 more.
        { kind: 'manager_span', verdict: 'above', sentence: 'Hub: 10 people report to Head of RevOps (1 : 10), above the 1 : 3–4 guidance; consider 2 more managers.' },
        { kind: 'manager_span', verdict: 'above', sentence: 'Hub: 6 people report to Systems manager (1 : 6), above the 1 : 3–4 guidance; consider 1 more manager.' },
      ],
      // 48 sellers at 1 : 10–15 → ceil(48/15) = 4 to ceil(48/10) = 5 people; 2 planned → 2 more.
      [{ kind: 'sellers_ratio', verdict: 'above', sentence: 'EMEA: 2 RevOps people for 48 sellers (1 : 24), above the 1 : 10–15 guidance; consider 2 more.' }],
      [
        // Complex: 1 : 8–10 → ceil(40/10) = 4 to ceil(40/8) = 5; 5 planned.
        { kind: 'sellers_ratio', verdict: 'within', sentence: 'APAC: 5 RevOps people for 40 sellers (1 : 8), within the 1 : 8–10 guidance for a complex go-to-market (4–5 people).' },
        // 3 people for 2 leads = 1.5 each; floor(3 / 3) = 1 lead would do → 1 fewer.
        { kind: 'manager_span', verdict: 'below', sentence: 'APAC: 3 people report to RevOps lead (2 managers, 1 : 1.5), below the 1 : 3–4 guidance; consider 1 fewer manager.' },
      ],
      // 30 / 3 = exactly 10, the edge of the range: within (ceil(30/15) = 2 to ceil(30/10) = 3).
      [{ kind: 'sellers_ratio', verdict: 'within', sentence: 'North America: 3 RevOps people for 30 sellers (1 : 10), within the 1 : 10–15 guidance (2–3 people).' }],
      [{ kind: 'sellers_ratio', verdict: 'missing', sentence: 'LATAM: no staffing snapshot in the assessment, so sellers per RevOps person cannot be compared with the guidance.' }],
    ]);
  });

  it('compares the whole plan with the units’ sellers, the team size for the ARR and 1–3% of revenue', () => {
    expect(review.overall.checks).toEqual([
      // 48 + 40 + 30 = 118 sellers; guidance 4 + 4 + 2 = 10 to 5 + 5 + 3 = 13 people; 21 planned → 8 fewer; 118 / 21 = 5.6.
      {
        kind: 'sellers_ratio',
        verdict: 'below',
        sentence: "In total: 21 RevOps people for 118 sellers (1 : 5.6), more than the 10–13 people the units' guidance adds up to; consider 8 fewer. LATAM has no staffing snapshot, so its sellers are not counted.",
      },
      // $150M ARR → 8–15 people; 21 → 6 fewer.
      { kind: 'team_size', verdict: 'above', sentence: 'In total: 21 RevOps people, above the 8–15 guidance for $150,000,000 ARR; consider 6 fewer.' },
      // 2,500,000 / 150,000,000 = 1.67%; 1% = 1,500,000, 3% = 4,500,000.
      { kind: 'budget', verdict: 'within', sentence: 'Total cost: $2,500,000 a year, 1.7% of $150,000,000 ARR, within the 1–3% of revenue guidance ($1,500,000–$4,500,000 a year).' },
    ]);
  });

  it('says what is missing: no ARR, no snapshot, no sellers, no reporting lines', () => {
    const sparse = reviewHeadcount({
      units: [
        { id: 'emea', name: 'EMEA' },
        { id: 'apac', name: 'APAC' },
      ],
      roles: [role('head', null, 'Head of RevOps', 1, 200_000, null, true)],
      staffing: [
        { unitId: 'emea', sellers: 20, complexity: 'standard' },
        { unitId: 'apac', sellers: 0, complexity: 'standard' },
      ],
      profile: { arrUsd: 0 },
    });
    expect(sparse.teams.flatMap((team) => team.checks.map((check) => [check.verdict, check.sentence]))).toEqual([
      ['missing', 'Hub: nobody reports to Head of RevOps yet; set the reporting lines to compare with a manager per 3–4 people.'],
      // No one planned in EMEA: no ratio to print; ceil(20/15) = 2 people at least.
      ['above', 'EMEA: no RevOps people for 20 sellers, above the 1 : 10–15 guidance; consider 2 more.'],
      ['missing', "APAC: no sellers recorded in the assessment's staffing snapshot, so the sellers-per-RevOps guidance does not apply."],
    ]);
    expect(sparse.overall.checks.map((check) => [check.verdict, check.sentence])).toEqual([
      // One person for 20 sellers: the ratio is above the guidance, which the sentence says in people.
      ['above', "In total: 1 RevOps person for 20 sellers (1 : 20), fewer than the 2 people the units' guidance adds up to; consider 1 more."],
      ['missing', 'In total: 1 RevOps person; no ARR in the company profile (Align tab), so the team size cannot be compared with the guidance by ARR.'],
      ['missing', 'Total cost: $200,000 a year; no ARR in the company profile (Align tab), so it cannot be compared with the 1–3% of revenue guidance.'],
    ]);
    expect(reviewHeadcount({ units: [], roles: [], staffing: [], profile: null }).overall.checks[0]?.sentence).toBe(
      'In total: no unit has sellers in a staffing snapshot of the assessment, so sellers per RevOps person cannot be compared with the guidance.',
    );
  });

  it('includes both edges of the budget and the team size, and says one step past them', () => {
    const plan = (people: number, costEach: number) =>
      reviewHeadcount({ units: [], roles: [role('r', null, 'RevOps generalist', people, costEach)], staffing: [], profile: { arrUsd: 50_000_000 } }).overall.checks.slice(1);
    // $50M ARR: 3–8 people; 1% = $500,000, 3% = $1,500,000.
    expect(plan(8, 187_500).map((check) => check.verdict)).toEqual(['within', 'within']); // 8 × 187,500 = 1,500,000 = exactly 3%
    expect(plan(4, 125_000).map((check) => check.verdict)).toEqual(['within', 'within']); // 4 × 125,000 = 500,000 = exactly 1%
    expect(plan(9, 180_000).map((check) => check.sentence)).toEqual([
      'In total: 9 RevOps people, above the 3–8 guidance for $50,000,000 ARR; consider 1 fewer.',
      // 9 × 180,000 = 1,620,000 = 3.24%
      'Total cost: $1,620,000 a year, 3.2% of $50,000,000 ARR, above the 1–3% of revenue guidance ($500,000–$1,500,000 a year).',
    ]);
    expect(plan(2, 100_000).map((check) => check.sentence)).toEqual([
      'In total: 2 RevOps people, below the 3–8 guidance for $50,000,000 ARR; consider 1 more.',
      'Total cost: $200,000 a year, 0.4% of $50,000,000 ARR, below the 1–3% of revenue guidance ($500,000–$1,500,000 a year).',
    ]);
  });

  it('keeps a manager with 3 or 4 people within, and suggests more people for one with 2', () => {
    const spans = (reports: number) =>
      reviewHeadcount({ units: [], roles: [role('m', null, 'Team lead', 1, 1, null, true), role('c', null, 'Analyst', reports, 1, 'm')], staffing: [], profile: null }).teams[0]?.checks;
    expect(spans(3)?.map((check) => check.verdict)).toEqual(['within']);
    expect(spans(4)?.map((check) => check.sentence)).toEqual(['Hub: 4 people report to Team lead (1 : 4), within the 1 : 3–4 guidance.']);
    expect(spans(2)?.map((check) => check.sentence)).toEqual(['Hub: 2 people report to Team lead (1 : 2), below the 1 : 3–4 guidance; consider giving this manager more people.']);
  });
});

describe('checkReportingLine', () => {
  const roles = [role('head', null, 'Head of RevOps', 1, 1), role('lead', 'emea', 'RevOps lead', 1, 1, 'head'), role('analyst', 'emea', 'RevOps analyst', 2, 1, 'lead')];
  it('accepts no line or a line up the tree, and refuses itself, an unknown role and a loop', () => {
    expect(() => checkReportingLine('analyst', null, roles)).not.toThrow();
    expect(() => checkReportingLine(null, 'analyst', roles)).not.toThrow();
    expect(fieldErrorOf(() => checkReportingLine('lead', 'lead', roles))).toEqual({ code: 'BAD_USER_INPUT', field: 'reportsToId', message: 'A role cannot report to itself.' });
    expect(fieldErrorOf(() => checkReportingLine('lead', 'nobody', roles)).message).toBe('Pick a role of this plan to report to.');
    // The head reporting to the analyst: analyst → lead → head closes the loop.
    expect(fieldErrorOf(() => checkReportingLine('head', 'analyst', roles)).message).toBe('RevOps analyst already reports to this role, directly or through others: pick another line.');
  });
});

describe('savePlannedRoleSchema', () => {
  const base = { programId: '6c1f4f7e-1b1a-4c55-9f5e-3f2d8a9b7c10', title: 'RevOps analyst', count: 2, annualCostPerHead: 95_000 };
  it('places a role without a unit in the hub, and asks for whole people and whole dollars', () => {
    expect(savePlannedRoleSchema.parse(base)).toEqual({ ...base, unitId: null, reportsToId: null, isManager: false });
    const messages = (input: object) => savePlannedRoleSchema.safeParse({ ...base, ...input }).error?.issues.map((issue) => issue.message);
    expect(messages({ count: -1 })).toEqual(['The number of people cannot be negative.']);
    expect(messages({ count: 1.5, annualCostPerHead: 95_000.5 })).toEqual(['Enter whole people.', 'Enter whole dollars.']);
  });
});
