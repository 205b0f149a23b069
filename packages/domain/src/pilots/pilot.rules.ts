import { invalidField } from '../common/errors.js';
import { daysBetween, isoWeekStart } from './pilot-dates.js';
import { MIN_COMMENTARY_LENGTH } from './pilot.schema.js';
import {
  GATE_DECISION_LABELS,
  PILOT_STATUS_LABELS,
  RAG_STATUS_LABELS,
  type GateDecision,
  type PilotStatus,
  type RagStatus,
  type SuccessMetric,
} from './pilot.types.js';

/** The one status each status may move to; decided is final. */
export const PILOT_NEXT_STATUS: Record<PilotStatus, PilotStatus | null> = {
  planned: 'running',
  running: 'in_review',
  in_review: 'decided',
  decided: null,
};

/** What a status change needs to know besides the pilot. */
export interface PilotTransitionContext {
  /**
   * The pilot's success metrics, each with the baseline an evaluation would use: the entered one,
   * or the one computed from measurements before the start (`computeBaseline`), or null.
   */
  metrics?: readonly Pick<SuccessMetric, 'baseline' | 'target'>[];
  /** Whether a gate review (decision) has been recorded for the pilot. */
  gateReviewRecorded?: boolean;
}

/**
 * Checks a status change; throws BAD_USER_INPUT on `status` when it is not allowed.
 * - planned → running: at least one success metric with a baseline and a target;
 * - running → in_review: always;
 * - in_review → decided: a gate review must be recorded;
 * - nothing else (no skipping, no going back, decided is final).
 */
export function checkPilotTransition(pilot: { status: PilotStatus }, to: PilotStatus, context: PilotTransitionContext = {}): void {
  const from = pilot.status;
  const next = PILOT_NEXT_STATUS[from];
  if (next !== to) {
    const allowed = next === null ? 'a decided pilot cannot change status' : `the next status is ${PILOT_STATUS_LABELS[next]}`;
    throw invalidField('status', `The pilot is ${PILOT_STATUS_LABELS[from]}: ${allowed}.`);
  }
  if (to === 'running') {
    const ready = (context.metrics ?? []).some((metric) => metric.baseline !== null && Number.isFinite(metric.target));
    if (!ready) throw invalidField('status', 'Add at least one success metric with a baseline and a target before starting the pilot.');
  }
  if (to === 'decided' && context.gateReviewRecorded !== true) {
    throw invalidField('status', 'Record the gate review (the decision) before marking the pilot decided.');
  }
}

/**
 * True when a check-in needs commentary: its status is amber or red, or it differs from the
 * previous check-in's status (pass the unit's latest earlier check-in, or null for the first).
 */
export function checkInNeedsCommentary(current: { status: RagStatus }, previous?: { status: RagStatus } | null): boolean {
  return current.status !== 'green' || (previous !== undefined && previous !== null && previous.status !== current.status);
}

/**
 * Throws BAD_USER_INPUT on `commentary` when `checkInNeedsCommentary` and the commentary is
 * shorter than `MIN_COMMENTARY_LENGTH` after trimming.
 */
export function checkCheckInCommentary(current: { status: RagStatus; commentary: string }, previous?: { status: RagStatus } | null): void {
  if (!checkInNeedsCommentary(current, previous) || current.commentary.trim().length >= MIN_COMMENTARY_LENGTH) return;
  const status = RAG_STATUS_LABELS[current.status].toLowerCase();
  const why =
    previous && previous.status !== current.status
      ? `the status changed from ${RAG_STATUS_LABELS[previous.status].toLowerCase()} to ${status}`
      : `the status is ${status}`;
  throw invalidField('commentary', `Say why ${why} (at least ${MIN_COMMENTARY_LENGTH} characters).`);
}

/** Days without a check-in after which a unit is stale. */
export const STALE_AFTER_DAYS = 7;

/**
 * True when a unit has had no check-in for more than 7 days. Without any check-in the clock runs
 * from `since` (e.g. the pilot's start); with neither, the unit is stale.
 */
export function isStale(lastCheckInDate: string | null, today: string, since?: string | null): boolean {
  const from = lastCheckInDate ?? since ?? null;
  return from === null || daysBetween(from, today) > STALE_AFTER_DAYS;
}

/** The Monday (ISO week start) of the week holding a `YYYY-MM-DD` date. */
export function weekStart(date: string): string {
  return isoWeekStart(date);
}

/**
 * Checks a gate decision against the recommendation: a different decision needs a rationale of
 * at least `MIN_COMMENTARY_LENGTH` characters. Returns the trimmed rationale.
 */
export function checkGateDecision(input: { decision: GateDecision; rationale?: string | null }, recommendation: GateDecision): string {
  const rationale = input.rationale?.trim() ?? '';
  if (input.decision !== recommendation && rationale.length < MIN_COMMENTARY_LENGTH) {
    throw invalidField(
      'rationale',
      `The recommendation is ${GATE_DECISION_LABELS[recommendation]}: say why you chose ${GATE_DECISION_LABELS[input.decision]} (at least ${MIN_COMMENTARY_LENGTH} characters).`,
    );
  }
  return rationale;
}
