import { z } from 'zod';
import { invalidField } from '../common/errors.js';
import { expectedVersion, id } from '../common/fields.js';
import { requestNumber } from './request.js';

// The visible prioritisation framework: each owning team scores its requests with the framework
// the program chose (RICE or WSJF), every part of the score is kept and shown, and a request's
// rank in its team's queue comes with a sentence saying why it sits there.

export const FRAMEWORKS = ['rice', 'wsjf'] as const;
export type Framework = (typeof FRAMEWORKS)[number];
export const FRAMEWORK_LABELS: Record<Framework, string> = { rice: 'RICE', wsjf: 'WSJF' };
export const FRAMEWORK_FORMULAS: Record<Framework, string> = {
  rice: 'Reach × Impact × Confidence ÷ Effort',
  wsjf: '(Business value + Time criticality + Risk reduction) ÷ Job size',
};
export const FRAMEWORK_DESCRIPTIONS: Record<Framework, string> = {
  rice: 'Reach: people or deals it touches per quarter. Impact: 0.25 minimal to 3 massive. Confidence: how sure the estimates are. Effort: person-days.',
  wsjf: 'Cost of delay (business value, time criticality, risk reduction or opportunity, each 1–20 on the Fibonacci scale) divided by the job size in person-days.',
};

/** RICE's impact scale (Intercom's): massive 3, high 2, medium 1, low 0.5, minimal 0.25. */
export const RICE_IMPACTS: readonly { value: number; label: string }[] = [
  { value: 3, label: 'Massive' },
  { value: 2, label: 'High' },
  { value: 1, label: 'Medium' },
  { value: 0.5, label: 'Low' },
  { value: 0.25, label: 'Minimal' },
];
/** RICE's confidence, in percent: high 100, medium 80, low 50. */
export const RICE_CONFIDENCES: readonly { value: number; label: string }[] = [
  { value: 100, label: 'High (100%)' },
  { value: 80, label: 'Medium (80%)' },
  { value: 50, label: 'Low (50%)' },
];
/** The modified Fibonacci scale WSJF's cost-of-delay parts are scored on. */
export const WSJF_SCALE = [1, 2, 3, 5, 8, 13, 20] as const;

/** Every part a team may have scored; those of the program's framework make the score. */
export interface ScoreParts {
  /** Person-days: RICE's effort, WSJF's job size, and what the capacity plan counts. */
  effortDays: number | null;
  reach: number | null;
  impact: number | null;
  confidence: number | null;
  businessValue: number | null;
  timeCriticality: number | null;
  riskReduction: number | null;
}

const oneOf = (values: readonly number[], message: string) => z.number().refine((value) => values.includes(value), message);
const fibonacci = oneOf(WSJF_SCALE, `Pick one of ${WSJF_SCALE.join(', ')}.`).nullable().optional();

export const scoreRequestSchema = z.object({
  id,
  expectedVersion,
  effortDays: z.number().min(0.5, 'At least half a person-day.').max(1000, 'At most 1,000 person-days.').refine((value) => Number.isInteger(value * 2), 'Whole or half person-days.'),
  reach: z.number().int('A whole number.').min(0, 'Zero or more.').max(1_000_000, 'At most 1,000,000.').nullable().optional(),
  impact: oneOf(RICE_IMPACTS.map((step) => step.value), 'Pick 3, 2, 1, 0.5 or 0.25.').nullable().optional(),
  confidence: oneOf(RICE_CONFIDENCES.map((step) => step.value), 'Pick 100, 80 or 50.').nullable().optional(),
  businessValue: fibonacci,
  timeCriticality: fibonacci,
  riskReduction: fibonacci,
});

const RICE_PARTS = ['reach', 'impact', 'confidence'] as const;
const WSJF_PARTS = ['businessValue', 'timeCriticality', 'riskReduction'] as const;
const PART_LABELS: Record<(typeof RICE_PARTS)[number] | (typeof WSJF_PARTS)[number], string> = {
  reach: 'Reach',
  impact: 'Impact',
  confidence: 'Confidence',
  businessValue: 'Business value',
  timeCriticality: 'Time criticality',
  riskReduction: 'Risk reduction',
};

/** The parts the framework needs that a scoring leaves out, as field errors. */
export function assertFrameworkParts(framework: Framework, parts: Partial<ScoreParts>): void {
  for (const part of framework === 'rice' ? RICE_PARTS : WSJF_PARTS) {
    if (parts[part] === null || parts[part] === undefined) throw invalidField(part, `${PART_LABELS[part]} is part of the ${FRAMEWORK_LABELS[framework]} score.`);
  }
}

/** A score rounded to two decimals (how it is shown and compared), or null when a part is missing. */
export function scoreOf(framework: Framework, parts: ScoreParts): number | null {
  const { effortDays } = parts;
  if (effortDays === null || effortDays <= 0) return null;
  if (framework === 'rice') {
    const { reach, impact, confidence } = parts;
    if (reach === null || impact === null || confidence === null) return null;
    return round2((reach * impact * (confidence / 100)) / effortDays);
  }
  const { businessValue, timeCriticality, riskReduction } = parts;
  if (businessValue === null || timeCriticality === null || riskReduction === null) return null;
  return round2((businessValue + timeCriticality + riskReduction) / effortDays);
}

