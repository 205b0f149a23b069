import { formatCalendarDate } from '../common/calendar-date.js';
import { DomainError, invalidField } from '../common/errors.js';
import { EARLIEST_DATE, LATEST_DATE, localDate } from '../common/fields.js';
import { daysBetween, isoWeekStart } from './pilot-dates.js';
import {
  GATE_DECISION_LABELS,
  MIN_COMMENTARY_LENGTH,
  PILOT_STATUS_LABELS,
  type GateDecision,
  type PilotStatus,
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
  /** Whether a decision has been recorded for the pilot. */
  decisionRecorded?: boolean;
}

/** Why a planned pilot cannot start yet (no success metric with both a baseline and a target), or null when it can. */
export function pilotStartBlocker(metrics: readonly { baseline: number | null; target: number | null }[]): string | null {
  const ready = metrics.some((metric) => metric.baseline !== null && metric.target !== null);
  return ready ? null : 'Add at least one success metric with a baseline and a target before starting the pilot.';
}

/**
 * Checks a status change; throws BAD_USER_INPUT on `status` when it is not allowed.
 * - planned → running: at least one success metric with a baseline and a target;
 * - running → in_review: always;
 * - in_review → decided: a decision must be recorded;
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
    const blocker = pilotStartBlocker(context.metrics ?? []);
    if (blocker) throw invalidField('status', blocker);
  }
  if (to === 'decided' && context.decisionRecorded !== true) {
    throw invalidField('status', 'Record the decision before marking the pilot decided.');
  }
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

/**
 * The pilot's status after a gate decision: extend sends it back to running until its new end date
 * (which must be after the current one); every other decision closes it as decided.
 */
export function statusAfterGateDecision(
  decision: GateDecision,
  pilot: { endDate: string },
  extendedEndDate: string | undefined,
): { status: PilotStatus; endDate: string } {
  if (decision !== 'extend') return { status: 'decided', endDate: pilot.endDate };
  if (extendedEndDate === undefined) throw invalidField('extendedEndDate', 'Extending a pilot needs a new end date.');
  if (extendedEndDate <= pilot.endDate) throw invalidField('extendedEndDate', `The new end date must be after the current one (${formatCalendarDate(pilot.endDate)}).`);
  return { status: 'running', endDate: extendedEndDate };
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Checks an edit of a pilot's details. A decided pilot is closed. Once running, the units, the
 * comparison units and the start date are fixed: changing them would change what the evaluation
 * compares after the fact.
 */
export function checkPilotEdit(
  current: { status: PilotStatus; unitIds: readonly string[]; comparisonUnitIds: readonly string[]; startDate: string },
  next: { unitIds: readonly string[]; comparisonUnitIds: readonly string[]; startDate: string },
): void {
  if (current.status === 'decided') throw invalidField('status', 'The pilot is decided: it can no longer be edited.');
  if (current.status === 'planned') return;
  if (!sameIds(current.unitIds, next.unitIds)) throw invalidField('unitIds', 'The pilot has started: its units can no longer change.');
  if (!sameIds(current.comparisonUnitIds, next.comparisonUnitIds)) {
    throw invalidField('comparisonUnitIds', 'The pilot has started: its comparison units can no longer change.');
  }
  if (current.startDate !== next.startDate) throw invalidField('startDate', 'The pilot has started: its start date can no longer change.');
}

/**
 * Success metrics can be added, changed or removed only while the pilot is planned: moving the
 * goalposts after the start would make the gate decision meaningless.
 */
export function checkMetricsEditable(pilot: { status: PilotStatus }): void {
  if (pilot.status !== 'planned') {
    throw invalidField('pilotId', `The pilot is ${PILOT_STATUS_LABELS[pilot.status].toLowerCase()}: its success metrics are fixed once it starts.`);
  }
}

/** A success metric as the one-metric-once rule compares it. */
export interface MetricIdentity {
  id?: string;
  catalogKey: string | null;
  name: string;
}

/**
 * A pilot measures each catalog metric once, and no two of its metrics share a name: measured
 * values are told apart by metric (a spreadsheet names it by catalog key or name), so an export
 * re-imports cleanly. `metric.id` is set when an existing metric is being edited.
 */
export function checkMetricDistinct(metric: MetricIdentity, others: readonly MetricIdentity[]): void {
  const rest = others.filter((other) => other.id !== metric.id);
  const sameCatalog = metric.catalogKey ? rest.find((other) => other.catalogKey === metric.catalogKey) : undefined;
  if (sameCatalog) throw invalidField('catalogKey', `This pilot measures ${sameCatalog.name} already: change that metric instead of adding it twice.`);
  const name = metric.name.trim().toLowerCase();
  if (rest.some((other) => other.name.trim().toLowerCase() === name)) {
    throw invalidField('name', 'Another success metric of this pilot has this name: give each one its own.');
  }
}

/** Check-ins are submitted while a pilot runs or is in review. */
export function checkCheckInOpen(pilot: { status: PilotStatus }): void {
  if (pilot.status !== 'running' && pilot.status !== 'in_review') {
    throw invalidField('pilotId', `The pilot is ${PILOT_STATUS_LABELS[pilot.status].toLowerCase()}: check-ins are for running pilots.`);
  }
}

/**
 * Throws BAD_USER_INPUT naming the stored start or end date that cannot be evaluated: one that is
 * not a real `YYYY-MM-DD` day from 2000-01-01 to 2100-12-31 (stored before dates were bounded).
 */
export function checkPilotEvaluable(pilot: { startDate: string; endDate: string }): void {
  const fieldErrors = (['startDate', 'endDate'] as const)
    .filter((field) => !localDate.safeParse(pilot[field]).success)
    .map((field) => ({
      field,
      message: `The ${field === 'startDate' ? 'start' : 'end'} date ${pilot[field]} is not a day from ${EARLIEST_DATE} to ${LATEST_DATE}: edit the pilot’s dates.`,
    }));
  if (fieldErrors.length > 0) {
    throw new DomainError('BAD_USER_INPUT', `This pilot cannot be evaluated. ${fieldErrors.map((error) => error.message).join(' ')}`, fieldErrors);
  }
}
