import { z } from 'zod';
import { expectedVersion, id } from '../common/fields.js';

/** How complex a unit's go-to-market is; the more complex, the fewer sellers one RevOps person supports. */
export const GTM_COMPLEXITIES = ['standard', 'complex', 'highly_complex'] as const;
export type GtmComplexity = (typeof GTM_COMPLEXITIES)[number];

export const GTM_COMPLEXITY_LABELS: Record<GtmComplexity, string> = {
  standard: 'Standard (early or mid stage)',
  complex: 'Complex',
  highly_complex: 'Highly complex',
};

/**
 * Sellers per RevOps person that practitioners quote (domain.md): 1 per 10–15 in early/mid stage,
 * 1:8 or even 1:5 as complexity grows. Guidance only, never enforced.
 */
export const SELLERS_PER_REVOPS: Record<GtmComplexity, { min: number; max: number }> = {
  standard: { min: 10, max: 15 },
  complex: { min: 8, max: 10 },
  highly_complex: { min: 5, max: 8 },
};

export const STAFFING_VERDICTS = ['within', 'under_staffed', 'over_staffed', 'no_sellers'] as const;
export type StaffingVerdict = (typeof STAFFING_VERDICTS)[number];

export const STAFFING_VERDICT_LABELS: Record<StaffingVerdict, string> = {
  within: 'Within the guidance',
  under_staffed: 'Fewer RevOps people than the guidance',
  over_staffed: 'More RevOps people than the guidance',
  no_sellers: 'No sellers recorded',
};

export interface StaffingFigures {
  revopsPeople: number;
  sellers: number;
  complexity: GtmComplexity;
}

export interface StaffingGuidance {
  verdict: StaffingVerdict;
  /** Sellers per RevOps person; null without RevOps people or sellers. */
  sellersPerRevops: number | null;
  /** RevOps headcount the guidance suggests for these sellers: [at the loosest ratio, at the tightest]. */
  suggestedRevops: { min: number; max: number };
  sentence: string;
}

const people = (count: number) => `${count} ${count === 1 ? 'RevOps person' : 'RevOps people'}`;
const sellersOf = (count: number) => `${count} ${count === 1 ? 'seller' : 'sellers'}`;
const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Compares a unit's RevOps headcount with the ratio guidance for its complexity: under-staffed
 * when each RevOps person supports more sellers than the guidance's upper bound, over-staffed when
 * fewer than its lower bound. The suggested headcount rounds up (a part-time need is still a need).
 */
export function staffingGuidance({ revopsPeople, sellers, complexity }: StaffingFigures): StaffingGuidance {
  const range = SELLERS_PER_REVOPS[complexity];
  const suggestedRevops = { min: Math.ceil(sellers / range.max), max: Math.ceil(sellers / range.min) };
  const guide = `1 RevOps person per ${range.min}–${range.max} sellers for a ${GTM_COMPLEXITY_LABELS[complexity].toLowerCase()} go-to-market`;
  if (sellers === 0) {
    return { verdict: 'no_sellers', sellersPerRevops: null, suggestedRevops, sentence: `No sellers recorded, so the guidance (${guide}) does not apply.` };
  }
  if (revopsPeople === 0) {
    return {
      verdict: 'under_staffed',
      sellersPerRevops: null,
      suggestedRevops,
      sentence: `${sellersOf(sellers)} and no RevOps person: the guidance (${guide}) suggests ${suggestedRevops.min}–${suggestedRevops.max}.`,
    };
  }
  const ratio = sellers / revopsPeople;
  const head = `${oneDecimal(ratio)} sellers per RevOps person (${sellersOf(sellers)}, ${people(revopsPeople)})`;
  if (ratio > range.max) {
    return { verdict: 'under_staffed', sellersPerRevops: ratio, suggestedRevops, sentence: `${head}: fewer RevOps people than the guidance (${guide}) suggests, ${suggestedRevops.min}–${suggestedRevops.max}.` };
  }
  if (ratio < range.min) {
    return { verdict: 'over_staffed', sellersPerRevops: ratio, suggestedRevops, sentence: `${head}: more RevOps people than the guidance (${guide}) suggests, ${suggestedRevops.min}–${suggestedRevops.max}.` };
  }
  return { verdict: 'within', sellersPerRevops: ratio, suggestedRevops, sentence: `${head}: within the guidance (${guide}).` };
}

const headcount = (label: string) =>
  z.number(`Enter the number of ${label}.`).int(`Enter the number of ${label} as a whole number.`).min(0, `The number of ${label} cannot be negative.`).max(100_000, `Enter at most 100,000 ${label}.`);

/**
 * A unit's staffing snapshot in a program. Without `expectedVersion` it records the unit's first
 * snapshot; with it, it updates the one the user saw.
 */
export const setUnitStaffingSchema = z.object({
  programId: id,
  unitId: id,
  revopsPeople: headcount('RevOps people'),
  sellers: headcount('sellers'),
  complexity: z.enum(GTM_COMPLEXITIES, 'Pick how complex the go-to-market is.').default('standard'),
  expectedVersion: expectedVersion.nullish(),
});
export type SetUnitStaffingInput = z.input<typeof setUnitStaffingSchema>;
