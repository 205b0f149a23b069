import {
  adoptionOverTime,
  compareWithNotYet,
  evaluateWaveUnit,
  isoWeekStart,
  isStale,
  othersChangeSince,
  progressOf,
  READINESS_PART_LABELS,
  READINESS_PARTS,
  readinessScore,
  rolloutForecast,
  WAVE_METRIC_STATE_LABELS,
  WAVE_UNIT_STAGE_LABELS,
  waveActualDates,
  wavePause,
  weeksMetInARow,
  type MeasuredValue,
  type ReadinessScore,
  type StageMove,
  type WaveUnitMetrics,
  type WaveUnitStage,
} from '@rollout/domain';
import { groupBy } from '../../common/group-by.js';
import type { ProgramUnitRow, RolloutRecords } from './waves.repository.js';
import type { ReadinessModel, RolloutPlanModel, WaveCandidateModel, WaveUnitModel } from './waves.model.js';
import type { WaveUnitEntity } from './wave-unit.entity.js';

const day = (at: Date) => at.toISOString().slice(0, 10);
const REPORTING_STAGES: ReadonlySet<WaveUnitStage> = new Set(['preparing', 'ready', 'live', 'blocked']);

/** The region a unit belongs to: its nearest ancestor (or itself) of kind region, else the top of its tree. */
export function regionOf(unitId: string, units: ReadonlyMap<string, ProgramUnitRow>): string {
  let current = units.get(unitId);
  let top = current;
  for (let depth = 0; current && depth < 50; depth += 1) {
    if (current.kind === 'region') return current.name;
    top = current;
    current = current.parentId ? units.get(current.parentId) : undefined;
  }
  return top?.name ?? 'No region';
}

const toReadinessModel = (score: ReadinessScore): ReadinessModel => ({
  score: score.score,
  parts: score.parts.map((part) => ({ ...part, label: READINESS_PART_LABELS[part.part] })),
});

/** Weekly values per metric, then per unit (a week's Monday as its date). */
type WeeklyValues = Map<string, Map<string, MeasuredValue[]>>;

function weeklyValues(rows: RolloutRecords['weekly']): WeeklyValues {
  const byMetric: WeeklyValues = new Map();
  for (const [metricId, metricRows] of groupBy(rows, (row) => row.metricId)) {
    const byUnit = groupBy(metricRows, (row) => row.unitId);
    byMetric.set(metricId, new Map([...byUnit].map(([unitId, unitRows]) => [unitId, unitRows.map((row) => ({ unitId, date: row.week, value: Number(row.value) }))])));
  }
  return byMetric;
}

/** A wave unit's metrics on the pilot's success metrics, against its own baselines, from its wave's start. */
function waveUnitMetrics(metrics: RolloutRecords['metrics'], weekly: WeeklyValues, unit: Pick<WaveUnitEntity, 'unitId' | 'baselines'>, since: string): WaveUnitMetrics {
  const values = new Map(metrics.map((metric) => [metric.id, weekly.get(metric.id)?.get(unit.unitId) ?? []]));
  return evaluateWaveUnit(metrics, unit.baselines, values, since);
}

