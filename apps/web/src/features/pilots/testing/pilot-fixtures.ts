import { isGateReviewOverdue, isoWeekStart, type GateDecision, type MetricDirection, type MetricState, type MetricUnit, type PilotStatus, type RagStatus, type SuccessMetricKind } from '@rollout/domain';
import * as builders from '@rollout/domain/testing';
import { anId, aUnitStage } from '../../../test/fixtures';
import { anActivity } from '../../assessments/testing/catalog-fixtures';

// Unmasked API data for the pilot screens' tests: every fragment's fields, as the API returns them.

let sequence = 0;
const next = () => (sequence += 1);

export interface UnitFixture {
  __typename: 'Unit';
  id: string;
  name: string;
  code: string;
}

export function aPilotUnit(name: string, code: string = `U-${next()}`): UnitFixture {
  return { __typename: 'Unit', id: anId(), name, code };
}

export function aPerson(name: string) {
  return { __typename: 'User' as const, id: anId(), name };
}

export interface MetricOverrides {
  id?: string;
  name?: string;
  catalogKey?: string | null;
  kind?: SuccessMetricKind;
  unit?: MetricUnit;
  direction?: MetricDirection;
  target?: number;
  tolerance?: number | null;
  weight?: number | null;
  /** The entered baseline (null: measured). */
  enteredBaseline?: number | null;
  version?: number;
}

export function aSuccessMetric({ enteredBaseline, ...overrides }: MetricOverrides = {}) {
  const { pilotId: _pilotId, ...metric } = builders.aSuccessMetric({ id: anId(), ...overrides, ...(enteredBaseline === undefined ? {} : { baseline: enteredBaseline }) });
  return { __typename: 'SuccessMetric' as const, ...metric };
}

export interface WeekFixture {
  weekStart: string;
  pilot: number | null;
  comparison: number | null;
}

export interface EvaluationOverrides {
  metric?: ReturnType<typeof aSuccessMetric>;
  baseline?: number | null;
  baselineSource?: 'entered' | 'measured' | null;
  current?: number | null;
  currentWeek?: string | null;
  progress?: number | null;
  state?: MetricState;
  summary?: string;
  guardrailBreached?: boolean | null;
  weeksWithData?: number;
  howSure?: string | null;
  missingWeeks?: { weekStart: string; units: UnitFixture[] }[];
  effect?: {
    effect: number;
    low: number | null;
    high: number | null;
    boundary?: number | null;
    verdict: 'improved' | 'inconclusive' | 'worsened' | null;
    weeks: number;
    looks?: { weekStart: string; effect: number; low: number | null; high: number | null; boundary: number | null }[];
  } | null;
  weekly?: WeekFixture[];
}

/** An effect estimate as the API returns it; the only look is the current one unless `looks` says otherwise. */
function anEffect(effect: NonNullable<EvaluationOverrides['effect']>) {
  const boundary = effect.boundary ?? null;
  const looks = effect.looks ?? [{ weekStart: '2026-03-09', effect: effect.effect, low: effect.low, high: effect.high, boundary }];
  return { __typename: 'EffectEstimate' as const, ...effect, boundary, looks: looks.map((look) => ({ __typename: 'EffectLook' as const, ...look })) };
}

