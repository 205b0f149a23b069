import { describe, expect, it } from 'vitest';
import type { CompanyProfile } from './alignment.types.js';
import { suggestModel, suggestTeamSize } from './guidance.js';

const M = 1_000_000;
const profile = (overrides: Partial<CompanyProfile>): CompanyProfile => ({
  arrUsd: 40 * M,
  gtmHeadcount: 80,
  regions: 1,
  gtmMotions: 1,
  complexity: 'complex',
  holdingCompany: false,
  ...overrides,
});

describe('suggestModel', () => {
  it('rule 1: a holding company with autonomous divisions → decentralized from $500M, hybrid below', () => {
    expect(suggestModel(profile({ holdingCompany: true, arrUsd: 600 * M, gtmHeadcount: 900 })).model).toBe('decentralized');
    expect(suggestModel(profile({ holdingCompany: true, arrUsd: 500 * M })).model).toBe('decentralized');
    expect(suggestModel(profile({ holdingCompany: true, arrUsd: 120 * M })).model).toBe('hybrid');
  });

  it('rule 2: one motion under $20M ARR → centralized', () => {
    const guidance = suggestModel(profile({ arrUsd: 15 * M, gtmHeadcount: 30 }));
    expect(guidance.model).toBe('centralized');
    expect(guidance.reasons).toContain('One GTM motion');
  });

  it('rule 3: GTM headcount above 100 → hub-and-spoke; hybrid with three motions or a highly complex go-to-market across regions', () => {
    expect(suggestModel(profile({ gtmHeadcount: 101, gtmMotions: 2 })).model).toBe('hub_and_spoke');
    expect(suggestModel(profile({ gtmHeadcount: 100, gtmMotions: 2 })).model).toBe('pod');
    expect(suggestModel(profile({ gtmHeadcount: 150, gtmMotions: 3 })).model).toBe('hybrid');
    expect(suggestModel(profile({ gtmHeadcount: 150, gtmMotions: 2, complexity: 'highly_complex', regions: 3 })).model).toBe('hybrid');
    expect(suggestModel(profile({ gtmHeadcount: 150, gtmMotions: 2, complexity: 'highly_complex', regions: 1 })).model).toBe('hub_and_spoke');
  });

  it('rule 4: several motions with 100 GTM people or fewer → pod', () => {
    expect(suggestModel(profile({ gtmMotions: 2, gtmHeadcount: 60 })).model).toBe('pod');
  });

  it('rule 5: one motion from $20M with 100 GTM people or fewer → centralized', () => {
    expect(suggestModel(profile({ arrUsd: 20 * M, gtmHeadcount: 100 })).model).toBe('centralized');
  });
});

describe('suggestTeamSize', () => {
  it.each([
    [5 * M, 1, 1],
    [10 * M, 1, 2],
    [19 * M, 1, 2],
    [20 * M, 3, 8],
    [50 * M, 3, 8],
    [150 * M, 8, 15],
    [200 * M, 15, 25],
    [600 * M, 15, 20],
  ])('ARR %d → %d–%d people', (arr, min, max) => {
    expect(suggestTeamSize(arr)).toMatchObject({ min, max });
  });
});
