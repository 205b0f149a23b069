import type { MockLink } from '@apollo/client/testing';
import { DEFAULT_READINESS_CHECKLIST, WAVE_UNIT_STAGE_LABELS, type WaveUnitStage } from '@rollout/domain';
import { anId } from '../../../test/fixtures';
import { RolloutQuery, WaveUnitQuery } from '../hooks/useRolloutPlan';

// A roll-out as the API answers it, for component tests: wave 1 paused by UK's breached guardrail, Nordics ready, Iberia waiting in wave 2.

/** An activity the scaled pilot changes, placed in the hub, with one decision domain. */
export function aCarriedActivity(name: string, capabilityName: string, domain: string) {
  return {
    __typename: 'Activity' as const,
    id: anId(),
    name,
    capabilityName,
    placement: { __typename: 'ActivityPlacement' as const, id: anId(), placement: 'hub' as const },
    raciDomains: [{ __typename: 'RaciDomain' as const, id: anId(), name: domain }],
  };
}

export interface UnitOptions {
  stage: WaveUnitStage;
  region?: string;
  checklistDone?: boolean;
  viewerCanReport?: boolean;
  breached?: string[];
}

export function aWaveUnit(waveId: string, unitName: string, { stage, region = 'EMEA', checklistDone = false, viewerCanReport = true, breached = [] }: UnitOptions) {
  return {
    __typename: 'WaveUnit' as const,
    id: anId(),
    version: 2,
    waveId,
    unitId: anId(),
    unitName,
    region,
    stage,
    stageLabel: WAVE_UNIT_STAGE_LABELS[stage],
    blockedFrom: null,
    stageReason: null,
    checklist: DEFAULT_READINESS_CHECKLIST.map((label) => ({ __typename: 'ChecklistItem' as const, label, done: checklistDone })),
    peopleInScope: 40,
    peopleTrained: 30,
    sponsorName: 'Ingrid Berg',
    readiness: { __typename: 'Readiness' as const, score: checklistDone ? 85 : 40, parts: [{ __typename: 'ReadinessPartScore' as const, part: 'checklist' as const, label: 'Readiness checklist', value: checklistDone ? 100 : 0, weight: 30 }] },
    metricState: breached.length > 0 ? ('breached' as const) : ('no_data' as const),
    metricStateLabel: breached.length > 0 ? 'Guardrail breached' : 'No values yet',
    weeksMet: 0,
    breachedGuardrails: breached,
    adoptionProposed: false,
    lastCheckIn: null,
    checkInStale: false,
    flag: null,
    comparisons: [] as { __typename: 'NotYetComparison'; metricId: string; metricName: string; metricUnit: 'hours'; ownChange: number; othersChange: number; effect: number; others: number }[],
    riskFlag: null,
    viewerCanReport,
    moves: [],
  };
}
export type WaveUnitFixture = ReturnType<typeof aWaveUnit>;

export function aWave(name: string, units: (waveId: string) => WaveUnitFixture[], pausedReason: string | null = null) {
  const id = anId();
  const members = units(id);
  const live = members.filter((unit) => unit.stage === 'live' || unit.stage === 'adopted').length;
  return {
    __typename: 'RolloutWave' as const,
    id,
    version: 1,
    name,
    plannedStart: '2026-10-05',
    plannedEnd: '2026-12-20',
    actualStart: live > 0 ? '2026-10-12' : null,
    actualEnd: null,
    pausedReason,
    progress: { __typename: 'RolloutProgress' as const, units: members.length, live, adopted: 0 },
    units: members,
  };
}
export type WaveFixture = ReturnType<typeof aWave>;

export const PAUSED = 'Paused: a guardrail is breached (Win rate in UK). Look at it before more units go live.';

export function aRolloutPlan(waves: WaveFixture[], viewerCanManage: boolean, activities: ReturnType<typeof aCarriedActivity>[] = []) {
  const units = waves.flatMap((wave) => wave.units);
  return {
    __typename: 'RolloutPlan' as const,
    id: anId(),
    version: 1,
    viewerCanManage,
    adoptionWeeks: 4,
    readinessWeights: [{ __typename: 'ReadinessWeight' as const, part: 'checklist' as const, label: 'Readiness checklist', weight: 30 }],
    pilot: { __typename: 'Pilot' as const, id: anId(), name: 'DACH hub', metrics: [], activities, lessons: [] },
    waves,
    progress: { __typename: 'RolloutProgress' as const, units: units.length, live: units.filter((unit) => unit.stage === 'live').length, adopted: 0 },
    adoptionOverTime: [],
    forecast: { __typename: 'RolloutForecast' as const, kind: 'unknown' as const, on: null, unitsPerWeek: null, reason: 'No unit is adopted yet, so there is no pace to project.', lastPlannedEnd: '2026-12-20' },
    candidates: [],
  };
}
export type RolloutPlanFixture = ReturnType<typeof aRolloutPlan>;

export const rolloutRead = (programId: string, plan: RolloutPlanFixture | null, viewerCanManage = true): MockLink.MockedResponse => ({
  request: { query: RolloutQuery, variables: { id: programId } },
  result: { data: { program: { __typename: 'Program', id: programId, archived: false, viewerCanManage, pilots: [], rolloutPlan: plan } } },
});

/** The drawer's read of one unit's details (checklist, readiness parts, moves). */
export const unitDetailsRead = (unit: WaveUnitFixture): MockLink.MockedResponse => ({
  request: { query: WaveUnitQuery, variables: { id: unit.id } },
  result: { data: { waveUnit: unit } },
});
