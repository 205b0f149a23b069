import type { CandidateModel, CompanyProfile } from './alignment.types.js';

/** A suggested model with the practitioner rules (domain.md) that led to it. */
export interface ModelGuidance {
  model: CandidateModel;
  reasons: string[];
}

const MILLION = 1_000_000;
/** Below this ARR with one GTM motion, one central team serves everyone. */
export const CENTRALIZED_ARR_LIMIT = 20 * MILLION;
/** Above this GTM headcount a hub-and-spoke model scales. */
export const HUB_AND_SPOKE_HEADCOUNT = 100;
/** From this ARR a holding company's divisions are large enough to run their own ops. */
export const DECENTRALIZED_ARR = 500 * MILLION;

/**
 * Suggests an operating model from the company profile, first matching rule wins:
 * 1. a holding company with autonomous divisions → decentralized from $500M ARR, else hybrid;
 * 2. one GTM motion under $20M ARR → centralized;
 * 3. GTM headcount above 100 → hub-and-spoke, or hybrid with three or more motions or high complexity across regions;
 * 4. several motions at 100 GTM people or fewer → pod (segment focus);
 * 5. otherwise (one motion, up to 100 GTM people) → centralized.
 * Guidance only: it is shown beside the matrix, never enforced.
 */
export function suggestModel(profile: CompanyProfile): ModelGuidance {
  if (profile.holdingCompany) {
    return profile.arrUsd >= DECENTRALIZED_ARR
      ? { model: 'decentralized', reasons: ['A holding company with autonomous divisions', 'ARR of $500M or more: each division can run its own ops, with RevOps as a coordination forum'] }
      : { model: 'hybrid', reasons: ['A holding company with autonomous divisions', 'Under $500M ARR: shared services centrally, pods in the divisions, rather than fully separate ops'] };
  }
  if (profile.gtmMotions <= 1 && profile.arrUsd < CENTRALIZED_ARR_LIMIT) {
    return { model: 'centralized', reasons: ['One GTM motion', 'Under $20M ARR: one team under one leader serves everyone'] };
  }
  if (profile.gtmHeadcount > HUB_AND_SPOKE_HEADCOUNT) {
    const headcount = `GTM headcount above ${HUB_AND_SPOKE_HEADCOUNT}`;
    if (profile.gtmMotions >= 3) return { model: 'hybrid', reasons: [headcount, 'Three or more GTM motions: central leadership with functional pods'] };
    if (profile.complexity === 'highly_complex' && profile.regions > 1) return { model: 'hybrid', reasons: [headcount, 'A highly complex go-to-market across several regions: central leadership with regional pods'] };
    return { model: 'hub_and_spoke', reasons: [headcount, 'A central hub owns systems, data and standards; spokes sit in the regions'] };
  }
  if (profile.gtmMotions >= 2) {
    return { model: 'pod', reasons: ['Several GTM motions', `GTM headcount of ${HUB_AND_SPOKE_HEADCOUNT} or fewer: small cross-functional pods per segment`] };
  }
  return { model: 'centralized', reasons: ['One GTM motion', `GTM headcount of ${HUB_AND_SPOKE_HEADCOUNT} or fewer: one central team is still close enough to the field`] };
}

/** A suggested RevOps headcount range. */
export interface TeamSizeGuidance {
  min: number;
  max: number;
  note: string;
}

/**
 * RevOps team size by ARR (domain.md): under $10M → 1 generalist; under $20M → 1–2; around $50M
 * → 3–8; $200M+ → 15–25; $500M+ → 15–20 specialists. Between $100M and $200M the figures leave a
 * hole, bridged as 8–15.
 */
export function suggestTeamSize(arrUsd: number): TeamSizeGuidance {
  if (arrUsd < 10 * MILLION) return { min: 1, max: 1, note: 'One generalist' };
  if (arrUsd < 20 * MILLION) return { min: 1, max: 2, note: 'One or two people' };
  if (arrUsd < 100 * MILLION) return { min: 3, max: 8, note: 'Around $50M ARR: 3–8 (sources say 3–5 or 4–8)' };
  if (arrUsd < 200 * MILLION) return { min: 8, max: 15, note: 'Between the $50M and $200M figures' };
  if (arrUsd < 500 * MILLION) return { min: 15, max: 25, note: '$200M+ ARR: 15–25' };
  return { min: 15, max: 20, note: '$500M+ ARR: 15–20 specialists' };
}

/** Why the guidance and the matrix may differ, shown when they do. */
export const GUIDANCE_DISAGREES_REASON =
  'The matrix reflects what your stakeholders weigh; the guidance looks only at company size and shape. Record why you follow one over the other.';
