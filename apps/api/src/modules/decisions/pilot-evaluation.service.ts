import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { describeEvaluation, evaluatePilotMetrics, recommendGate, type GateCheckIn } from '@rollout/domain';
import { DataSource, In } from 'typeorm';
import type { PilotEvaluationModel } from './evaluation.model.js';
import { latestCheckIns } from './latest-check-ins.js';
import { MeasurementEntity } from './measurement.entity.js';
import { groupInKeyOrder, toSuccessMetricModel } from './pilot.mapper.js';
import type { PilotModel } from './pilot.model.js';
import { SuccessMetricEntity } from './success-metric.entity.js';

type EvaluatedPilot = Pick<PilotModel, 'id' | 'unitIds' | 'comparisonUnitIds' | 'startDate' | 'endDate'>;

/** Judges pilots' success metrics with the domain's evaluation and recommends the gate decision. */
@Injectable()
export class PilotEvaluationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Evaluations of several pilots as of `asOf`, in the order given: three queries however many pilots. */
  async evaluate(pilots: readonly EvaluatedPilot[], asOf: string): Promise<PilotEvaluationModel[]> {
    const pilotIds = pilots.map((pilot) => pilot.id);
    const [metrics, measurements, checkIns] = await Promise.all([
      this.dataSource.getRepository(SuccessMetricEntity).find({ where: { pilotId: In(pilotIds) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource
        .getRepository(MeasurementEntity)
        .createQueryBuilder('m')
        .select(['m.pilotId', 'm.metricId', 'm.unitId', 'm.date', 'm.value'])
        .where('m.pilot_id IN (:...pilotIds)', { pilotIds })
        .getMany(),
      latestCheckIns(this.dataSource, pilotIds),
    ]);
    // One pass per list instead of filtering every list for every pilot.
    const same = <R>(row: R) => row;
    const metricsOf = groupInKeyOrder(pilotIds, metrics, (metric) => metric.pilotId, same);
    const measurementsOf = groupInKeyOrder(pilotIds, measurements, (m) => m.pilotId, same);
    const checkInsOf = groupInKeyOrder(pilotIds, checkIns, (checkIn) => checkIn.pilotId, same);
    return pilots.map((pilot, i) => {
      const pilotMetrics = metricsOf[i] ?? [];
      const evaluations = evaluatePilotMetrics({
        metrics: pilotMetrics,
        measurements: measurementsOf[i] ?? [],
        pilotUnitIds: pilot.unitIds,
        comparisonUnitIds: pilot.comparisonUnitIds,
        startDate: pilot.startDate,
        endDate: pilot.endDate,
        today: asOf,
      });
      const gateCheckIns: GateCheckIn[] = checkInsOf[i] ?? [];
      const byId = new Map(pilotMetrics.map((metric) => [metric.id, toSuccessMetricModel(metric)]));
      return {
        asOf,
        recommendation: recommendGate(evaluations, gateCheckIns),
        metrics: evaluations.map((evaluation) => {
          const metric = byId.get(evaluation.metric.id);
          if (!metric) throw new Error(`Evaluated an unknown metric ${evaluation.metric.id}`);
          const effect = evaluation.effect && {
            ...evaluation.effect,
            low: evaluation.effect.interval?.low ?? null,
            high: evaluation.effect.interval?.high ?? null,
          };
          return { ...evaluation, metric, effect, summary: describeEvaluation(evaluation) };
        }),
      };
    });
  }
}
