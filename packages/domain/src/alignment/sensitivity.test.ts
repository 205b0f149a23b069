import { describe, expect, it } from 'vitest';
import { scoreTable } from './matrix.js';
import { twoPrincipleScores } from '../testing/alignment.js';
import { sensitivitySentence, weightSensitivity } from './sensitivity.js';

const principles = [
  { id: 'p', name: 'Consistency' },
  { id: 'q', name: 'Speed of change' },
];

describe('weightSensitivity', () => {
  it('finds a fragile winner: a 6.7-point rise of one weight makes another model draw level', () => {
    // 60/40: hub 3.6 leads centralized 3.4 (see matrix.test). With only two principles, moving p by d
    // moves q by −d, so a model's slope on p is (s_p − s_q)/100: hub 0.01, centralized 0.04.
    // Centralized closes 0.03 per point on a 0.2 gap → d = 0.2 / 0.03 = 6.667 (p at 66.7%:
    // hub 4×⅔ + 3×⅓ = 3.667, centralized 5×⅔ + 1×⅓ = 3.667). Down: hybrid (−0.01) and pod (−0.03)
    // close −0.02 and −0.04 on gaps 0.2 and 0.4 → both at d = −10 (hybrid named first).
    // q is the mirror image: down −6.667 to centralized, up +10 to hybrid.
    const table = scoreTable(twoPrincipleScores({ centralized: [5, 1], hub_and_spoke: [4, 3], hybrid: [3, 4], pod: [2, 5], decentralized: [1, 5] }));
    const result = weightSensitivity(table, principles, { p: 60, q: 40 });
    expect(result.winner).toBe('hub_and_spoke');
    const [p, q] = result.principles;
    expect(p?.up).toMatchObject({ newWinner: 'centralized', fromWeight: 60 });
    expect(p?.up?.change).toBeCloseTo(6.6667, 3);
    expect(p?.down).toMatchObject({ change: -10, toWeight: 50, newWinner: 'hybrid' });
    expect(q?.up).toMatchObject({ change: 10, newWinner: 'hybrid' });
    expect(q?.down?.change).toBeCloseTo(-6.6667, 3);
    expect(result.verdict).toBe('fragile');
    expect(result.smallest?.principleId).toBe('p');
    expect(sensitivitySentence(result, principles)).toBe(
      'Fragile: if Consistency rises from 60% to 66.7% (+6.7 points), Centralized draws level with or overtakes Hub-and-spoke — less than 10 points.',
    );
  });

  it('calls a winner robust when the smallest change is 10 points or more', () => {
    // hub 5×0.6 + 3×0.4 = 4.2; centralized 1×0.6 + 5×0.4 = 2.6; the rest 1.
    // p: hub slope (5−3)/100 = 0.02, centralized (1−5)/100 = −0.04 → closing −0.06 on gap 1.6 → d = −26.667
    // (p at 33.3%: hub 5×⅓ + 3×⅔ = 3.667 = centralized 1×⅓ + 5×⅔); the rest need −160, beyond 0%.
    const table = scoreTable(twoPrincipleScores({ centralized: [1, 5], hub_and_spoke: [5, 3], hybrid: [1, 1], pod: [1, 1], decentralized: [1, 1] }));
    const result = weightSensitivity(table, principles, { p: 60, q: 40 });
    expect(result.verdict).toBe('robust');
    expect(result.smallest?.change).toBeCloseTo(-26.6667, 3);
    expect(result.principles[0]?.up).toBeNull();
    expect(sensitivitySentence(result, principles)).toBe(
      'Robust: Hub-and-spoke stays ahead unless a weight moves by 10 points or more; the smallest such change: if Consistency falls from 60% to 33.3% (−26.7 points), Centralized draws level with or overtakes Hub-and-spoke.',
    );
  });

  it('is robust with no shift at all when the winner leads on every principle by the same margin', () => {
    // hub 5 on both, the rest 1 on both: every slope is 0, nothing ever crosses.
    const table = scoreTable(twoPrincipleScores({ centralized: [1, 1], hub_and_spoke: [5, 5], hybrid: [1, 1], pod: [1, 1], decentralized: [1, 1] }));
    const result = weightSensitivity(table, principles, { p: 60, q: 40 });
    expect(result).toMatchObject({ verdict: 'robust', smallest: null });
    expect(sensitivitySentence(result, principles)).toBe('Robust: no change to any single weight makes another model beat Hub-and-spoke.');
  });

  it('calls a tie at the top fragile and names the tied models', () => {
    // 50/50: hub, hybrid and pod all 3.5 (see matrix.test)
    const table = scoreTable(twoPrincipleScores({ centralized: [5, 1], hub_and_spoke: [4, 3], hybrid: [3, 4], pod: [2, 5], decentralized: [1, 5] }));
    const result = weightSensitivity(table, principles, { p: 50, q: 50 });
    expect(result).toMatchObject({ winner: null, verdict: 'fragile', tiedModels: ['hub_and_spoke', 'hybrid', 'pod'] });
    expect(sensitivitySentence(result, principles)).toBe('Fragile: Hub-and-spoke and Hybrid and Pod are tied, so any change of weight decides between them.');
  });

  it('is undecided before anything is scored', () => {
    const result = weightSensitivity(scoreTable([]), principles, { p: 60, q: 40 });
    expect(result.verdict).toBe('undecided');
    expect(sensitivitySentence(result, principles)).toBe('Score the matrix to see how robust its winner is.');
  });

  it('shares the rest equally when the moved principle holds all the weight', () => {
    // p 100%, q 0%: hub 4 leads centralized... use hub [4,1], centralized [3,5]: totals 4 and 3.
    // Falling by d gives q −d: hub 4 + d×(4−1)/100, centralized 3 + d×(3−5)/100 → equal at d = −1/0.05 = −20.
    const table = scoreTable(twoPrincipleScores({ centralized: [3, 5], hub_and_spoke: [4, 1], hybrid: [1, 1], pod: [1, 1], decentralized: [1, 1] }));
    const result = weightSensitivity(table, principles, { p: 100, q: 0 });
    expect(result.principles[0]?.down).toMatchObject({ change: -20, toWeight: 80, newWinner: 'centralized' });
    expect(result.principles[0]?.up).toBeNull();
  });
});
