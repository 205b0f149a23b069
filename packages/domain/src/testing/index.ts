import { DomainError } from '../common/errors.js';
import type { CheckIn, Measurement, Pilot, SuccessMetric } from '../pilots/pilot.types.js';

// The one set of test builders: domain, API, web and e2e tests start from these values and
// override only what a test is about. Each call gets fresh ids and names, so tests never share rows.

let sequence = 0;
const next = (): number => (sequence += 1);

const run = Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0');

/** A fresh id shaped like a v4 UUID (lower-case, as the API keeps them), unique per call. */
export function aTestId(): string {
  return `00000000-${run}-4000-8000-${next().toString(16).padStart(12, '0')}`;
}

/**
 * The pilot calendar the builders use: a Monday start, four weeks, two weeks of baseline before.
 * `weeks` are the Mondays of the pilot period, `before` those of the baseline.
 */
export const PILOT_CALENDAR = {
  startDate: '2026-01-05',
  endDate: '2026-02-02',
  before: ['2025-12-22', '2025-12-29'],
  weeks: ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'],
} as const;

/** A planned four-week pilot of lead routing in one unit, no comparison units. */
export function aPilot(overrides: Partial<Pilot> = {}): Pilot {
  return {
    id: aTestId(),
    programId: aTestId(),
    name: `Pilot ${next()}`,
    hypothesis: 'Routing through the hub halves lead response time.',
    unitIds: [aTestId()],
    comparisonUnitIds: [],
    startDate: PILOT_CALENDAR.startDate,
    endDate: PILOT_CALENDAR.endDate,
    steeringMemberIds: [],
    activityIds: [],
    status: 'planned',
    version: 1,
    ...overrides,
  };
}

/** The primary catalog metric "lead response time": hours, lower is better, 18 h → 8 h. */
export function aSuccessMetric(overrides: Partial<SuccessMetric> = {}): SuccessMetric {
  return {
    id: aTestId(),
    pilotId: aTestId(),
    catalogKey: 'lead_response_time',
    name: 'Lead response time',
    unit: 'hours',
    direction: 'lower_is_better',
    kind: 'primary',
    baseline: 18,
    target: 8,
    tolerance: null,
    weight: null,
    version: 1,
    ...overrides,
  };
}

/** The primary catalog metric "win rate": percent, higher is better, 20 % → 30 %. */
export function aWinRateMetric(overrides: Partial<SuccessMetric> = {}): SuccessMetric {
  return aSuccessMetric({ catalogKey: 'win_rate', name: 'Win rate', unit: 'percent', direction: 'higher_is_better', baseline: 20, target: 30, ...overrides });
}

/** The guardrail catalog metric "CRM data completeness": percent, higher is better, 90 %, may fall 2 points. */
export function aGuardrailMetric(overrides: Partial<SuccessMetric> = {}): SuccessMetric {
  return aSuccessMetric({ catalogKey: 'crm_data_completeness', name: 'CRM data completeness', unit: 'percent', direction: 'higher_is_better', kind: 'guardrail', baseline: 90, target: 90, tolerance: 2, ...overrides });
}

/** The DomainError a rule throws, as its code and first field error; fails when it throws none. */
export function fieldErrorOf(run: () => unknown): { code: string; field?: string; message?: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, ...error.fieldErrors[0] };
  }
  throw new Error('expected a DomainError');
}

/** One measured value in a unit on a day, as the evaluation reads it (the metric is implied). */
export function aMeasuredValue(unitId: string, date: string, value: number): Pick<Measurement, 'unitId' | 'date' | 'value'> {
  return { unitId, date, value };
}

/** A green check-in, confidence 4, submitted on the Monday of its week. */
export function aCheckIn(overrides: Partial<CheckIn> & Pick<CheckIn, 'weekStart'>): CheckIn {
  return {
    id: aTestId(),
    pilotId: aTestId(),
    unitId: aTestId(),
    status: 'green',
    confidence: 4,
    highlights: '',
    blockers: '',
    asksForHelp: '',
    commentary: '',
    submittedById: aTestId(),
    submittedOn: overrides.weekStart,
    ...overrides,
  };
}
export * from './alignment.js';
