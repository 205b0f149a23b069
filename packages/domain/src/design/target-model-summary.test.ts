import { describe, expect, it } from 'vitest';
import { openDesignRisks, targetModelSheets, type TargetModelSummaryInput } from './target-model-summary.js';

const nothingOpen = {
  flags: [],
  unplacedCount: 0,
  gapsOpen: [],
  raci: { final: true, errors: [], warnings: [] },
  headcountChecks: [{ verdict: 'within' as const, sentence: 'Hub: within.' }],
};

describe('openDesignRisks', () => {
  it('is empty for a placed, final, in-guidance design', () => {
    expect(openDesignRisks(nothingOpen)).toEqual([]);
  });

  it('lists what is open in board order: unplaced, flags, open gaps, RACI errors and unacknowledged warnings, headcount outside the guidance', () => {
    expect(
      openDesignRisks({
        flags: [{ sentence: 'Training is placed in the hub, but proximity to field leans local.' }],
        unplacedCount: 1,
        gapsOpen: [{ sentence: 'Predictive models: nobody does it today, and it has no placement.' }],
        raci: {
          final: false,
          errors: [{ domainName: 'Forecasting', sentence: 'Forecasting has no Accountable.' }],
          warnings: [
            { sentence: 'Tool selection has 4 Consulted roles.', acknowledged: false },
            { sentence: 'Lead routing is decided in the hub.', acknowledged: true },
          ],
        },
        headcountChecks: [
          { verdict: 'within', sentence: 'Hub: within.' },
          { verdict: 'above', sentence: 'Mid-Market: 1 : 24, above the 1 : 10–15 guidance.' },
          { verdict: 'missing', sentence: 'No revenue in the company profile.' },
        ],
      }),
    ).toEqual([
      '1 activity has no placement yet.',
      'Training is placed in the hub, but proximity to field leans local.',
      'Predictive models: nobody does it today, and it has no placement.',
      'Forecasting has no Accountable.',
      'Tool selection has 4 Consulted roles.',
      'Mid-Market: 1 : 24, above the 1 : 10–15 guidance.',
      'No revenue in the company profile.',
    ]);
  });

  it('names a draft RACI only when it has nothing else to fix, and counts unplaced activities', () => {
    expect(openDesignRisks({ ...nothingOpen, unplacedCount: 3, raci: { final: false, errors: [], warnings: [] } })).toEqual([
      '3 activities have no placement yet.',
      'The RACI is still a draft: mark it final.',
    ]);
  });

  it('counts RACI errors past three, naming their domains', () => {
    const errors = ['Forecasting', 'Lead routing', 'CRM schema', 'Quota allocation'].flatMap((domainName) => [
      { domainName, sentence: `${domainName} has no Accountable.` },
      { domainName, sentence: `${domainName} has no Responsible.` },
    ]);
    expect(openDesignRisks({ ...nothingOpen, raci: { final: false, errors, warnings: [] } })).toEqual([
      'The RACI has 8 errors in 4 domains: Forecasting, Lead routing, CRM schema and 1 more.',
    ]);
  });
});

describe('targetModelSheets', () => {
  const input: TargetModelSummaryInput = {
    programName: 'CS ops consolidation',
    modelLabel: 'Hybrid',
    choice: { decidedOn: '2026-11-06', decidedBy: 'Daniel Kim', rationale: 'Central data, local plays.' },
    version: { number: 2, signedOffOn: null, signedOffBy: null },
    placements: [
      { capability: 'Process & planning', activity: 'Lead routing', placement: 'hub', reason: 'One router.', flag: null },
      { capability: 'Enablement', activity: 'Training', placement: null, reason: '', flag: null },
    ],
    raci: { headers: ['Domain', 'Finance'], rows: [['Forecasting', 'A']] },
    roles: [{ team: 'Hub', title: 'Head of RevOps', count: 2, annualCostPerHead: 150_000, reportsTo: null, isManager: true }],
    checks: [{ team: 'Whole plan', kind: 'budget', verdict: 'within', sentence: 'Total cost: $300,000 a year.' }],
    total: { heads: 2, annualCost: 300_000 },
    changes: [{ kind: 'localToCentral', sentence: 'Lead routing moves to the hub.' }],
    risks: ['1 activity has no placement yet.'],
  };

  it('writes one sheet per part, with labels and figures (2 × $150,000 = $300,000 a year)', () => {
    const sheets = targetModelSheets(input);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Placements', 'RACI', 'Headcount', 'Guidance', 'Changes', 'Open risks']);
    const [summary, placements, raci, headcount, guidance, changes, risks] = sheets;
    expect(summary?.rows).toEqual([
      ['Program', 'CS ops consolidation'],
      ['Target model', 'Hybrid'],
      ['Chosen', '2026-11-06 by Daniel Kim'],
      ['Why', 'Central data, local plays.'],
      ['Design version', 2],
      ['Sign-off', 'Draft, not signed off'],
      ['Planned people', 2],
      ['Yearly cost (USD)', 300_000],
      ['Open risks', 1],
    ]);
    expect(placements?.rows).toEqual([
      ['Process & planning', 'Lead routing', 'Central hub', 'One router.', ''],
      ['Enablement', 'Training', 'Not placed yet', '', ''],
    ]);
    expect(raci).toEqual({ name: 'RACI', headers: ['Domain', 'Finance'], rows: [['Forecasting', 'A']] });
    expect(headcount?.rows).toEqual([['Hub', 'Head of RevOps', 2, 150_000, 300_000, '', 'Yes']]);
    expect(guidance?.rows).toEqual([['Whole plan', 'Budget against revenue', 'Within the guidance', 'Total cost: $300,000 a year.']]);
    expect(changes?.rows).toEqual([['Moving from the units to the hub', 'Lead routing moves to the hub.']]);
    expect(risks?.rows).toEqual([['1 activity has no placement yet.']]);
  });

  it('says who signed a signed-off version', () => {
    const [summary] = targetModelSheets({ ...input, version: { number: 1, signedOffOn: '2026-12-04', signedOffBy: 'Maya Manager' } });
    expect(summary?.rows[5]).toEqual(['Sign-off', 'Signed off on 2026-12-04 by Maya Manager']);
  });
});
