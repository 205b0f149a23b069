import { z } from 'zod';
import { canonicalId, DATE_RANGE_MESSAGE, expectedVersion, id, isWithinDateRange, localDate, nameText, text } from '../common/fields.js';
import { METRIC_VALUE_LIMIT, metricValueProblem, metricValueRange } from '../metrics/metric-range.js';
import { METRIC_CATALOG, METRIC_DIRECTIONS, METRIC_UNITS, type CatalogMetric, type MetricDirection, type MetricUnit } from '../metrics/metric-catalog.js';
import { isoWeekStart, shiftDays } from './pilot-dates.js';
import { commentaryShortfall } from './check-in.rules.js';
import { DEFAULT_PILOT_WEEKS, GATE_DECISIONS, LESSON_KINDS, MIN_COMMENTARY_LENGTH, RAG_STATUSES, SUCCESS_METRIC_KINDS, type SuccessMetricKind } from './pilot.types.js';

/** Most units a pilot (or its comparison group) may name. */
export const MAX_PILOT_UNITS = 50;
/** Most catalog activities a pilot may be tagged with. */
export const MAX_PILOT_ACTIVITIES = 20;


type Issue = { path: string[]; message: string };
type IssueSink = { addIssue: (issue: { code: 'custom'; message: string; path: string[]; input: unknown }) => void };

function report(ctx: IssueSink, value: unknown, issues: readonly Issue[]): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: value });
}

const unique = (values: readonly string[]) => new Set(values).size === values.length;

function idList(pick: string, max: number) {
  return z
    .array(canonicalId(pick), pick)
    .max(max, `Pick at most ${max}.`)
    .refine(unique, 'Each one can be picked only once.');
}

// ---------------------------------------------------------------------------------------------
// Pilot

const pilotFields = z.object({
  name: nameText('Name', 3, 120),
  hypothesis: text('Hypothesis', 1, 2000),
  unitIds: idList('Pick a pilot unit.', MAX_PILOT_UNITS).min(1, 'Pick at least one pilot unit.'),
  comparisonUnitIds: idList('Pick a comparison unit.', MAX_PILOT_UNITS).default([]),
  startDate: localDate,
  endDate: localDate.optional(),
  steeringMemberIds: idList('Pick a steering committee member.', 20).default([]),
  activityIds: idList('Pick an activity from the program’s catalog.', MAX_PILOT_ACTIVITIES).default([]),
});

type PilotShape = { unitIds: string[]; comparisonUnitIds: string[]; startDate: string; endDate?: string | undefined };

/**
 * The default last day of a pilot starting on `startDate`: the Sunday that closes its fourth ISO
 * week (start + 27 days for a Monday start), so no day of a fifth week belongs to the pilot.
 */
export function defaultPilotEndDate(startDate: string): string {
  return shiftDays(isoWeekStart(startDate), DEFAULT_PILOT_WEEKS * 7 - 1);
}

function pilotIssues(value: PilotShape): Issue[] {
  const issues: Issue[] = [];
  if (value.endDate !== undefined && value.endDate <= value.startDate) {
    issues.push({ path: ['endDate'], message: 'The end date must be after the start date.' });
  } else if (value.endDate === undefined && localDate.safeParse(value.startDate).success && !isWithinDateRange(defaultPilotEndDate(value.startDate))) {
    // A bad start date is reported by `localDate` itself.
    issues.push({ path: ['endDate'], message: `The default end (four whole weeks) is after the last possible day. ${DATE_RANGE_MESSAGE}` });
  }
  const pilotUnits = new Set(value.unitIds);
  if (value.comparisonUnitIds.some((unitId) => pilotUnits.has(unitId))) {
    issues.push({ path: ['comparisonUnitIds'], message: 'A comparison unit cannot also be a pilot unit.' });
  }
  return issues;
}

function withEndDate<T extends PilotShape>(value: T): Omit<T, 'endDate'> & { endDate: string } {
  return { ...value, endDate: value.endDate ?? defaultPilotEndDate(value.startDate) };
}

/**
 * Input to create a pilot in a program. The end date defaults to four whole ISO weeks; it must be
 * after the start; at least one pilot unit; comparison units may not be pilot units.
 */
