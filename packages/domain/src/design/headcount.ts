import { z } from 'zod';
import { GTM_COMPLEXITY_LABELS, SELLERS_PER_REVOPS, staffingGuidance, type GtmComplexity } from '../assessment-inventory/staffing.js';
import { suggestTeamSize } from '../alignment/guidance.js';
import type { CompanyProfile } from '../alignment/alignment.types.js';
import { invalidField } from '../common/errors.js';
import { expectedVersion, id, nameText } from '../common/fields.js';
import { joinNames } from '../common/words.js';
import { countOf, formatUsd, oneDecimal } from './wording.js';

// Roles and headcount of the target model, compared with what practitioners quote (domain.md):
// sellers per RevOps person, a manager per 3–4 people, team size by ARR, a budget of 1–3% of
// revenue. Guidance only: every comparison is a sentence to read, never an error.

/** A planned role in the hub or in one unit's spoke. */
export interface PlannedRole {
  id: string;
  /** The unit whose spoke the role sits in; null = the hub. */
  unitId: string | null;
  title: string;
  /** People in this role. */
  count: number;
  /** What one person costs a year, in whole US dollars. */
  annualCostPerHead: number;
  /** The role this one reports to; null = none in the plan. */
  reportsToId: string | null;
  isManager: boolean;
}

/** A manager leads 3–4 people (domain.md). */
export const MANAGER_SPAN = { min: 3, max: 4 } as const;
/** The function's budget: 1–3% of revenue (domain.md). */
export const BUDGET_PERCENT_OF_REVENUE = { min: 1, max: 3 } as const;

/**
 * Where the figure a sentence compares sits against the guidance range: sellers per RevOps person,
 * people per manager, team size, or cost as a share of revenue. So for a ratio, `above` means too
 * few people (more sellers per person than the guidance). `missing`: a figure the comparison
 * needs is not recorded, and the sentence says which.
 */
export const GUIDANCE_VERDICTS = ['within', 'below', 'above', 'missing'] as const;
export type GuidanceVerdict = (typeof GUIDANCE_VERDICTS)[number];

export const GUIDANCE_VERDICT_LABELS: Record<GuidanceVerdict, string> = {
  within: 'Within the guidance',
  below: 'Below the guidance',
  above: 'Above the guidance',
  missing: 'Figures missing',
};

export const HEADCOUNT_CHECK_KINDS = ['sellers_ratio', 'manager_span', 'team_size', 'budget'] as const;
export type HeadcountCheckKind = (typeof HEADCOUNT_CHECK_KINDS)[number];

export const HEADCOUNT_CHECK_LABELS: Record<HeadcountCheckKind, string> = {
  sellers_ratio: 'Sellers per RevOps person',
  manager_span: 'People per manager',
  team_size: 'Team size by ARR',
  budget: 'Budget against revenue',
};

export interface HeadcountCheck {
  kind: HeadcountCheckKind;
  verdict: GuidanceVerdict;
  sentence: string;
}

/** The hub (unitId null) or one unit's spoke. */
export interface TeamHeadcount {
  unitId: string | null;
  name: string;
  heads: number;
  annualCost: number;
  checks: HeadcountCheck[];
}

export interface HeadcountReview {
  /** The hub first, then the units with planned roles or a staffing snapshot, in the given order. */
  teams: TeamHeadcount[];
  overall: { heads: number; annualCost: number; checks: HeadcountCheck[] };
}

/** What the headcount review reads of a unit's staffing snapshot in the assessment. */
export interface StaffingSnapshot {
  unitId: string;
  sellers: number;
  complexity: GtmComplexity;
}

export interface HeadcountInput {
  units: readonly { id: string; name: string }[];
  roles: readonly PlannedRole[];
  /** The assessment's staffing snapshots (its RevOps headcount is today's; the plan's is compared). */
  staffing: readonly StaffingSnapshot[];
  /** The company profile of Align; null when there is none yet. */
  profile: Pick<CompanyProfile, 'arrUsd'> | null;
}

/** The name the hub goes by in sentences. */
export const HUB_TEAM_NAME = 'Hub';

const revopsPeople = (count: number) => (count === 0 ? 'no RevOps people' : countOf(count, 'RevOps person', 'RevOps people'));
const sellersOf = (count: number) => countOf(count, 'seller', 'sellers');
const ratio = (people: number, per: number) => (per === 0 ? '' : ` (1 : ${oneDecimal(people / per)})`);
const peopleRange = (min: number, max: number) => (min === max ? countOf(min, 'person', 'people') : `${min}–${max} people`);

