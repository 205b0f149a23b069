import type { GtmComplexity } from '../assessment-inventory/staffing.js';
import type { OperatingModel } from '../programs/program.types.js';

/** The five operating models a decision matrix compares (every OperatingModel except `undecided`). */
export const CANDIDATE_MODELS = ['centralized', 'hub_and_spoke', 'hybrid', 'pod', 'decentralized'] as const satisfies readonly OperatingModel[];
export type CandidateModel = (typeof CANDIDATE_MODELS)[number];

/** The design principles a program starts with (domain.md's trade-offs); the program may rename, add and remove. */
export const DEFAULT_PRINCIPLES = [
  'Consistency of defaults',
  'Speed of change',
  'Local ownership',
  'Cost',
  'Compliance',
  'Proximity to the field',
] as const;

/** At most this many principles per program: more stops being a conversation and becomes a spreadsheet. */
export const MAX_PRINCIPLES = 12;
/** At most this many stakeholder weight sets per program. */
export const MAX_STAKEHOLDERS = 20;
/** A raw weight a stakeholder gives one principle (points they spread as they like; normalised to percent). */
export const MAX_RAW_WEIGHT = 100;
/** A matrix score: 1 (fits badly) to 5 (fits well). */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;


/** A design principle as the rules see it. */
export interface Principle {
  id: string;
  name: string;
}

/** One stakeholder's raw weights, by principle id (a missing principle weighs 0). */
export interface WeightSet {
  stakeholder: string;
  weights: Readonly<Record<string, number>>;
}

/** One cell of the decision matrix. */
export interface ModelScore {
  principleId: string;
  model: CandidateModel;
  score: number;
}

/** The company facts the guidance reads. ARR in US dollars. */
export interface CompanyProfile {
  arrUsd: number;
  gtmHeadcount: number;
  regions: number;
  gtmMotions: number;
  complexity: GtmComplexity;
  holdingCompany: boolean;
}