export const createPilotSchema = pilotFields
  .extend({ programId: id })
  .superRefine((value, ctx) => report(ctx, value, pilotIssues(value)))
  .transform(withEndDate);
export type CreatePilotInput = z.input<typeof createPilotSchema>;
export type CreatePilotValues = z.output<typeof createPilotSchema>;

/** Input to edit a pilot's details (status changes go through `checkPilotTransition`). */
export const updatePilotSchema = pilotFields
  .extend({ id, expectedVersion })
  .superRefine((value, ctx) => report(ctx, value, pilotIssues(value)))
  .transform(withEndDate);
export type UpdatePilotInput = z.input<typeof updatePilotSchema>;
export type UpdatePilotValues = z.output<typeof updatePilotSchema>;

// ---------------------------------------------------------------------------------------------
// Success metric

/** A number no metric can exceed whatever its unit; `metricValueProblem` then applies the unit's range. */
function metricValue(required: string) {
  const message = `Enter a value from ${(-METRIC_VALUE_LIMIT).toLocaleString('en-US')} to ${METRIC_VALUE_LIMIT.toLocaleString('en-US')}.`;
  return z.number(required).min(-METRIC_VALUE_LIMIT, message).max(METRIC_VALUE_LIMIT, message);
}

const metricFields = z.object({
  catalogKey: z.string().nullable().optional(),
  name: nameText('Name', 3, 120).optional(),
  unit: z.enum(METRIC_UNITS, 'Pick a unit.').optional(),
  direction: z.enum(METRIC_DIRECTIONS, 'Pick whether higher or lower is better.').optional(),
  kind: z.enum(SUCCESS_METRIC_KINDS, 'Pick primary or guardrail.').default('primary'),
  baseline: metricValue('Enter a number.').nullable().optional(),
  target: metricValue('Enter a target.').nullable().optional(),
  tolerance: metricValue('Enter a number.').min(0, 'The tolerance cannot be negative.').nullable().optional(),
  weight: z.number('Enter a number.').min(0, 'The weight is between 0 and 100.').max(100, 'The weight is between 0 and 100.').nullable().optional(),
});

type MetricShape = z.output<typeof metricFields>;

/** The resolved, normalized fields of a success metric. */
export interface SuccessMetricFields {
  catalogKey: string | null;
  name: string;
  unit: MetricUnit;
  direction: MetricDirection;
  kind: SuccessMetricKind;
  baseline: number | null;
  /** Null only for guardrails. */
  target: number | null;
  /** Null for primary metrics. */
  tolerance: number | null;
  weight: number | null;
}

function catalogEntry(key: string | null | undefined): CatalogMetric | undefined {
  return key ? METRIC_CATALOG.find((metric) => metric.key === key) : undefined;
}

function metricIssues(value: MetricShape): Issue[] {
  const issues: Issue[] = [];
  const entry = catalogEntry(value.catalogKey);
  if (value.catalogKey && !entry) {
    issues.push({ path: ['catalogKey'], message: 'Pick a metric from the catalog, or leave it empty for a custom metric.' });
  } else if (entry) {
    if (value.unit !== undefined && value.unit !== entry.unit) issues.push({ path: ['unit'], message: `${entry.name} is measured in ${entry.unit}.` });
    if (value.direction !== undefined && value.direction !== entry.direction) {
      issues.push({ path: ['direction'], message: `${entry.name} is ${entry.direction === 'lower_is_better' ? 'lower' : 'higher'}-is-better.` });
    }
  } else {
    if (value.name === undefined) issues.push({ path: ['name'], message: 'Name is required for a custom metric.' });
    if (value.unit === undefined) issues.push({ path: ['unit'], message: 'Pick a unit.' });
    if (value.direction === undefined) issues.push({ path: ['direction'], message: 'Pick whether higher or lower is better.' });
  }
  if (value.kind === 'primary' && (value.target === undefined || value.target === null)) {
    issues.push({ path: ['target'], message: 'Enter a target: a primary metric is judged on reaching it.' });
  }
  if (value.kind === 'guardrail' && (value.tolerance === undefined || value.tolerance === null)) {
    issues.push({ path: ['tolerance'], message: 'A guardrail needs a tolerance: how much worse than the baseline is still acceptable (0 or more).' });
  }
  const unit = entry?.unit ?? value.unit;
  if (unit !== undefined) issues.push(...rangeIssues(value, { unit, catalogKey: entry?.key ?? null }));
  const direction = entry?.direction ?? value.direction;
  const baseline = value.baseline;
  if (value.kind === 'primary' && baseline !== undefined && baseline !== null && value.target !== undefined && value.target !== null) {
    if (value.target === baseline) {
      issues.push({ path: ['target'], message: 'The target must differ from the baseline.' });
    } else if (direction === 'lower_is_better' && value.target > baseline) {
      issues.push({ path: ['target'], message: 'Lower is better for this metric: set a target below the baseline.' });
    } else if (direction === 'higher_is_better' && value.target < baseline) {
      issues.push({ path: ['target'], message: 'Higher is better for this metric: set a target above the baseline.' });
    }
  }
  return issues;
}