/** "within", or "above" / "below" with how many people would bring the plan into the range. */
function compareInWholePeople(planned: number, range: { min: number; max: number }, moreWhenAbove: boolean): { verdict: GuidanceVerdict; advice: string } {
  if (planned >= range.min && planned <= range.max) return { verdict: 'within', advice: '' };
  const more = planned < range.min;
  // For a ratio, too few people put the ratio above its range; for a headcount, below.
  const verdict = more === moreWhenAbove ? 'above' : 'below';
  return { verdict, advice: more ? `; consider ${range.min - planned} more` : `; consider ${planned - range.max} fewer` };
}

/**
 * Planned heads of a unit against the sellers-per-RevOps guidance of its go-to-market. The
 * comparison is in whole people, like `staffingGuidance`'s suggestion, which rounds a part-time
 * need up: 48 sellers at 1 : 10–15 need 4–5 people, so 5 people (1 : 9.6) are within.
 */
function sellersRatioCheck(name: string, heads: number, snapshot: StaffingSnapshot | undefined): HeadcountCheck {
  if (!snapshot) return { kind: 'sellers_ratio', verdict: 'missing', sentence: `${name}: no staffing snapshot in the assessment, so sellers per RevOps person cannot be compared with the guidance.` };
  if (snapshot.sellers === 0) return { kind: 'sellers_ratio', verdict: 'missing', sentence: `${name}: no sellers recorded in the assessment's staffing snapshot, so the sellers-per-RevOps guidance does not apply.` };
  const range = SELLERS_PER_REVOPS[snapshot.complexity];
  const suggested = staffingGuidance({ revopsPeople: heads, sellers: snapshot.sellers, complexity: snapshot.complexity }).suggestedRevops;
  const { verdict, advice } = compareInWholePeople(heads, suggested, true);
  const forComplexity = snapshot.complexity === 'standard' ? '' : ` for a ${GTM_COMPLEXITY_LABELS[snapshot.complexity].toLowerCase()} go-to-market`;
  const within = verdict === 'within' ? ` (${peopleRange(suggested.min, suggested.max)})` : '';
  return {
    kind: 'sellers_ratio',
    verdict,
    sentence: `${name}: ${revopsPeople(heads)} for ${sellersOf(snapshot.sellers)}${ratio(snapshot.sellers, heads)}, ${verdict} the 1 : ${range.min}–${range.max} guidance${forComplexity}${within}${advice}.`,
  };
}

/** People reporting to a manager role against a manager per 3–4 people. */
function managerSpanCheck(name: string, manager: PlannedRole, reports: number): HeadcountCheck {
  if (reports === 0) {
    return { kind: 'manager_span', verdict: 'missing', sentence: `${name}: nobody reports to ${manager.title} yet; set the reporting lines to compare with a manager per ${MANAGER_SPAN.min}–${MANAGER_SPAN.max} people.` };
  }
  const perManager = reports / manager.count;
  const managers = manager.count === 1 ? '' : `${manager.count} managers, `;
  const head = `${name}: ${countOf(reports, 'person reports', 'people report')} to ${manager.title} (${managers}1 : ${oneDecimal(perManager)})`;
  const guide = `the 1 : ${MANAGER_SPAN.min}–${MANAGER_SPAN.max} guidance`;
  if (perManager > MANAGER_SPAN.max) {
    const more = Math.ceil(reports / MANAGER_SPAN.max) - manager.count;
    return { kind: 'manager_span', verdict: 'above', sentence: `${head}, above ${guide}; consider ${countOf(more, 'more manager', 'more managers')}.` };
  }
  if (perManager < MANAGER_SPAN.min) {
    const fewer = manager.count - Math.floor(reports / MANAGER_SPAN.min);
    const advice = fewer < manager.count ? `consider ${countOf(fewer, 'fewer manager', 'fewer managers')}` : 'consider giving this manager more people';
    return { kind: 'manager_span', verdict: 'below', sentence: `${head}, below ${guide}; ${advice}.` };
  }
  return { kind: 'manager_span', verdict: 'within', sentence: `${head}, within ${guide}.` };
}

const MISSING_ARR = 'no ARR in the company profile (Align tab)';

