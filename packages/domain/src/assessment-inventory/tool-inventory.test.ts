import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../testing/index.js';
import { parseInput } from '../common/parse-input.js';
import { canExportToolInventory, createToolSchema, formatAnnualAmount, renewsSoon, spendByCategory, toolRedundancy, type InventoryTool } from './tool-inventory.js';

const tool = (overrides: Partial<InventoryTool> & Pick<InventoryTool, 'id' | 'category' | 'annualCost'>): InventoryTool => ({
  name: overrides.id,
  unitIds: [],
  renewalDate: null,
  ...overrides,
});

// Four analytics platforms: Tableau 120k (3 units), Looker 90k (3 units), Power BI 60k (1), Mode 40k (1) = 310k.
// Kept: the most used, Tableau and Looker tie on 3 units → the cheaper, Looker (90k). Overlap = 310k − 90k = 220k.
// Two sales engagement tools: Outreach 80k (4 units), Salesloft 70k (1 unit) = 150k; kept Outreach; overlap 70k.
// One CRM (Salesforce 400k): not redundant.
const inventory: InventoryTool[] = [
  tool({ id: 'Tableau', category: 'analytics_bi', annualCost: 120_000, unitIds: ['a', 'b', 'c'] }),
  tool({ id: 'Looker', category: 'analytics_bi', annualCost: 90_000, unitIds: ['a', 'b', 'd'] }),
  tool({ id: 'Power BI', category: 'analytics_bi', annualCost: 60_000, unitIds: ['c'] }),
  tool({ id: 'Mode', category: 'analytics_bi', annualCost: 40_000, unitIds: ['d'] }),
  tool({ id: 'Outreach', category: 'sales_engagement', annualCost: 80_000, unitIds: ['a', 'b', 'c', 'd'] }),
  tool({ id: 'Salesloft', category: 'sales_engagement', annualCost: 70_000, unitIds: ['d'] }),
  tool({ id: 'Salesforce', category: 'crm', annualCost: 400_000, unitIds: ['a', 'b', 'c', 'd'] }),
];

describe('tool redundancy', () => {
  it('counts each category with two tools or more, with its spend and the cost of overlap above the tool it would keep', () => {
    const [analytics, engagement, ...rest] = toolRedundancy(inventory);
    expect(rest).toEqual([]);
    expect(analytics).toMatchObject({
      category: 'analytics_bi',
      toolCount: 4,
      totalAnnualCost: 310_000,
      keptToolName: 'Looker',
      overlapAnnualCost: 220_000,
      summary: '4 analytics platforms, $310k a year',
      savingSentence: 'Consolidating on Looker would save up to $220k a year.',
    });
    expect(engagement).toMatchObject({ category: 'sales_engagement', toolCount: 2, totalAnnualCost: 150_000, keptToolName: 'Outreach', overlapAnnualCost: 70_000 });
  });

  it('sorts by savings: a category with less spend but more overlap comes first', () => {
    // CPQ: A 10k (2 units) + B 300k (1 unit) = 310k, kept A, overlap 300k > analytics' 220k.
    const withCpq = [...inventory, tool({ id: 'CPQ A', category: 'cpq', annualCost: 10_000, unitIds: ['a', 'b'] }), tool({ id: 'CPQ B', category: 'cpq', annualCost: 300_000, unitIds: ['c'] })];
    expect(toolRedundancy(withCpq).map((row) => [row.category, row.overlapAnnualCost])).toEqual([
      ['cpq', 300_000],
      ['analytics_bi', 220_000],
      ['sales_engagement', 70_000],
    ]);
  });

  it('changes as soon as a tool joins a category', () => {
    expect(toolRedundancy(inventory.filter((t) => t.category !== 'analytics_bi' || t.id === 'Tableau')).map((row) => row.category)).toEqual(['sales_engagement']);
  });

  it('has nothing to say about an inventory without duplicates', () => {
    expect(toolRedundancy([inventory[6] as InventoryTool])).toEqual([]);
  });
});

describe('spend by category', () => {
  it('sums each category, largest first', () => {
    // CRM 400k; analytics 120 + 90 + 60 + 40 = 310k; sales engagement 80 + 70 = 150k.
    expect(spendByCategory(inventory)).toEqual([
      { category: 'crm', annualCost: 400_000, toolCount: 1 },
      { category: 'analytics_bi', annualCost: 310_000, toolCount: 4 },
      { category: 'sales_engagement', annualCost: 150_000, toolCount: 2 },
    ]);
  });
});

describe('renewals', () => {
  it('are highlighted from today up to 90 days ahead', () => {
    const today = '2026-12-05';
    expect(renewsSoon({ renewalDate: '2026-12-05' }, today)).toBe(true);
    expect(renewsSoon({ renewalDate: '2027-03-05' }, today)).toBe(true); // 26 + 31 + 28 + 5 = 90 days
    expect(renewsSoon({ renewalDate: '2027-03-06' }, today)).toBe(false); // 91 days
    expect(renewsSoon({ renewalDate: '2026-12-04' }, today)).toBe(false);
    expect(renewsSoon({ renewalDate: null }, today)).toBe(false);
  });
});

describe('amounts', () => {
  it('read the way people say them', () => {
    expect(formatAnnualAmount(950)).toBe('$950');
    expect(formatAnnualAmount(310_000)).toBe('$310k');
    expect(formatAnnualAmount(1_250_000)).toBe('$1.3M');
  });
});

describe('the tool schema', () => {
  const valid = { programId: '8bd4a6f0-3c8e-4a51-9a55-2f1f0c6f9a01', name: 'Looker', category: 'analytics_bi', annualCost: 90_000 };
  it('defaults the optional fields', () => {
    expect(parseInput(createToolSchema, valid)).toMatchObject({ unitIds: [], ownerId: null, ownerName: '', renewalDate: null });
  });
  it('refuses a negative or fractional cost with a field error', () => {
    expect(fieldErrorOf(() => parseInput(createToolSchema, { ...valid, annualCost: -1 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'annualCost' });
    expect(fieldErrorOf(() => parseInput(createToolSchema, { ...valid, annualCost: 10.5 }))).toMatchObject({ field: 'annualCost', message: 'Enter the annual cost in whole dollars.' });
  });
});

describe('canExportToolInventory', () => {
  it('lets leads, admins and executives download the inventory, not regional partners', () => {
    expect(['admin', 'program_manager', 'executive', 'regional_partner'].map((role) => canExportToolInventory({ role: role as 'admin' }))).toEqual([true, true, true, false]);
  });
});
