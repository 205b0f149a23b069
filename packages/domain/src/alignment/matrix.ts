import { CANDIDATE_MODELS, type CandidateModel, type ModelScore } from './alignment.types.js';

/** Scores by model, then by principle id. */
export type ScoreTable = Record<CandidateModel, Record<string, number>>;

/** Arranges matrix cells by model and principle; unscored cells are absent. */
export function scoreTable(scores: readonly ModelScore[]): ScoreTable {
  const table = Object.fromEntries(CANDIDATE_MODELS.map((model) => [model, {}])) as ScoreTable;
  for (const cell of scores) table[cell.model][cell.principleId] = cell.score;
  return table;
}

/** One model's weighted total (on the 1–5 score scale) and rank (1 = best; tied totals share a rank). */
export interface ModelTotal {
  model: CandidateModel;
  total: number;
  rank: number;
}

// Totals are sums of products of small numbers: round away float dust before comparing them.
const roundTotal = (value: number) => Math.round(value * 1e9) / 1e9;

/**
 * Weighted total per model: Σ score × weight / 100 over the principles (weights in percent, an
 * unscored cell counts 0), ranked best first with competition ranking (1, 1, 3).
 */
export function weightedTotals(table: ScoreTable, weights: Readonly<Record<string, number>>): ModelTotal[] {
  const totals = CANDIDATE_MODELS.map((model) => ({
    model,
    total: roundTotal(Object.entries(weights).reduce((sum, [principleId, weight]) => sum + (table[model][principleId] ?? 0) * (weight / 100), 0)),
  }));
  return totals
    .map((row) => ({ ...row, rank: 1 + totals.filter((other) => other.total > row.total).length }))
    .sort((a, b) => a.rank - b.rank || CANDIDATE_MODELS.indexOf(a.model) - CANDIDATE_MODELS.indexOf(b.model));
}

/** The single best model, or null when the top is tied or nothing is scored. */
export function matrixWinner(totals: readonly ModelTotal[]): CandidateModel | null {
  const top = totals.filter((row) => row.rank === 1);
  return top.length === 1 && top[0] !== undefined && top[0].total > 0 ? top[0].model : null;
}

/** Whether every principle has a score for every model. */
export function isMatrixComplete(table: ScoreTable, principleIds: readonly string[]): boolean {
  return principleIds.length > 0 && CANDIDATE_MODELS.every((model) => principleIds.every((id) => table[model][id] !== undefined));
}