/** Every planned head against the team size the guidance gives for the company's ARR. */
function teamSizeCheck(heads: number, arrUsd: number | null): HeadcountCheck {
  const head = `In total: ${revopsPeople(heads)}`;
  if (arrUsd === null) return { kind: 'team_size', verdict: 'missing', sentence: `${head}; ${MISSING_ARR}, so the team size cannot be compared with the guidance by ARR.` };
  const suggested = suggestTeamSize(arrUsd);
  const { verdict, advice } = compareInWholePeople(heads, suggested, false);
  const range = suggested.min === suggested.max ? String(suggested.min) : `${suggested.min}–${suggested.max}`;
  return { kind: 'team_size', verdict, sentence: `${head}, ${verdict} the ${range} guidance for ${formatUsd(arrUsd)} ARR${advice}.` };
}

/** The yearly cost of every planned head against 1–3% of revenue (ARR). */
function budgetCheck(annualCost: number, arrUsd: number | null): HeadcountCheck {
  const head = `Total cost: ${formatUsd(annualCost)} a year`;
  const guide = `${BUDGET_PERCENT_OF_REVENUE.min}–${BUDGET_PERCENT_OF_REVENUE.max}% of revenue`;
  if (arrUsd === null) return { kind: 'budget', verdict: 'missing', sentence: `${head}; ${MISSING_ARR}, so it cannot be compared with the ${guide} guidance.` };
  // Compared as cost × 100 against ARR × percent, so exactly 3% is within (no rounding of a quotient).
  const verdict: GuidanceVerdict =
    annualCost * 100 < arrUsd * BUDGET_PERCENT_OF_REVENUE.min ? 'below' : annualCost * 100 > arrUsd * BUDGET_PERCENT_OF_REVENUE.max ? 'above' : 'within';
  const band = `${formatUsd((arrUsd * BUDGET_PERCENT_OF_REVENUE.min) / 100)}–${formatUsd((arrUsd * BUDGET_PERCENT_OF_REVENUE.max) / 100)}`;
  return {
    kind: 'budget',
    verdict,
    sentence: `${head}, ${oneDecimal((annualCost * 100) / arrUsd)}% of ${formatUsd(arrUsd)} ARR, ${verdict} the ${guide} guidance (${band} a year).`,
  };
}

const PEOPLE_WORDS: Record<GuidanceVerdict, string> = { within: 'within', above: 'fewer than', below: 'more than', missing: '' };

/** All planned heads against the sum of the units' sellers-per-RevOps suggestions (the hub serves every unit). */
function overallRatioCheck(heads: number, units: readonly { name: string; snapshot: StaffingSnapshot | undefined }[]): HeadcountCheck {
  const counted = units.flatMap(({ snapshot }) => (snapshot && snapshot.sellers > 0 ? [snapshot] : []));
  const left = units.filter(({ snapshot }) => !snapshot).map(({ name }) => name);
  if (counted.length === 0) return { kind: 'sellers_ratio', verdict: 'missing', sentence: 'In total: no unit has sellers in a staffing snapshot of the assessment, so sellers per RevOps person cannot be compared with the guidance.' };
  const sellers = counted.reduce((sum, snapshot) => sum + snapshot.sellers, 0);
  const suggested = counted.reduce(
    (sum, snapshot) => {
      const unit = staffingGuidance({ revopsPeople: 0, sellers: snapshot.sellers, complexity: snapshot.complexity }).suggestedRevops;
      return { min: sum.min + unit.min, max: sum.max + unit.max };
    },
    { min: 0, max: 0 },
  );
  const { verdict, advice } = compareInWholePeople(heads, suggested, true);
  const leftOut = left.length === 0 ? '' : ` ${joinNames(left)} ${left.length === 1 ? 'has' : 'have'} no staffing snapshot, so ${left.length === 1 ? 'its' : 'their'} sellers are not counted.`;
  return {
    kind: 'sellers_ratio',
    verdict,
    // The range is in people here, so the sentence says more or fewer people; the verdict stays the ratio's.
    sentence: `In total: ${revopsPeople(heads)} for ${sellersOf(sellers)}${ratio(sellers, heads)}, ${PEOPLE_WORDS[verdict]} the ${peopleRange(suggested.min, suggested.max)} the units' guidance adds up to${advice}.${leftOut}`,
  };
}

