// A unit's readiness to join the roll-out, 0–100, from five parts the program manager can weigh.

export const READINESS_PARTS = ['checklist', 'training', 'data', 'sponsor', 'blockers'] as const;
export type ReadinessPart = (typeof READINESS_PARTS)[number];

export const READINESS_PART_LABELS: Record<ReadinessPart, string> = {
  checklist: 'Readiness checklist',
  training: 'People trained',
  data: 'Data readiness',
  sponsor: 'Local sponsor named',
  blockers: 'No open blockers',
};

export type ReadinessWeights = Record<ReadinessPart, number>;
export const DEFAULT_READINESS_WEIGHTS: ReadinessWeights = { checklist: 30, training: 25, data: 20, sponsor: 10, blockers: 15 };

export interface ReadinessInput {
  checklist: { done: number; total: number };
  training: { trained: number; people: number };
  /** The assessment's data-quality figure for the unit, 0–100; null when it has none. */
  dataQuality: number | null;
  sponsorNamed: boolean;
  openBlockers: number;
}

export interface ReadinessScore {
  /** 0–100, rounded; the parts without a figure are left out and the others weigh more. */
  score: number;
  parts: { part: ReadinessPart; value: number | null; weight: number }[];
}

const percent = (done: number, total: number): number | null => (total > 0 ? (100 * Math.min(done, total)) / total : null);

/** Each part as 0–100 (null when unknown), then the weighted mean of the known parts. */
export function readinessScore(input: ReadinessInput, weights: ReadinessWeights = DEFAULT_READINESS_WEIGHTS): ReadinessScore {
  const values: Record<ReadinessPart, number | null> = {
    checklist: percent(input.checklist.done, input.checklist.total),
    training: percent(input.training.trained, input.training.people),
    data: input.dataQuality === null ? null : Math.max(0, Math.min(100, input.dataQuality)),
    sponsor: input.sponsorNamed ? 100 : 0,
    // One open blocker halves the part; two or more empty it.
    blockers: input.openBlockers === 0 ? 100 : input.openBlockers === 1 ? 50 : 0,
  };
  const parts = READINESS_PARTS.map((part) => ({ part, value: values[part], weight: weights[part] }));
  const known = parts.filter((part) => part.value !== null && part.weight > 0);
  const weight = known.reduce((sum, part) => sum + part.weight, 0);
  const score = weight === 0 ? 0 : Math.round(known.reduce((sum, part) => sum + part.weight * (part.value ?? 0), 0) / weight);
  return { score, parts };
}
