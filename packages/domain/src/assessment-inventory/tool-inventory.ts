import { z } from 'zod';
import { expectedVersion, id, localDate, nameText, text } from '../common/fields.js';
import { daysBetween } from '../pilots/pilot-dates.js';
import type { Actor, Role } from '../access/roles.js';

/** Kinds of GTM tool a program inventories; redundancy is counted per category. */
export const TOOL_CATEGORIES = [
  'crm',
  'marketing_automation',
  'sales_engagement',
  'cs_platform',
  'analytics_bi',
  'enrichment',
  'cpq',
  'forecasting',
  'other',
] as const;
export type ToolCategory = (typeof TOOL_CATEGORIES)[number];

export const TOOL_CATEGORY_LABELS: Record<ToolCategory, string> = {
  crm: 'CRM',
  marketing_automation: 'Marketing automation',
  sales_engagement: 'Sales engagement',
  cs_platform: 'Customer success platform',
  analytics_bi: 'Analytics / BI',
  enrichment: 'Data enrichment',
  cpq: 'CPQ (configure, price, quote)',
  forecasting: 'Forecasting',
  other: 'Other',
};

/** Plural nouns for the redundancy sentence ("4 analytics platforms"). */
const CATEGORY_PLURALS: Record<ToolCategory, readonly [string, string]> = {
  crm: ['CRM', 'CRMs'],
  marketing_automation: ['marketing automation tool', 'marketing automation tools'],
  sales_engagement: ['sales engagement tool', 'sales engagement tools'],
  cs_platform: ['customer success platform', 'customer success platforms'],
  analytics_bi: ['analytics platform', 'analytics platforms'],
  enrichment: ['enrichment tool', 'enrichment tools'],
  cpq: ['CPQ tool', 'CPQ tools'],
  forecasting: ['forecasting tool', 'forecasting tools'],
  other: ['other tool', 'other tools'],
};

/** One tool in a program's inventory. Annual cost is in whole US dollars. */
export interface InventoryTool {
  id: string;
  name: string;
  category: ToolCategory;
  unitIds: readonly string[];
  annualCost: number;
  renewalDate: string | null;
}

/** The largest annual cost a tool may have: $1bn keeps sums exact in a JS number. */
export const MAX_ANNUAL_COST = 1_000_000_000;

const toolFields = {
  name: nameText('Tool name', 1, 120),
  category: z.enum(TOOL_CATEGORIES, 'Pick a category.'),
  unitIds: z.array(id).max(200, 'A tool can list at most 200 units.').default([]),
  annualCost: z
    .number('Enter the annual cost.')
    .int('Enter the annual cost in whole dollars.')
    .min(0, 'The annual cost cannot be negative.')
    .max(MAX_ANNUAL_COST, 'The annual cost can be at most $1,000,000,000.'),
  ownerId: id.nullable().default(null),
  ownerName: text('Owner', 0, 120).default(''),
  renewalDate: localDate.nullable().default(null),
};

/** A tool to add to a program's inventory. */
export const createToolSchema = z.object({ programId: id, ...toolFields });
export type CreateToolInput = z.input<typeof createToolSchema>;

/** A tool's full values after the patch is applied (see applyPatch). */
export const updateToolSchema = z.object({ id, expectedVersion, ...toolFields });
export type UpdateToolInput = z.input<typeof updateToolSchema>;

/** Redundancy of one category: how many tools, what they cost, and what overlap costs. */
export interface CategoryRedundancy {
  category: ToolCategory;
  toolCount: number;
  totalAnnualCost: number;
  /** The tool the category would keep: the one used by the most units (ties: the cheaper, then by name). */
  keptToolId: string;
  keptToolName: string;
  /** What the other tools of the category cost a year: the saving if the category consolidated on the kept tool. */
  overlapAnnualCost: number;
  /** "4 analytics platforms, $310k a year". */
  summary: string;
  /** "Consolidating on Looker would save up to $220k a year." */
  savingSentence: string;
}

const compactMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** A yearly amount the way people say it: "$950", "$310K" → "$310k", "$1.2M". */
export function formatAnnualAmount(amount: number): string {
  return compactMoney.format(amount).replace('K', 'k');
}