/**
 * Heads, yearly cost and guidance per team and in total. Each unit's spoke is compared with its
 * sellers; every manager role with a manager span; the whole plan with the team size for the ARR,
 * the 1–3% budget, and the sum of the units' sellers guidance. Roles of units not given are left
 * out; a missing snapshot or ARR gives a `missing` check saying so.
 */
export function reviewHeadcount(input: HeadcountInput): HeadcountReview {
  const unitIds = new Set(input.units.map((unit) => unit.id));
  const roles = input.roles.filter((role) => role.unitId === null || unitIds.has(role.unitId));
  const snapshotOf = new Map(input.staffing.map((snapshot) => [snapshot.unitId, snapshot]));
  const reportsTo = new Map<string, number>();
  for (const role of roles) if (role.reportsToId !== null) reportsTo.set(role.reportsToId, (reportsTo.get(role.reportsToId) ?? 0) + role.count);

  const team = (unitId: string | null, name: string): TeamHeadcount => {
    const own = roles.filter((role) => role.unitId === unitId);
    const heads = own.reduce((sum, role) => sum + role.count, 0);
    const spans = own.filter((role) => role.isManager && role.count > 0).map((manager) => managerSpanCheck(name, manager, reportsTo.get(manager.id) ?? 0));
    const ratioCheck = unitId === null ? [] : [sellersRatioCheck(name, heads, snapshotOf.get(unitId))];
    return { unitId, name, heads, annualCost: own.reduce((sum, role) => sum + role.count * role.annualCostPerHead, 0), checks: [...ratioCheck, ...spans] };
  };
  const listed = input.units.filter((unit) => snapshotOf.has(unit.id) || roles.some((role) => role.unitId === unit.id));
  const teams = [team(null, HUB_TEAM_NAME), ...listed.map((unit) => team(unit.id, unit.name))];
  const heads = teams.reduce((sum, each) => sum + each.heads, 0);
  const annualCost = teams.reduce((sum, each) => sum + each.annualCost, 0);
  // An ARR of 0 is no ARR: no team size or budget can be read from it.
  const arrUsd = input.profile && input.profile.arrUsd > 0 ? input.profile.arrUsd : null;
  const snapshots = listed.map((unit) => ({ name: unit.name, snapshot: snapshotOf.get(unit.id) }));
  return { teams, overall: { heads, annualCost, checks: [overallRatioCheck(heads, snapshots), teamSizeCheck(heads, arrUsd), budgetCheck(annualCost, arrUsd)] } };
}

/**
 * Refuses a reporting line to the role itself, to a role not in the plan, or one that would close a
 * loop (the chosen manager already reports, directly or not, to this role). `roleId` is null for a
 * new role, which nobody reports to yet.
 */
export function checkReportingLine(roleId: string | null, reportsToId: string | null, roles: readonly Pick<PlannedRole, 'id' | 'title' | 'reportsToId'>[]): void {
  if (reportsToId === null) return;
  if (reportsToId === roleId) throw invalidField('reportsToId', 'A role cannot report to itself.');
  const byId = new Map(roles.map((role) => [role.id, role]));
  const target = byId.get(reportsToId);
  if (!target) throw invalidField('reportsToId', 'Pick a role of this plan to report to.');
  const seen = new Set<string>();
  for (let current: string | null = reportsToId; current !== null && !seen.has(current); current = byId.get(current)?.reportsToId ?? null) {
    if (current === roleId) throw invalidField('reportsToId', `${target.title} already reports to this role, directly or through others: pick another line.`);
    seen.add(current);
  }
}

/** Input to add (no id) or change a planned role; the reporting line is checked by `checkReportingLine`. */
export const savePlannedRoleSchema = z.object({
  programId: id,
  id: id.optional(),
  /** Null or absent: the hub. */
  unitId: id.nullish().transform((value) => value ?? null),
  title: nameText('Title', 2, 120),
  count: z.number('Enter the number of people.').int('Enter whole people.').min(0, 'The number of people cannot be negative.').max(10_000, 'Enter at most 10,000 people.'),
  annualCostPerHead: z
    .number('Enter what one person costs a year, in dollars.')
    .int('Enter whole dollars.')
    .min(0, 'The cost cannot be negative.')
    .max(10_000_000, 'Enter at most $10,000,000 a year per person.'),
  reportsToId: id.nullish().transform((value) => value ?? null),
  isManager: z.boolean().default(false),
  expectedVersion: expectedVersion.optional(),
});
export type SavePlannedRoleInput = z.input<typeof savePlannedRoleSchema>;