/** One MetricEvaluation with every field the pilot page reads. */
export function aMetricEvaluation(overrides: EvaluationOverrides = {}) {
  const metric = overrides.metric ?? aSuccessMetric();
  return {
    __typename: 'MetricEvaluation' as const,
    metric,
    baseline: overrides.baseline === undefined ? metric.baseline : overrides.baseline,
    baselineSource: overrides.baselineSource === undefined ? (metric.baseline === null ? 'measured' : 'entered') : overrides.baselineSource,
    current: overrides.current === undefined ? 10.2 : overrides.current,
    currentWeek: overrides.currentWeek === undefined ? '2026-03-09' : overrides.currentWeek,
    progress: overrides.progress === undefined ? 0.78 : overrides.progress,
    state: overrides.state ?? 'on_track',
    summary: overrides.summary ?? `${metric.name} fell from 18 h to 10.2 h, target 8 h: on track.`,
    guardrailBreached: overrides.guardrailBreached ?? (metric.kind === 'guardrail' ? false : null),
    weeksWithData: overrides.weeksWithData ?? 2,
    howSure: overrides.howSure ?? null,
    missingWeeks: (overrides.missingWeeks ?? []).map((week) => ({ __typename: 'MissingWeek' as const, ...week })),
    effect: overrides.effect ? anEffect(overrides.effect) : null,
    weekly: (
      overrides.weekly ?? [
        { weekStart: '2026-02-23', pilot: 18.2, comparison: 17.7 },
        { weekStart: '2026-03-02', pilot: 13.8, comparison: null },
        { weekStart: '2026-03-09', pilot: 10.2, comparison: 16.9 },
      ]
    ).map((week) => ({ __typename: 'WeeklyPoint' as const, ...week })),
  };
}

export interface CheckInOverrides {
  unit: UnitFixture;
  weekStart: string;
  status?: RagStatus;
  confidence?: number;
  highlights?: string;
  blockers?: string;
  asksForHelp?: string;
  commentary?: string;
  by?: string;
  submittedOn?: string;
  pilotId?: string;
}

export function aCheckIn({ unit, by, pilotId, ...overrides }: CheckInOverrides) {
  const { submittedById: _submittedById, ...checkIn } = builders.aCheckIn({ id: anId(), pilotId: pilotId ?? anId(), unitId: unit.id, ...overrides });
  return {
    __typename: 'CheckIn' as const,
    ...checkIn,
    version: 1,
    updatedAt: `${checkIn.submittedOn}T15:00:00.000Z`,
    unit,
    submittedBy: aPerson(by ?? 'Marco Rossi'),
  };
}

export interface PilotOverrides {
  id?: string;
  version?: number;
  name?: string;
  status?: PilotStatus;
  hypothesis?: string;
  startDate?: string;
  endDate?: string;
  asOf?: string;
  viewerCanManage?: boolean;
  units?: UnitFixture[];
  comparisonUnits?: UnitFixture[];
  steering?: string[];
  activities?: ReturnType<typeof anActivity>[];
  metrics?: ReturnType<typeof aMetricEvaluation>[];
  checkIns?: ReturnType<typeof aCheckIn>[];
  /** Unit ids without a recent check-in. */
  staleUnitIds?: string[];
  /** Unit ids the viewer reports on. */
  reportingUnitIds?: string[];
  recommendation?: {
    decision: GateDecision;
    summary: string;
    weightedProgress?: number | null;
    stage?: 'interim' | 'final';
    tooEarly?: boolean;
    whatWouldChange?: string | null;
  };
  decisions?: { decision: GateDecision; recommendation?: GateDecision; rationale?: string; by?: string; at?: string }[];
  program?: { id?: string; name?: string; archived?: boolean };
}

