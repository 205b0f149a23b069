import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { describeEvaluation, evaluatePilotMetrics, recommendGate, type GateCheckIn } from '@rollout/domain';
import { DataSource, In } from 'typeorm';
import { CheckInEntity } from './check-in.entity.js';
import type { PilotEvaluationModel } from './evaluation.model.js';
import { MeasurementEntity } from './measurement.entity.js';
import { toSuccessMetricModel } from './pilot.mapper.js';
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
      this.latestCheckIns(pilotIds),
    ]);
    return pilots.map((pilot) => {
      const pilotMetrics = metrics.filter((metric) => metric.pilotId === pilot.id);
      const evaluations = evaluatePilotMetrics({
        metrics: pilotMetrics,
        measurements: measurements.filter((m) => m.pilotId === pilot.id),
        pilotUnitIds: pilot.unitIds,
        comparisonUnitIds: pilot.comparisonUnitIds,
        startDate: pilot.startDate,
        endDate: pilot.endDate,
        today: asOf,
      });
      const gateCheckIns: GateCheckIn[] = checkIns.filter((checkIn) => checkIn.pilotId === pilot.id);
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

  /** Each pilot unit's latest check-in (what the gate compares with the unit's metrics). */
  private async latestCheckIns(pilotIds: readonly string[]): Promise<CheckInEntity[]> {
    return this.dataSource
      .getRepository(CheckInEntity)
      .createQueryBuilder('c')
      .distinctOn(['c.pilot_id', 'c.unit_id'])
      .where('c.pilot_id IN (:...pilotIds)', { pilotIds })
      .orderBy('c.pilot_id')
      .addOrderBy('c.unit_id')
      .addOrderBy('c.week_start', 'DESC')
      .getMany();
  }
}
