import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from './distributions.js';
import { enteredBaselineEstimate, unitReplicateEstimate, weeklyDifferenceEstimate } from './estimators.js';
import { obrienFlemingSpent, sequentialBoundaries } from './sequential.js';

describe('distributions', () => {
  it('matches published normal values', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-5)).toBeCloseTo(2.8665e-7, 10);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361341, 4);
  });

  it('gives the t(0.975) table for 1, 3 and 30 degrees of freedom, and handles fractional (Welch) ones', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.975, 3)).toBeCloseTo(3.18245, 4);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.04227, 4);
    expect(studentTQuantile(0.025, 3)).toBeCloseTo(-3.18245, 4);
    expect(studentTCdf(studentTQuantile(0.99, 2.5), 2.5)).toBeCloseTo(0.99, 10);
    expect(studentTQuantile(0.975, 0)).toBeNaN();
  });
});

describe("O'Brien–Fleming alpha spending", () => {
  it('spends almost nothing early and all of 2.5 % at the end', () => {
    expect(obrienFlemingSpent(1)).toBeCloseTo(0.025, 10);
    expect(obrienFlemingSpent(0.5)).toBeCloseTo(0.001525, 5);
    expect(obrienFlemingSpent(0)).toBe(0);
  });

  it('matches the published boundaries for four equally spaced looks (gsDesign sfLDOF, one-sided 2.5 %)', () => {
    const [b1, b2, b3, b4] = sequentialBoundaries([0.25, 0.5, 0.75, 1]);
    expect(b1).toBeCloseTo(4.333, 2);
    expect(b2).toBeCloseTo(2.963, 2);
    expect(b3).toBeCloseTo(2.359, 2);
    expect(b4).toBeCloseTo(2.014, 2);
  });

  it('is the plain one-sided 97.5 % value for a single look, and cannot cross without new information', () => {
    expect(sequentialBoundaries([1])[0]).toBeCloseTo(1.959964, 5);
    expect(sequentialBoundaries([0.5, 0.5])[1]).toBe(Infinity);
  });
});

describe('units as replicates', () => {
  it("compares each unit's change from its own baseline with Welch's t below six units", () => {
    // Pilot changes −6, −4 (mean −5, variance 2); comparison −1, −3 (mean −2, variance 2).
    // Effect −3; se √(2/2 + 2/2) = √2; Welch df (1 + 1)² / (1/1 + 1/1) = 2.
    const estimate = unitReplicateEstimate(
      [
        { before: 20, during: 14 },
        { before: 16, during: 12 },
      ],
      [
        { before: 18, during: 17 },
        { before: 19, during: 16 },
      ],
    );
    expect(estimate).toMatchObject({ adjusted: false, degreesOfFreedom: 2 });
    expect(estimate?.effect).toBeCloseTo(-3, 10);
    expect(estimate?.standardError).toBeCloseTo(Math.SQRT2, 10);
  });

  it('adjusts on the pre-period (ANCOVA) from six units, counting the slope’s own uncertainty', () => {
    // during = before − 3 in the pilot, = before in the comparison: slope 1, no residual noise but one unit.
    // Pilot before 10, 12, 14 (x̄ 12), during 7, 9, 12 (ȳ 9.333); comparison before 11, 13, 15 (x̄ 13), during 11, 13, 15.
    // Sxx = 8 + 8 = 16; Sxy = (−2)(−2.333) + 0 + 2(2.667) + 8 = 4.667 + 5.333 + 8 = 18 → θ = 1.125.
    // effect = (9.333 − 13) − 1.125 (12 − 13) = −2.542.
    const pilot = [
      { before: 10, during: 7 },
      { before: 12, during: 9 },
      { before: 14, during: 12 },
    ];
    const comparison = [
      { before: 11, during: 11 },
      { before: 13, during: 13 },
      { before: 15, during: 15 },
    ];
    const estimate = unitReplicateEstimate(pilot, comparison);
    expect(estimate?.adjusted).toBe(true);
    expect(estimate?.effect).toBeCloseTo(28 / 3 - 13 + 1.125, 10);
    expect(estimate?.degreesOfFreedom).toBe(3);
    // Residuals: pilot −0.083, −0.333, 0.417; comparison 0.25, 0, −0.25 → SSE 0.41667; s² = 0.13889;
    // se² = s² (1/3 + 1/3 + 1/16) = 0.10127.
    expect(estimate?.standardError).toBeCloseTo(Math.sqrt((0.41666666 / 3) * (2 / 3 + 1 / 16)), 6);
  });

  it('needs two units in each group', () => {
    expect(unitReplicateEstimate([{ before: 1, during: 2 }], [{ before: 1, during: 1 }, { before: 2, during: 2 }])).toBeNull();
  });
});

describe('one unit in a group: weekly differences', () => {
  it("counts the baseline's uncertainty: s²(1/k + 1/p) with s² pooled from both periods", () => {
    // during −3, −6, −8, −9 (mean −6.5, SS 21); before 1, −1 (mean 0, SS 2). df 4 + 2 − 2 = 4; s² = 23 / 4.
    const estimate = weeklyDifferenceEstimate([-3, -6, -8, -9], [1, -1]);
    expect(estimate?.effect).toBeCloseTo(-6.5, 10);
    expect(estimate?.degreesOfFreedom).toBe(4);
    expect(estimate?.standardError).toBeCloseTo(Math.sqrt((23 / 4) * (1 / 4 + 1 / 2)), 10);
    expect(weeklyDifferenceEstimate([-3], [0])).toBeNull();
  });

  it('takes an entered baseline as exact but still counts the comparison baseline’s spread', () => {
    // during −5, −8, −10, −11 (variance 7), entered gap −2; comparison before 19, 21 (variance 2).
    // se² = 7/4 + 2/2 = 2.75.
    const estimate = enteredBaselineEstimate([-5, -8, -10, -11], -2, [19, 21], [19, 18, 18, 17]);
    expect(estimate?.effect).toBeCloseTo(-6.5, 10);
    expect(estimate?.standardError).toBeCloseTo(Math.sqrt(2.75), 10);
  });
});