const round2 = (value: number) => Math.round(value * 100) / 100;
// One formatter: `toLocaleString` with options builds a new one per call (half the backlog view's time).
const FIGURE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const figure = (value: number) => FIGURE.format(value);
const days = (value: number) => `${figure(value)} person-day${value === 1 ? '' : 's'}`;

/** The score with its parts, as people read it: "Reach 400 × Impact 2 × Confidence 80% ÷ Effort 5 person-days = 128". */
export function scoreFormula(framework: Framework, parts: ScoreParts): string | null {
  const score = scoreOf(framework, parts);
  if (score === null) return null;
  const effort = days(parts.effortDays ?? 0);
  if (framework === 'rice') return `Reach ${figure(parts.reach ?? 0)} × Impact ${figure(parts.impact ?? 0)} × Confidence ${parts.confidence}% ÷ Effort ${effort} = ${figure(score)}`;
  return `(Business value ${parts.businessValue} + Time criticality ${parts.timeCriticality} + Risk reduction ${parts.riskReduction}) ÷ Job size ${effort} = ${figure(score)}`;
}

/** What ranking reads of a request in one team's queue. */
export interface RankInput {
  id: string;
  number: number;
  score: number | null;
  /** When a forum decision raised it to the top of its queue; null = ranked by its score. */
  raisedAt: Date | null;
  filedAt: Date;
}

export interface Ranked {
  id: string;
  /** 1 = first. Requests with equal scores share a rank (1, 2, 2, 4); unscored ones have none. */
  rank: number | null;
  /** Other requests with the same rank, by number. */
  tiedWith: number[];
}

/**
 * One team's queue in rank order: requests a forum decision raised first (the earliest decision
 * first), then by score (equal scores share a rank; the older request is listed first), then the
 * requests not scored yet, oldest first, without a rank.
 */
export function rankQueue(requests: readonly RankInput[]): Ranked[] {
  const byAge = (a: RankInput, b: RankInput) => a.filedAt.getTime() - b.filedAt.getTime() || a.number - b.number;
  const raised = requests.filter((request) => request.raisedAt !== null).sort((a, b) => (a.raisedAt?.getTime() ?? 0) - (b.raisedAt?.getTime() ?? 0) || byAge(a, b));
  const scored = requests.filter((request) => request.raisedAt === null && request.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || byAge(a, b));
  const unscored = requests.filter((request) => request.raisedAt === null && request.score === null).sort(byAge);

  const ranked: Ranked[] = raised.map((request, index) => ({ id: request.id, rank: index + 1, tiedWith: [] }));
  scored.forEach((request, index) => {
    const first = scored.findIndex((other) => other.score === request.score);
    const tiedWith = scored.filter((other) => other.score === request.score && other.id !== request.id).map((other) => other.number);
    ranked.push({ id: request.id, rank: raised.length + (first === index ? index : first) + 1, tiedWith });
  });
  return [...ranked, ...unscored.map((request) => ({ id: request.id, rank: null, tiedWith: [] }))];
}

/** Why a request ranks where it does, in one sentence. */
export function rankReason(input: {
  framework: Framework;
  queueName: string;
  rank: number | null;
  rankedCount: number;
  parts: ScoreParts;
  tiedWith: readonly number[];
  /** The request ranked just above it and its score (null when it is first, or raised). */
  above: { number: number; score: number | null } | null;
  raisedBy: { title: string; forumName: string; decidedOn: string } | null;
}): string {
  const { framework, queueName, rank, rankedCount } = input;
  const label = FRAMEWORK_LABELS[framework];
  if (input.raisedBy) return `Ranks ${rank} of ${rankedCount} in ${queueName}: raised to the top by the ${input.raisedBy.forumName} decision “${input.raisedBy.title}” (${input.raisedBy.decidedOn}).`;
  const formula = scoreFormula(framework, input.parts);
  if (rank === null || formula === null) return `Not ranked yet: ${queueName} scores it with ${label} at triage.`;
  const ties = input.tiedWith.length ? `, tied with ${input.tiedWith.map(requestNumber).join(', ')}` : '';
  const above = input.above && input.above.score !== null && !input.tiedWith.includes(input.above.number) ? `; ${requestNumber(input.above.number)} above it scores ${figure(input.above.score)}` : '';
  const first = rank === 1 && !ties ? ', the highest score' : '';
  return `Ranks ${rank} of ${rankedCount} in ${queueName} with ${label} ${formula}${first}${ties}${above}.`;
}

export const backlogSettingsSchema = z.object({
  programId: id,
  framework: z.enum(FRAMEWORKS, 'Pick RICE or WSJF.'),
  focusDaysPerPersonMonth: z.number().min(1, 'At least a day.').max(23, 'At most 23 days (the working days of a month).').refine((value) => Number.isInteger(value * 2), 'Whole or half days.'),
});
