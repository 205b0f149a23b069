import { describe, expect, it } from 'vitest';
import { staffingGuidance } from './staffing.js';

describe('staffing guidance', () => {
  it('is within for 1 RevOps person per 10–15 sellers in a standard go-to-market', () => {
    // 36 sellers / 3 people = 12 per person, inside 10–15; suggested ceil(36/15) = 3 to ceil(36/10) = 4.
    expect(staffingGuidance({ revopsPeople: 3, sellers: 36, complexity: 'standard' })).toEqual({
      verdict: 'within',
      sellersPerRevops: 12,
      suggestedRevops: { min: 3, max: 4 },
      sentence: '12 sellers per RevOps person (36 sellers, 3 RevOps people): within the guidance (1 RevOps person per 10–15 sellers for a standard (early or mid stage) go-to-market).',
    });
  });

  it('says under-staffed above the upper bound', () => {
    // 60 / 2 = 30 per person > 15; suggested ceil(60/15) = 4 to ceil(60/10) = 6.
    const guidance = staffingGuidance({ revopsPeople: 2, sellers: 60, complexity: 'standard' });
    expect(guidance.verdict).toBe('under_staffed');
    expect(guidance.suggestedRevops).toEqual({ min: 4, max: 6 });
    expect(guidance.sentence).toContain('30 sellers per RevOps person (60 sellers, 2 RevOps people): fewer RevOps people than the guidance');
  });

  it('is tighter as complexity grows: the same 12 per person is under-staffed when highly complex', () => {
    // Highly complex: 5–8 per person; 12 > 8. Suggested ceil(36/8) = 5 to ceil(36/5) = 8.
    const guidance = staffingGuidance({ revopsPeople: 3, sellers: 36, complexity: 'highly_complex' });
    expect(guidance.verdict).toBe('under_staffed');
    expect(guidance.suggestedRevops).toEqual({ min: 5, max: 8 });
  });

  it('says over-staffed below the lower bound', () => {
    // 20 / 4 = 5 per person < 10 (standard).
    const guidance = staffingGuidance({ revopsPeople: 4, sellers: 20, complexity: 'standard' });
    expect(guidance.verdict).toBe('over_staffed');
    expect(guidance.sellersPerRevops).toBe(5);
    expect(guidance.sentence).toContain('more RevOps people than the guidance');
  });

  it('treats sellers without any RevOps person as under-staffed and no sellers as not applicable', () => {
    expect(staffingGuidance({ revopsPeople: 0, sellers: 9, complexity: 'complex' })).toMatchObject({
      verdict: 'under_staffed',
      sellersPerRevops: null,
      sentence: '9 sellers and no RevOps person: the guidance (1 RevOps person per 8–10 sellers for a complex go-to-market) suggests 1–2.',
    });
    expect(staffingGuidance({ revopsPeople: 1, sellers: 0, complexity: 'standard' }).verdict).toBe('no_sellers');
  });
});
