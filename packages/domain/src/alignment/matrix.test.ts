import { describe, expect, it } from 'vitest';
import { twoPrincipleScores } from '../testing/alignment.js';
import { isMatrixComplete, matrixWinner, scoreTable, weightedTotals } from './matrix.js';

const scores = twoPrincipleScores({ centralized: [5, 1], hub_and_spoke: [4, 3], hybrid: [3, 4], pod: [2, 5], decentralized: [1, 5] });

describe('weightedTotals', () => {
  it('weighs scores by percent and ranks them, ties sharing a rank', () => {
    // weights p 60 %, q 40 %:
    // centralized 5×0.6 + 1×0.4 = 3.4; hub 4×0.6 + 3×0.4 = 3.6; hybrid 3×0.6 + 4×0.4 = 3.4;
    // pod 2×0.6 + 5×0.4 = 3.2; decentralized 1×0.6 + 5×0.4 = 2.6 → ranks 1, 2, 2, 4, 5
    const totals = weightedTotals(scoreTable(scores), { p: 60, q: 40 });
    expect(totals).toEqual([
      { model: 'hub_and_spoke', total: 3.6, rank: 1 },
      { model: 'centralized', total: 3.4, rank: 2 },
      { model: 'hybrid', total: 3.4, rank: 2 },
      { model: 'pod', total: 3.2, rank: 4 },
      { model: 'decentralized', total: 2.6, rank: 5 },
    ]);
    expect(matrixWinner(totals)).toBe('hub_and_spoke');
  });

  it('has no winner when the top is tied', () => {
    // 50/50: centralized 3, hub 3.5, hybrid 3.5, pod 3.5, decentralized 3 → three share rank 1
    const totals = weightedTotals(scoreTable(scores), { p: 50, q: 50 });
    expect(totals.filter((row) => row.rank === 1).map((row) => row.model)).toEqual(['hub_and_spoke', 'hybrid', 'pod']);
    expect(totals.find((row) => row.model === 'centralized')?.rank).toBe(4);
    expect(matrixWinner(totals)).toBeNull();
  });

  it('counts an unscored cell as 0 and knows when the matrix is complete', () => {
    // only hub scored on p: 4 × 0.6 = 2.4; everything else 0
    const table = scoreTable([{ principleId: 'p', model: 'hub_and_spoke', score: 4 }]);
    expect(weightedTotals(table, { p: 60, q: 40 })[0]).toEqual({ model: 'hub_and_spoke', total: 2.4, rank: 1 });
    expect(isMatrixComplete(table, ['p', 'q'])).toBe(false);
    expect(isMatrixComplete(scoreTable(scores), ['p', 'q'])).toBe(true);
    expect(matrixWinner(weightedTotals(scoreTable([]), { p: 60, q: 40 }))).toBeNull();
  });
});
