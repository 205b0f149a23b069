import type { PilotEvaluationModel } from './evaluation.model.js';

/** How many evaluations one process keeps: every pilot of a large organization, a few days each. */
export const EVALUATION_CACHE_SIZE = 2000;

/**
 * Evaluations already computed, by everything they were computed from: the pilot's units and dates,
 * its data version (moved by the database whenever a value, check-in, metric or baseline behind it
 * changes) and the day. A changed input is a new key, so nothing is ever invalidated by hand; the
 * least recently read entries make room.
 */
export class EvaluationCache {
  private readonly entries = new Map<string, PilotEvaluationModel>();

  constructor(private readonly size = EVALUATION_CACHE_SIZE) {}

  get(key: string): PilotEvaluationModel | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, evaluation: PilotEvaluationModel): void {
    this.entries.delete(key);
    this.entries.set(key, evaluation);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.size) break;
      this.entries.delete(oldest);
    }
  }
}
