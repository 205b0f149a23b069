import type { MetricDirection, MetricUnit } from '../metrics/metric-catalog.js';

/** Life cycle of a pilot: planned → running → in_review → decided, one step at a time. */
export const PILOT_STATUSES = ['planned', 'running', 'in_review', 'decided'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];

export const PILOT_STATUS_LABELS: Record<PilotStatus, string> = {
  planned: 'Planned',
  running: 'Running',
  in_review: 'In review',
  decided: 'Decided',
};

/**
 * Length of a pilot when no end date is given: four whole ISO weeks, counted from the week holding
 * the start (see shared/domain.md).
 */
export const DEFAULT_PILOT_WEEKS = 4;

/**
 * What a success metric is for: a primary metric is what the pilot tries to improve; a guardrail
 * must not get worse than its baseline by more than its tolerance.
 */
export const SUCCESS_METRIC_KINDS = ['primary', 'guardrail'] as const;
export type SuccessMetricKind = (typeof SUCCESS_METRIC_KINDS)[number];

export const SUCCESS_METRIC_KIND_LABELS: Record<SuccessMetricKind, string> = {
  primary: 'Primary',
  guardrail: 'Guardrail',
};

/** Where the baseline an evaluation used came from. */
export const BASELINE_SOURCES = ['entered', 'measured', 'assessment'] as const;
export type BaselineSource = (typeof BASELINE_SOURCES)[number];

/** Red / amber / green status a unit reports in its weekly check-in. */
export const RAG_STATUSES = ['green', 'amber', 'red'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

export const RAG_STATUS_LABELS: Record<RagStatus, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
};

/** Decisions at a pilot's gate review. */
export const GATE_DECISIONS = ['scale', 'extend', 'adjust', 'stop'] as const;
export type GateDecision = (typeof GATE_DECISIONS)[number];

export const GATE_DECISION_LABELS: Record<GateDecision, string> = {
  scale: 'Scale',
  extend: 'Extend',
  adjust: 'Adjust',
  stop: 'Stop',
};

export const GATE_DECISION_DESCRIPTIONS: Record<GateDecision, string> = {
  scale: 'The pilot worked: roll the change out to the remaining units in waves.',
  extend: 'Not enough evidence yet: keep the pilot running and decide later.',
  adjust: 'Change the design (or fix a guardrail) and pilot again.',
  stop: 'The change did not work: stop it and record the lessons.',
};

/** Where a measurement came from. */
export const MEASUREMENT_SOURCES = ['manual', 'import'] as const;
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];

export const MEASUREMENT_SOURCE_LABELS: Record<MeasurementSource, string> = {
  manual: 'Entered by hand',
  import: 'Imported from a file',
};

/** What a lesson learned says about an activity. */
export const LESSON_KINDS = ['worked', 'did_not_work', 'change_before_scaling'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

export const LESSON_KIND_LABELS: Record<LessonKind, string> = {
  worked: 'What worked',
  did_not_work: 'What did not work',
  change_before_scaling: 'Change before scaling',
};

/** How a success metric is doing against its target (see `evaluation.ts` for the thresholds). */
export const METRIC_STATES = ['met', 'on_track', 'at_risk', 'off_track', 'not_enough_data'] as const;
export type MetricState = (typeof METRIC_STATES)[number];

export const METRIC_STATE_LABELS: Record<MetricState, string> = {
  met: 'Met',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  not_enough_data: 'Not enough data',
};

/** A time-boxed trial of the target model in some units of a program. Dates are `YYYY-MM-DD`. */
export interface Pilot {
  id: string;
  programId: string;
  name: string;
  hypothesis: string;
  /** Units that run the change; at least one. */
  unitIds: string[];
  /** Units that do not change, to tell the pilot's effect from a company-wide trend; may be empty. */
  comparisonUnitIds: string[];
  startDate: string;
  /** Last day of the pilot (inclusive). */
  endDate: string;
  steeringMemberIds: string[];
  /** Activities of the program's catalog the pilot changes (e.g. Lead routing, Forecasting framework). */
  activityIds: string[];
  status: PilotStatus;
  version: number;
}

/**
 * A metric the pilot is judged on, from `METRIC_CATALOG` (`catalogKey`) or custom (`catalogKey`
 * null). `baseline` null means "compute it from measurements before the start".
 */
export interface SuccessMetric {
  id: string;
  pilotId: string;
  catalogKey: string | null;
  name: string;
  unit: MetricUnit;
  direction: MetricDirection;
  kind: SuccessMetricKind;
  baseline: number | null;
  /** Required for primary metrics; a guardrail may have none (it only has to stay within its tolerance). */
  target: number | null;
  /** Guardrails only: how much worse than the baseline is still acceptable, in the metric's unit. */
  tolerance: number | null;
  /** Relative importance 0–100 among the primary metrics; null counts as 1. */
  weight: number | null;
  version: number;
}

/** One value of a metric in one unit on one day (weekly values are dated on any day of their week). */
export interface Measurement {
  metricId: string;
  unitId: string;
  date: string;
  value: number;
}

/** A pilot unit's weekly steering check-in. `weekStart` is the Monday of the week. */
export interface CheckIn {
  id: string;
  pilotId: string;
  unitId: string;
  weekStart: string;
  status: RagStatus;
  /** 1 (not confident) to 5 (very confident) that the pilot will reach its targets. */
  confidence: number;
  highlights: string;
  blockers: string;
  asksForHelp: string;
  /** Why the status is what it is; required for amber and red and when the status changed. */
  commentary: string;
  submittedById: string;
  /** Day the check-in was submitted, for staleness. */
  submittedOn: string;
}

/** A decision recorded at a pilot's gate: the pilot's entry in the program's decision log. */
export interface Decision {
  id: string;
  pilotId: string;
  /** What `recommendGate` suggested when the decision was recorded. */
  recommendation: GateDecision;
  decision: GateDecision;
  /** Why; required when the decision differs from the recommendation. */
  rationale: string;
  lessonsLearned: string;
  decidedById: string;
  decidedOn: string;
}

/** Shortest commentary, rationale or reason we accept: a few words, not a keystroke. */
export const MIN_COMMENTARY_LENGTH = 10;