function keptTool(tools: readonly InventoryTool[]): InventoryTool {
  const [first] = [...tools].sort((a, b) => b.unitIds.length - a.unitIds.length || a.annualCost - b.annualCost || a.name.localeCompare(b.name));
  if (!first) throw new Error('keptTool needs at least one tool');
  return first;
}

/**
 * Redundant categories of a tool inventory, most savings first (then the larger spend, then the
 * category label). A category is redundant when it holds two tools or more. The cost of overlap is
 * the rule shown in the UI: everything the category spends above the tool it would keep, the
 * tool used by the most units (ties: the cheaper one, then the first by name).
 */
export function toolRedundancy(tools: readonly InventoryTool[]): CategoryRedundancy[] {
  const byCategory = new Map<ToolCategory, InventoryTool[]>();
  for (const tool of tools) byCategory.set(tool.category, [...(byCategory.get(tool.category) ?? []), tool]);
  const result: CategoryRedundancy[] = [];
  for (const [category, inCategory] of byCategory) {
    if (inCategory.length < 2) continue;
    const kept = keptTool(inCategory);
    const totalAnnualCost = inCategory.reduce((sum, tool) => sum + tool.annualCost, 0);
    const overlapAnnualCost = totalAnnualCost - kept.annualCost;
    const [, plural] = CATEGORY_PLURALS[category];
    result.push({
      category,
      toolCount: inCategory.length,
      totalAnnualCost,
      keptToolId: kept.id,
      keptToolName: kept.name,
      overlapAnnualCost,
      summary: `${inCategory.length} ${plural}, ${formatAnnualAmount(totalAnnualCost)} a year`,
      savingSentence: `Consolidating on ${kept.name} would save up to ${formatAnnualAmount(overlapAnnualCost)} a year.`,
    });
  }
  return result.sort(
    (a, b) =>
      b.overlapAnnualCost - a.overlapAnnualCost ||
      b.totalAnnualCost - a.totalAnnualCost ||
      TOOL_CATEGORY_LABELS[a.category].localeCompare(TOOL_CATEGORY_LABELS[b.category]),
  );
}

/** How many days ahead a contract renewal is highlighted. */
export const RENEWAL_WINDOW_DAYS = 90;

/** Whether the tool's contract renews from today up to RENEWAL_WINDOW_DAYS ahead (a past date is not upcoming). */
export function renewsSoon(tool: Pick<InventoryTool, 'renewalDate'>, today: string): boolean {
  if (tool.renewalDate === null) return false;
  const days = daysBetween(today, tool.renewalDate);
  return days >= 0 && days <= RENEWAL_WINDOW_DAYS;
}

/** Yearly spend per category, largest first, for the spend chart. */
export function spendByCategory(tools: readonly InventoryTool[]): { category: ToolCategory; annualCost: number; toolCount: number }[] {
  const totals = new Map<ToolCategory, { annualCost: number; toolCount: number }>();
  for (const tool of tools) {
    const current = totals.get(tool.category) ?? { annualCost: 0, toolCount: 0 };
    totals.set(tool.category, { annualCost: current.annualCost + tool.annualCost, toolCount: current.toolCount + 1 });
  }
  return [...totals].map(([category, total]) => ({ category, ...total })).sort((a, b) => b.annualCost - a.annualCost || a.category.localeCompare(b.category));
}

/** Roles that download the tool inventory: costs and contracts are not the regional partners' business. */
export const TOOL_INVENTORY_EXPORTERS: readonly Role[] = ['admin', 'program_manager', 'executive'];

/** Whether the user may download the tool inventory (the API checks the same list). */
export function canExportToolInventory(actor: Pick<Actor, 'role'>): boolean {
  return TOOL_INVENTORY_EXPORTERS.includes(actor.role);
}

/** Columns of the tool inventory's file, in order, as people name them: the export writes them and the import maps them. */
export const TOOL_FILE_COLUMNS = ['Tool', 'Category', 'Units', 'Annual cost (USD)', 'Owner', 'Renewal date'] as const;
export type ToolFileColumn = (typeof TOOL_FILE_COLUMNS)[number];