/** A pilot as the `Pilot` query returns it (every fragment unmasked). */
export function aPilotDetail(overrides: PilotOverrides = {}) {
  const n = next();
  const id = overrides.id ?? anId();
  const programId = overrides.program?.id ?? anId();
  const units = overrides.units ?? [aPilotUnit('DACH', 'EMEA-DACH')];
  const comparisonUnits = overrides.comparisonUnits ?? [];
  const checkIns = (overrides.checkIns ?? []).map((checkIn) => ({ ...checkIn, pilotId: id }));
  const metrics = overrides.metrics ?? [];
  const activities = overrides.activities ?? [anActivity('Lead routing', 'Process & planning')];
  const name = overrides.name ?? `Pilot ${n}`;
  const status = overrides.status ?? 'running';
  const startDate = overrides.startDate ?? '2026-03-02';
  const endDate = overrides.endDate ?? '2026-03-29';
  const asOf = overrides.asOf ?? '2026-03-11';
  // Each unit's stage as the API derives it when this is the unit's only pilot.
  const stage = aUnitStage([{ kind: 'pilot', id, name, status, startDate, endDate, decision: overrides.decisions?.[0]?.decision ?? null }], asOf);
  return {
    __typename: 'Pilot' as const,
    id,
    version: overrides.version ?? 2,
    programId,
    name,
    status,
    hypothesis: overrides.hypothesis ?? 'If the hub owns lead routing, DACH answers leads within 8 hours.',
    startDate,
    endDate,
    gateReviewOverdue: isGateReviewOverdue({ status, endDate }, asOf),
    viewerCanManage: overrides.viewerCanManage ?? true,
    activities,
    activityIds: activities.map((activity) => activity.id),
    unitIds: units.map((unit) => unit.id),
    comparisonUnitIds: comparisonUnits.map((unit) => unit.id),
    units,
    unitStages: units.map((unit) => ({ ...stage, unitId: unit.id, unit })),
    comparisonUnits,
    steeringMemberIds: [] as string[],
    steeringMembers: (overrides.steering ?? ['Erin Walsh']).map(aPerson),
    program: {
      __typename: 'Program' as const,
      id: programId,
      name: overrides.program?.name ?? 'Global hub-and-spoke RevOps',
      archived: overrides.program?.archived ?? false,
      units: units.map((unit) => ({ __typename: 'ProgramUnit' as const, id: anId(), unitId: unit.id })),
    },
    metrics: metrics.map((evaluation) => evaluation.metric),
    evaluation: {
      __typename: 'PilotEvaluation' as const,
      asOf,
      metrics,
      recommendation: {
        __typename: 'GateRecommendation' as const,
        decision: overrides.recommendation?.decision ?? 'extend',
        stage: overrides.recommendation?.stage ?? 'interim',
        tooEarly: overrides.recommendation?.tooEarly ?? true,
        whatWouldChange: overrides.recommendation?.whatWouldChange ?? null,
        summary: overrides.recommendation?.summary ?? 'Too early to call (week 2 of 4): Lead response time needs more data.',
        weightedProgress: overrides.recommendation?.weightedProgress ?? null,
        flags: [] as { __typename: 'GateFlag'; unitId: string; message: string }[],
      },
    },
    unitReports: units.map((unit) => {
      // Check-ins are newest first: the unit's first is its latest, its first before the as-of week is what a new one is compared with.
      const last = checkIns.find((checkIn) => checkIn.unitId === unit.id) ?? null;
      const previous = checkIns.find((checkIn) => checkIn.unitId === unit.id && checkIn.weekStart < isoWeekStart(asOf)) ?? null;
      return {
        __typename: 'PilotUnitReport' as const,
        pilotId: id,
        unitId: unit.id,
        stale: (overrides.staleUnitIds ?? []).includes(unit.id),
        viewerCanReport: (overrides.reportingUnitIds ?? []).includes(unit.id),
        unit,
        lastCheckIn: last && {
          __typename: 'CheckIn' as const,
          id: last.id,
          version: last.version,
          weekStart: last.weekStart,
          status: last.status,
          confidence: last.confidence,
          highlights: last.highlights,
          blockers: last.blockers,
          asksForHelp: last.asksForHelp,
          commentary: last.commentary,
          submittedOn: last.submittedOn,
        },
        previousCheckIn: previous && { __typename: 'CheckIn' as const, id: previous.id, weekStart: previous.weekStart, status: previous.status },
      };
    }),
    checkInCount: checkIns.length,
    checkIns: checkIns.slice(0, 30),
    decisions: (overrides.decisions ?? []).map((review) => ({
      __typename: 'Decision' as const,
      id: anId(),
      decision: review.decision,
      recommendation: review.recommendation ?? review.decision,
      rationale: review.rationale ?? '',
      decidedAt: review.at ?? '2026-04-01T15:00:00.000Z',
      decidedBy: aPerson(review.by ?? 'Daniel Kim'),
    })),
  };
}