/** Baseline and target within the metric's range; a tolerance no wider than the range. */
function rangeIssues(value: MetricShape, metric: { unit: MetricUnit; catalogKey: string | null }): Issue[] {
  const issues: Issue[] = [];
  for (const field of ['baseline', 'target'] as const) {
    const number = value[field];
    // Beyond every unit's limit is already reported by `metricValue`.
    const problem = number === undefined || number === null || Math.abs(number) > METRIC_VALUE_LIMIT ? null : metricValueProblem(metric, number);
    if (problem) issues.push({ path: [field], message: problem });
  }
  const { min, max } = metricValueRange(metric);
  if (value.tolerance !== undefined && value.tolerance !== null && value.tolerance > max - min) {
    issues.push({ path: ['tolerance'], message: `The tolerance can be at most ${(max - min).toLocaleString('en-US')}: the whole range of this metric.` });
  }
  return issues;
}

function resolveMetric<T extends MetricShape>(value: T, ctx: IssueSink): Omit<T, keyof SuccessMetricFields> & SuccessMetricFields {
  const entry = catalogEntry(value.catalogKey);
  const name = value.name ?? entry?.name;
  const unit = entry?.unit ?? value.unit;
  const direction = entry?.direction ?? value.direction;
  if (name === undefined || unit === undefined || direction === undefined) {
    // Unreachable after `metricIssues`, kept so the output type needs no assertion.
    report(ctx, value, [{ path: ['name'], message: 'Name, unit and direction are required for a custom metric.' }]);
    return z.NEVER;
  }
  return {
    ...value,
    catalogKey: entry ? entry.key : null,
    name,
    unit,
    direction,
    kind: value.kind,
    baseline: value.baseline ?? null,
    target: value.target ?? null,
    tolerance: value.kind === 'guardrail' ? (value.tolerance ?? null) : null,
    weight: value.weight ?? null,
  };
}

/**
 * Input to add a success metric to a pilot. With `catalogKey`, unit and direction come from
 * `METRIC_CATALOG` and the name defaults to the catalog's; custom metrics name all three.
 * A primary metric needs a target, on the better side of its baseline (when one is entered);
 * a guardrail needs a tolerance ≥ 0 and may have a target; the weight is 0–100.
 */
export const createSuccessMetricSchema = metricFields
  .extend({ pilotId: id })
  .superRefine((value, ctx) => report(ctx, value, metricIssues(value)))
  .transform((value, ctx) => resolveMetric(value, ctx));
export type CreateSuccessMetricInput = z.input<typeof createSuccessMetricSchema>;
export type CreateSuccessMetricValues = z.output<typeof createSuccessMetricSchema>;

/**
 * The values an edit of a success metric starts from (patch semantics): the current ones, except
 * that switching to another catalog metric drops what the old entry supplied (its unit, direction,
 * and its name unless the metric was renamed), so the new entry's apply.
 */
export function successMetricPatchBase(current: SuccessMetricFields, catalogKey: string | null | undefined): Partial<SuccessMetricFields> {
  const oldEntry = catalogEntry(current.catalogKey);
  if (catalogKey === undefined || catalogKey === current.catalogKey || !oldEntry || !catalogEntry(catalogKey)) return current;
  const { unit: _unit, direction: _direction, name, ...rest } = current;
  return name === oldEntry.name ? rest : { ...rest, name };
}

