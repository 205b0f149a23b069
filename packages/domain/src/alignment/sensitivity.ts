import { OPERATING_MODEL_LABELS } from '../programs/program.types.js';
import { CANDIDATE_MODELS, type CandidateModel, type Principle } from './alignment.types.js';
import { matrixWinner, weightedTotals, type ScoreTable } from './matrix.js';

/**
 * A winner that loses its lead when one weight moves by less than this many percentage points is
 * fragile: stakeholders' weights routinely differ by more than that (see the spread).
 */
export const FRAGILE_BELOW_POINTS = 10;

/** Moving one principle's weight by `change` points (the others keep their proportions) makes `newWinner` draw level or overtake. */
export interface WeightShift {
  principleId: string;
  /** Signed change in percentage points: positive = more weight. */
  change: number;
  fromWeight: number;
  toWeight: number;
  newWinner: CandidateModel;
}

/** How far each principle's weight can move, up and down, before the winner changes (null = never within 0–100%). */
export interface PrincipleSensitivity {
  principleId: string;
  weight: number;
  up: WeightShift | null;
  down: WeightShift | null;
}

export type SensitivityVerdict = 'robust' | 'fragile' | 'undecided';

export interface Sensitivity {
  /** The sole winner; null when the top is tied or nothing is scored. */
  winner: CandidateModel | null;
  /** Models sharing first place when there is no sole winner. */
  tiedModels: CandidateModel[];
  /** robust: no single change under FRAGILE_BELOW_POINTS moves the winner; fragile: one does, or the top is tied; undecided: nothing scored. */
  verdict: SensitivityVerdict;
  /** The smallest change of any one weight that changes the winner. */
  smallest: WeightShift | null;
  principles: PrincipleSensitivity[];
}

// Drop float dust so a crossing at exactly the current weights reads as 0, not 1e-15.
const clean = (value: number) => Math.round(value * 1e9) / 1e9;

/**
 * For each principle, the smallest rise and the smallest fall of its weight at which another model
 * draws level with or overtakes the winner. When one weight moves by d points, the others share
 * the remaining 100 − w − d in their current proportions (equally when they are all zero), so each
 * model's total is linear in d: T(d) = T(0) + d × (s_p − A) / 100, where s_p is the model's score
 * on the principle and A its average score on the others, weighted by their shares.
 */
export function weightSensitivity(table: ScoreTable, principles: readonly Principle[], weights: Readonly<Record<string, number>>): Sensitivity {
  const totals = weightedTotals(table, weights);
  const winner = matrixWinner(totals);
  if (winner === null) {
    const anyScore = totals.some((row) => row.total > 0);
    const tiedModels = anyScore ? totals.filter((row) => row.rank === 1).map((row) => row.model) : [];
    return { winner: null, tiedModels, verdict: anyScore ? 'fragile' : 'undecided', smallest: null, principles: [] };
  }
  const totalOf = new Map(totals.map((row) => [row.model, row.total]));
  const rows = principles.map((principle): PrincipleSensitivity => {
    const weight = weights[principle.id] ?? 0;
    const others = principles.filter((other) => other.id !== principle.id);
    const rest = 100 - weight;
    const shareOf = (id: string) => (rest > 0 ? (weights[id] ?? 0) / rest : 1 / others.length);
    const slope = (model: CandidateModel) => {
      const averageOthers = others.reduce((sum, other) => sum + (table[model][other.id] ?? 0) * shareOf(other.id), 0);
      return ((table[model][principle.id] ?? 0) - averageOthers) / 100;
    };
    let up: WeightShift | null = null;
    let down: WeightShift | null = null;
    if (others.length > 0) {
      for (const model of CANDIDATE_MODELS) {
        if (model === winner) continue;
        const closing = slope(model) - slope(winner);
        if (closing === 0) continue;
        const gap = (totalOf.get(winner) ?? 0) - (totalOf.get(model) ?? 0);
        const change = clean(gap / closing);
        const shift = { principleId: principle.id, change, fromWeight: weight, toWeight: clean(weight + change), newWinner: model };
        if (change > 0 && change <= rest && (up === null || change < up.change)) up = shift;
        if (change < 0 && -change <= weight && (down === null || change > down.change)) down = shift;
      }
    }
    return { principleId: principle.id, weight, up, down };
  });
  const shifts = rows.flatMap((row) => [row.up, row.down]).filter((shift): shift is WeightShift => shift !== null);
  const smallest = shifts.reduce<WeightShift | null>((best, shift) => (best === null || Math.abs(shift.change) < Math.abs(best.change) ? shift : best), null);
  const verdict = smallest !== null && Math.abs(smallest.change) < FRAGILE_BELOW_POINTS ? 'fragile' : 'robust';
  return { winner, tiedModels: [], verdict, smallest, principles: rows };
}

const points = (value: number) => `${Math.round(Math.abs(value) * 10) / 10}`;
const percent = (value: number) => `${Math.round(value * 10) / 10}%`;

/** One weight shift in words: "if Cost rises from 20% to 26% (+6 points), Hub-and-spoke draws level with or overtakes Centralized". */
export function describeShift(shift: WeightShift, principleName: string, winner: CandidateModel): string {
  const verb = shift.change > 0 ? 'rises' : 'falls';
  const sign = shift.change > 0 ? '+' : '−';
  return `if ${principleName} ${verb} from ${percent(shift.fromWeight)} to ${percent(shift.toWeight)} (${sign}${points(shift.change)} points), ${OPERATING_MODEL_LABELS[shift.newWinner]} draws level with or overtakes ${OPERATING_MODEL_LABELS[winner]}`;
}

/** The verdict in one sentence, naming the smallest change that would change the winner. */
export function sensitivitySentence(result: Sensitivity, principles: readonly Principle[]): string {
  const nameOf = (id: string) => principles.find((principle) => principle.id === id)?.name ?? 'a principle';
  if (result.verdict === 'undecided') return 'Score the matrix to see how robust its winner is.';
  if (result.winner === null) {
    return `Fragile: ${result.tiedModels.map((model) => OPERATING_MODEL_LABELS[model]).join(' and ')} are tied, so any change of weight decides between them.`;
  }
  const winnerLabel = OPERATING_MODEL_LABELS[result.winner];
  if (result.smallest === null) return `Robust: no change to any single weight makes another model beat ${winnerLabel}.`;
  const shift = describeShift(result.smallest, nameOf(result.smallest.principleId), result.winner);
  return result.verdict === 'fragile'
    ? `Fragile: ${shift} — less than ${FRAGILE_BELOW_POINTS} points.`
    : `Robust: ${winnerLabel} stays ahead unless a weight moves by ${FRAGILE_BELOW_POINTS} points or more; the smallest such change: ${shift}.`;
}