/** The whole roll-out view of a program as of `today`: waves, units with readiness and metrics, progress and forecast. */
export function toRolloutPlanModel(records: RolloutRecords, today: string): RolloutPlanModel {
  const { plan, waves, units, moves } = records;
  const weights = plan.readinessWeights;
  const orgUnits = new Map(records.orgUnits.map((unit) => [unit.id, unit]));
  const checkIns = new Map(records.latestCheckIns.map((checkIn) => [checkIn.unitId, checkIn]));
  const stageMoves: StageMove[] = moves.map((move) => ({ waveUnitId: move.waveUnitId, to: move.toStage, on: day(new Date(move.movedAt)) }));
  const weekly = weeklyValues(records.weekly);
  const movesOf = groupBy(moves, (move) => move.waveUnitId);
  const unitsOf = groupBy(units, (unit) => unit.waveId);
  // The not-yet units' change around a wave's start is the same for every unit of that wave: computed once per metric and start.
  const othersChange = new Map<string, ReturnType<typeof othersChangeSince>>();
  const notYetChange = (metricId: string, since: string) => {
    const key = `${metricId}/${since}`;
    if (!othersChange.has(key)) {
      const byUnit = weekly.get(metricId);
      othersChange.set(key, othersChangeSince(new Map(records.notYet.map((unitId) => [unitId, byUnit?.get(unitId) ?? []])), since));
    }
    return othersChange.get(key) ?? null;
  };

  const unitModel = (unit: WaveUnitEntity, since: string): WaveUnitModel => {
    // Check-ins are owed from the wave's start while the unit rolls out (not before, not once adopted or rolled back).
    const reporting = REPORTING_STAGES.has(unit.stage) && since <= today;
    const mine = movesOf.get(unit.id) ?? [];
    const metrics = waveUnitMetrics(records.metrics, weekly, unit, since);
    // Adoption counts the weeks since the unit went live, not those it spent preparing.
    const firstLive = mine.find((move) => move.toStage === 'live');
    const liveWeek = firstLive ? isoWeekStart(day(new Date(firstLive.movedAt))) : null;
    const weeksMet = liveWeek ? weeksMetInARow(metrics.weeks.filter((week) => week.week >= liveWeek)) : metrics.weeksMet;
    const comparisons = records.metrics.flatMap((metric) => {
      const compared = compareWithNotYet(metric, unit.unitId, weekly.get(metric.id)?.get(unit.unitId) ?? [], notYetChange(metric.id, since), since);
      return compared ? [{ ...compared, metricName: metric.name, metricUnit: metric.unit }] : [];
    });
    const checkIn = checkIns.get(unit.unitId) ?? null;
    const openBlockers = (unit.stage === 'blocked' ? 1 : 0) + (checkIn?.blockers.trim() ? 1 : 0);
    const readiness = readinessScore(
      {
        checklist: { done: unit.checklist.filter((item) => item.done).length, total: unit.checklist.length },
        training: { trained: unit.peopleTrained, people: unit.peopleInScope },
        dataQuality: records.dataQuality.get(unit.unitId) ?? null,
        sponsorNamed: unit.sponsorName.trim() !== '',
        openBlockers,
      },
      weights,
    );
    const lastMove = mine.at(-1);
    return {
      id: unit.id,
      version: unit.version,
      waveId: unit.waveId,
      programId: unit.programId,
      unitId: unit.unitId,
      unitName: orgUnits.get(unit.unitId)?.name ?? '',
      region: regionOf(unit.unitId, orgUnits),
      stage: unit.stage,
      stageLabel: WAVE_UNIT_STAGE_LABELS[unit.stage],
      blockedFrom: unit.blockedFrom,
      stageReason: (unit.stage === 'blocked' || unit.stage === 'rolled_back') && lastMove ? lastMove.reason : null,
      checklist: unit.checklist,
      peopleInScope: unit.peopleInScope,
      peopleTrained: unit.peopleTrained,
      sponsorName: unit.sponsorName,
      readiness: toReadinessModel(readiness),
      metricState: metrics.state,
      metricStateLabel: WAVE_METRIC_STATE_LABELS[metrics.state],
      weeksMet,
      breachedGuardrails: metrics.breachedGuardrails,
      comparisons,
      adoptionProposed: unit.stage === 'live' && weeksMet >= plan.adoptionWeeks,
      lastCheckIn: checkIn && { status: checkIn.status, weekStart: checkIn.weekStart },
      checkInStale: reporting && isStale(checkIn?.submittedOn ?? null, today, since),
      flag: checkIn?.status === 'green' && metrics.breachedGuardrails.length > 0 ? `Reported green while ${metrics.breachedGuardrails.join(' and ')} is breached.` : null,
      riskFlag: records.riskFlags.get(unit.unitId) ?? null,
      moves: mine.map((move) => ({
        id: move.id,
        fromStage: move.fromStage,
        toStage: move.toStage,
        reason: move.reason,
        override: move.override,
        movedByName: move.movedByName,
        movedAt: new Date(move.movedAt),
      })),
    };
  };

  const waveModels = waves.map((wave) => {
    const members = (unitsOf.get(wave.id) ?? []).map((unit) => unitModel(unit, wave.plannedStart));
    const actual = waveActualDates(members, stageMoves);
    const pause = wavePause(members.map((unit) => ({ name: unit.unitName, stage: unit.stage, blockedFrom: unit.blockedFrom, breachedGuardrails: unit.breachedGuardrails })));
    return {
      id: wave.id,
      version: wave.version,
      name: wave.name,
      plannedStart: wave.plannedStart,
      plannedEnd: wave.plannedEnd,
      actualStart: actual.start,
      actualEnd: actual.end,
      pausedReason: pause?.reason ?? null,
      progress: progressOf(members.map((unit) => unit.stage)),
      units: members,
    };
  });

  const inPlan = new Set(units.map((unit) => unit.unitId));
  const candidates: WaveCandidateModel[] = records.programUnitIds
    .filter((unitId) => !inPlan.has(unitId) && !records.pilot.unitIds.includes(unitId))
    .map((unitId) => ({
      unitId,
      unitName: orgUnits.get(unitId)?.name ?? '',
      region: regionOf(unitId, orgUnits),
      readiness: toReadinessModel(
        readinessScore({ checklist: { done: 0, total: 0 }, training: { trained: 0, people: 0 }, dataQuality: records.dataQuality.get(unitId) ?? null, sponsorNamed: false, openBlockers: 0 }, weights),
      ),
      riskFlag: records.riskFlags.get(unitId) ?? null,
    }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName));

  const stages = units.map((unit) => unit.stage);
  const adoptedOn = new Map<string, string>();
  for (const move of stageMoves) if (move.to === 'adopted') adoptedOn.set(move.waveUnitId, move.on);
  const adopted = units.filter((unit) => unit.stage === 'adopted').map((unit) => adoptedOn.get(unit.id) ?? today);
  const firstLive = stageMoves.find((move) => move.to === 'live')?.on ?? null;
  const forecast = rolloutForecast({ units: units.length, adopted, firstLive, today });
  return {
    id: plan.id,
    version: plan.version,
    programId: plan.programId,
    pilotId: plan.pilotId,
    adoptionWeeks: plan.adoptionWeeks,
    readinessWeights: READINESS_PARTS.map((part) => ({ part, label: READINESS_PART_LABELS[part], weight: weights[part] })),
    waves: waveModels,
    progress: progressOf(stages),
    adoptionOverTime: adoptionOverTime(units, stageMoves, today),
    forecast: {
      kind: forecast.kind,
      on: forecast.kind === 'unknown' ? null : forecast.on,
      unitsPerWeek: forecast.kind === 'projected' ? forecast.unitsPerWeek : null,
      reason: forecast.kind === 'unknown' ? forecast.reason : null,
      lastPlannedEnd: waves.map((wave) => wave.plannedEnd).sort().at(-1) ?? null,
    },
    candidates,
  };
}