/** Input to edit a success metric (applied over `successMetricPatchBase`); same rules as creating one. */
export const updateSuccessMetricSchema = metricFields
  .extend({ id, expectedVersion })
  .superRefine((value, ctx) => report(ctx, value, metricIssues(value)))
  .transform((value, ctx) => resolveMetric(value, ctx));
export type UpdateSuccessMetricInput = z.input<typeof updateSuccessMetricSchema>;
export type UpdateSuccessMetricValues = z.output<typeof updateSuccessMetricSchema>;

// ---------------------------------------------------------------------------------------------
// Measurement

/**
 * One value of a metric in one unit on one day; the value must be a finite number within every
 * unit's outer limit. Within the metric's own range: `metricValueProblem`, once the metric is loaded.
 */
export const measurementSchema = z.object({
  metricId: id,
  unitId: id,
  date: localDate,
  value: metricValue('Enter a number.'),
});
export type MeasurementInput = z.input<typeof measurementSchema>;

// ---------------------------------------------------------------------------------------------
// Check-in

const isMonday = (value: string) => {
  // Malformed dates are reported by `localDate`; report only real dates that are not Mondays.
  try {
    return isoWeekStart(value) === value;
  } catch {
    return true;
  }
};

/**
 * A unit's weekly check-in. Confidence is a whole number 1–5. Commentary (≥ 10 characters) is
 * required when the status is amber or red; "the status changed since last week" needs the
 * previous check-in and is checked by `checkCheckInCommentary` (one rule: `commentaryShortfall`).
 */
export const checkInSchema = z
  .object({
    pilotId: id,
    unitId: id,
    weekStart: localDate.refine(isMonday, 'Use the Monday of the week.'),
    status: z.enum(RAG_STATUSES, 'Pick green, amber or red.'),
    confidence: z
      .number('Pick a confidence from 1 to 5.')
      .int('Pick a confidence from 1 to 5.')
      .min(1, 'Pick a confidence from 1 to 5.')
      .max(5, 'Pick a confidence from 1 to 5.'),
    highlights: text('Highlights', 0, 2000).default(''),
    blockers: text('Blockers', 0, 2000).default(''),
    asksForHelp: text('Asks for help', 0, 2000).default(''),
    commentary: text('Commentary', 0, 2000).default(''),
  })
  .superRefine((value, ctx) => {
    const shortfall = commentaryShortfall(value, null);
    if (shortfall) report(ctx, value, [{ path: ['commentary'], message: shortfall }]);
  });
export type CheckInInput = z.input<typeof checkInSchema>;
export type CheckInValues = z.output<typeof checkInSchema>;

// ---------------------------------------------------------------------------------------------
// Gate review

/**
 * The decision recorded at a pilot's gate review. A rationale is required when the decision
 * differs from the recommendation; `checkGateDecision` checks that with the recommendation.
 */
export const gateDecisionSchema = z.object({
  pilotId: id,
  expectedVersion,
  decision: z.enum(GATE_DECISIONS, 'Pick scale, extend, adjust or stop.'),
  rationale: text('Rationale', 0, 4000).default(''),
  lessonsLearned: text('Lessons learned', 0, 4000).default(''),
  /** Extend only: the pilot's new last day, after its current end date. */
  extendedEndDate: localDate.optional(),
});
export type GateDecisionInput = z.input<typeof gateDecisionSchema>;
export type GateDecisionValues = z.output<typeof gateDecisionSchema>;

// ---------------------------------------------------------------------------------------------
// Lessons learned

/** A lesson learned in a pilot, tagged with the catalog activity it is about (the API checks it is the program's). */
export const lessonSchema = z.object({
  pilotId: id,
  activityId: canonicalId('Pick the activity the lesson is about.'),
  kind: z.enum(LESSON_KINDS, 'Pick what worked, what did not, or what to change before scaling.'),
  text: text('Lesson', MIN_COMMENTARY_LENGTH, 2000),
});
export type LessonInput = z.input<typeof lessonSchema>;
