import type { Principle, WeightSet } from './alignment.types.js';

/**
 * Turns raw weights into percentages of their sum, per principle id, so stakeholders may use any
 * scale. A set whose weights are all zero gives every principle an equal share.
 */
export function normaliseWeights(principleIds: readonly string[], raw: Readonly<Record<string, number>>): Record<string, number> {
  const sum = principleIds.reduce((total, id) => total + Math.max(0, raw[id] ?? 0), 0);
  return Object.fromEntries(
    principleIds.map((id) => [id, sum === 0 ? 100 / principleIds.length : (Math.max(0, raw[id] ?? 0) / sum) * 100]),
  );
}

/** Per principle: the average of the stakeholders' normalised weights and their spread (highest minus lowest). */
export interface PrincipleWeighting {
  principleId: string;
  average: number;
  min: number;
  max: number;
  spread: number;
}

/** The team's weights: each principle's average and spread, and the principle they disagree on most. */
export interface WeightSummary {
  principles: PrincipleWeighting[];
  /** Average weights in percent by principle id; they sum to 100 (equal shares when nobody has weighed). */
  averages: Record<string, number>;
  /** The principle with the largest spread, or null with fewer than two sets or no disagreement. */
  mostDisputedId: string | null;
}

/** Averages and spreads of the stakeholders' normalised weights. */
export function summariseWeights(principles: readonly Principle[], sets: readonly WeightSet[]): WeightSummary {
  const ids = principles.map((principle) => principle.id);
  const normalised = sets.map((set) => normaliseWeights(ids, set.weights));
  const rows = ids.map((principleId): PrincipleWeighting => {
    const values = normalised.map((weights) => weights[principleId] ?? 0);
    if (values.length === 0) {
      const equal = ids.length === 0 ? 0 : 100 / ids.length;
      return { principleId, average: equal, min: equal, max: equal, spread: 0 };
    }
    const min = Math.min(...values);
    const max = Math.max(...values);
    return { principleId, average: values.reduce((a, b) => a + b, 0) / values.length, min, max, spread: max - min };
  });
  const disputed = rows.reduce<PrincipleWeighting | null>((top, row) => (row.spread > (top?.spread ?? 0) ? row : top), null);
  return {
    principles: rows,
    averages: Object.fromEntries(rows.map((row) => [row.principleId, row.average])),
    mostDisputedId: sets.length >= 2 ? (disputed?.principleId ?? null) : null,
  };
}
