import type { CandidateModel, ModelScore } from '../alignment/alignment.types.js';

/** Scores on principles p and q per model. */
export function twoPrincipleScores(rows: Record<CandidateModel, [number, number]>): ModelScore[] {
  return Object.entries(rows).flatMap(([model, [p, q]]) => [
    { principleId: 'p', model: model as CandidateModel, score: p },
    { principleId: 'q', model: model as CandidateModel, score: q },
  ]);
}

