import { Injectable } from '@nestjs/common';
import { checkPilotEvaluable, describeCertainty, describeEvaluation, evaluatePilotMetrics, recommendGate, type EffectLook, type KpiBaselineValue, type MetricEvaluation } from '@rollout/domain';
import { groupInKeyOrder } from '../../common/graphql/loaders.js';
import { VersionedCache } from '../../common/versioned-cache.js';
import { AssessmentInventoryRepository } from '../assessment-inventory/assessment-inventory.repository.js';
import { CheckInsRepository } from '../check-ins/check-ins.repository.js';
import { MeasurementsRepository } from '../measurements/measurements.repository.js';
import { toSuccessMetricModel } from '../pilots/pilot.mapper.js';
import type { PilotModel } from '../pilots/pilot.model.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
import type { PilotEvaluationModel } from './evaluation.model.js';

const same = <R>(row: R) => row;

/** GraphQL carries an interval as two nullable numbers. */
function withBounds<T extends EffectLook>(look: T): T & { low: number | null; high: number | null } {
  return { ...look, low: look.interval?.low ?? null, high: look.interval?.high ?? null };
}

type EvaluatedPilot = Pick<PilotModel, 'id' | 'programId' | 'unitIds' | 'comparisonUnitIds' | 'startDate' | 'endDate'>;

/** How many evaluations one process keeps: every pilot of a large organization, a few days each. */
const EVALUATION_CACHE_SIZE = 2000;

/** Everything a pilot's metrics' evaluations are computed from, but the rows its data version stands for. */
const metricsKey = (pilot: EvaluatedPilot, dataVersion: string, asOf: string) =>
  [pilot.id, dataVersion, asOf, pilot.startDate, pilot.endDate, pilot.unitIds.join(','), pilot.comparisonUnitIds.join(',')].join('|');

/** A pilot's metrics evaluated: as the domain returns them (for the gate's recommendation) and as GraphQL shows them. */
interface EvaluatedMetrics {
  evaluations: MetricEvaluation[];
  models: PilotEvaluationModel['metrics'];
}

/** Judges pilots' success metrics with the domain's evaluation and recommends the gate decision. */
@Injectable()
export class PilotEvaluationService {
  private readonly metrics = new VersionedCache<EvaluatedMetrics>(EVALUATION_CACHE_SIZE);
  private readonly cache = new VersionedCache<PilotEvaluationModel>(EVALUATION_CACHE_SIZE);

  constructor(
    private readonly pilots: PilotsRepository,
    private readonly measurements: MeasurementsRepository,
    private readonly checkIns: CheckInsRepository,
    private readonly assessment: AssessmentInventoryRepository,
  ) {}

  /**
   * Evaluations of several pilots as of `asOf`, in the order given: one query for their data
   * versions; for those not cached, their latest check-ins, and for those whose metrics are not
   * cached either (a check-in changes the recommendation, never the metrics) three more, however
   * many pilots. A pilot that cannot be evaluated (a stored date outside the calendar's range) gets
   * its error in its place, so one bad record never takes the others down.
   */
  async evaluate(pilots: readonly EvaluatedPilot[], asOf: string): Promise<(PilotEvaluationModel | Error)[]> {
    // The versions are read before the data: a write landing in between then costs a recomputation, never a stale entry.
    const versions = await this.pilots.dataVersions(pilots.map((pilot) => pilot.id));
    const metricKeys = pilots.map((pilot) => metricsKey(pilot, versions.get(pilot.id)?.values ?? '0', asOf));
    const keys = pilots.map((pilot, i) => `${metricKeys[i] ?? ''}|${versions.get(pilot.id)?.checkIns ?? '0'}`);
    // Requests arriving together share one computation per pilot (ten readers of a cold portfolio compute it once).
    return this.cache.getAll(keys, async (missing) => {
      const stale = missing.map((i) => pilots[i] as EvaluatedPilot);
      const pilotIds = stale.map((pilot) => pilot.id);
      const [evaluated, checkIns] = await Promise.all([
        this.metrics.getAll(
          missing.map((i) => metricKeys[i] ?? ''),
          (uncached) => this.evaluateMetrics(uncached.map((j) => stale[j] as EvaluatedPilot), asOf),
        ),
        this.checkIns.latest(pilotIds),
      ]);
      const checkInsOf = groupInKeyOrder(pilotIds, checkIns, (checkIn) => checkIn.pilotId, same);
      return evaluated.map((metrics, j) => (metrics instanceof Error ? metrics : { asOf, recommendation: recommendGate(metrics.evaluations, checkInsOf[j] ?? []), metrics: metrics.models }));
    });
  }

  private async evaluateMetrics(pilots: readonly EvaluatedPilot[], asOf: string): Promise<(EvaluatedMetrics | Error)[]> {
    const pilotIds = pilots.map((pilot) => pilot.id);
    const programIds = [...new Set(pilots.map((pilot) => pilot.programId))];
    const [metrics, measurements, baselines] = await Promise.all([
      this.pilots.metricsByPilotIds(pilotIds),
      this.measurements.weeklyMeansOfPilots(pilotIds, asOf),
      // A metric without a baseline of its own falls back to its program's assessment baseline.
      programIds.length > 0 ? this.assessment.baselinesOfPrograms(programIds) : [],
    ]);
    // One pass per list instead of filtering every list for every pilot.
    const metricsOf = groupInKeyOrder(pilotIds, metrics, (metric) => metric.pilotId, same);
    const measurementsOf = groupInKeyOrder(pilotIds, measurements, (m) => m.pilotId, same);
    const baselinesOf = new Map(groupInKeyOrder(programIds, baselines, (baseline) => baseline.programId, same).map((rows, i) => [programIds[i], rows]));
    return pilots.map((pilot, i) => {
      try {
        return this.evaluateOne(pilot, asOf, metricsOf[i] ?? [], measurementsOf[i] ?? [], baselinesOf.get(pilot.programId) ?? []);
      } catch (error) {
        if (error instanceof Error) return error;
        throw error;
      }
    });
  }

  private evaluateOne(
    pilot: EvaluatedPilot,
    asOf: string,
    pilotMetrics: Awaited<ReturnType<PilotsRepository['metricsByPilotIds']>>,
    measurements: Awaited<ReturnType<MeasurementsRepository['weeklyMeansOfPilots']>>,
    assessmentBaselines: readonly KpiBaselineValue[],
  ): EvaluatedMetrics {
    checkPilotEvaluable(pilot);
    const evaluations = evaluatePilotMetrics({
      metrics: pilotMetrics,
      measurements,
      pilotUnitIds: pilot.unitIds,
      comparisonUnitIds: pilot.comparisonUnitIds,
      assessmentBaselines,
      startDate: pilot.startDate,
      endDate: pilot.endDate,
      today: asOf,
    });
    const byId = new Map(pilotMetrics.map((metric) => [metric.id, toSuccessMetricModel(metric)]));
    return {
      evaluations,
      models: evaluations.map((evaluation) => {
        const metric = byId.get(evaluation.metric.id);
        if (!metric) throw new Error(`Evaluated an unknown metric ${evaluation.metric.id}`);
        const effect = evaluation.effect && { ...withBounds(evaluation.effect), looks: evaluation.effect.looks.map(withBounds) };
        return { ...evaluation, metric, effect, summary: describeEvaluation(evaluation), howSure: describeCertainty(evaluation) };
      }),
    };
  }
}
