import { z } from 'zod';
import { expectedVersion, id, nameText, text } from '../common/fields.js';
import { GTM_COMPLEXITIES } from '../assessment-inventory/staffing.js';
import { CANDIDATE_MODELS, MAX_PRINCIPLES, MAX_RAW_WEIGHT, MAX_SCORE, MIN_SCORE } from './alignment.types.js';

/** Add a principle (no id) or rename one (id + the version seen). */
export const saveDesignPrincipleSchema = z.object({
  programId: id,
  id: id.optional(),
  name: nameText('Principle', 2, 80),
  expectedVersion: expectedVersion.optional(),
});
export type SaveDesignPrincipleInput = z.input<typeof saveDesignPrincipleSchema>;

/** One stakeholder's weight set: raw points per principle, normalised to percent for the matrix. */
export const saveStakeholderWeightsSchema = z.object({
  programId: id,
  id: id.optional(),
  stakeholder: nameText('Stakeholder', 2, 120),
  weights: z
    .array(z.object({ principleId: id, weight: z.number('Enter a number.').int('Use whole points.').min(0, 'Weights cannot be negative.').max(MAX_RAW_WEIGHT, `At most ${MAX_RAW_WEIGHT} points.`) }))
    .max(MAX_PRINCIPLES, `At most ${MAX_PRINCIPLES} principles.`),
  expectedVersion: expectedVersion.optional(),
});
export type SaveStakeholderWeightsInput = z.input<typeof saveStakeholderWeightsSchema>;

/** Scores one cell of the decision matrix. */
export const scoreModelSchema = z.object({
  programId: id,
  principleId: id,
  model: z.enum(CANDIDATE_MODELS, 'Pick an operating model.'),
  score: z.number('Enter a score.').int('Use a whole score.').min(MIN_SCORE, `Score from ${MIN_SCORE} to ${MAX_SCORE}.`).max(MAX_SCORE, `Score from ${MIN_SCORE} to ${MAX_SCORE}.`),
  note: text('Note', 0, 500).default(''),
  expectedVersion: expectedVersion.optional(),
});
export type ScoreModelInput = z.input<typeof scoreModelSchema>;

/** The company facts behind the guidance. */
export const saveCompanyProfileSchema = z.object({
  programId: id,
  arrUsd: z.number('Enter the ARR.').min(0, 'ARR cannot be negative.').max(1e12, 'ARR is too large.'),
  gtmHeadcount: z.number('Enter the GTM headcount.').int('Use a whole number.').min(0, 'Cannot be negative.').max(1_000_000, 'Too large.'),
  regions: z.number('Enter the number of regions.').int('Use a whole number.').min(1, 'At least one region.').max(500, 'Too many.'),
  gtmMotions: z.number('Enter the number of GTM motions.').int('Use a whole number.').min(1, 'At least one motion.').max(20, 'Too many.'),
  complexity: z.enum(GTM_COMPLEXITIES, 'Pick a complexity.'),
  holdingCompany: z.boolean(),
  expectedVersion: expectedVersion.optional(),
});
export type SaveCompanyProfileInput = z.input<typeof saveCompanyProfileSchema>;

/** Records the chosen operating model; the rationale rule lives in `checkModelChoice`. */
export const chooseModelSchema = z.object({
  programId: id,
  model: z.enum(CANDIDATE_MODELS, 'Pick an operating model.'),
  rationale: text('Rationale', 0, 2000).default(''),
  expectedVersion,
});
export type ChooseModelInput = z.input<typeof chooseModelSchema>;
