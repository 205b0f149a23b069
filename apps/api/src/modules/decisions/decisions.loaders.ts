import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupInKeyOrder, LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import type { PilotModel } from '../pilots/pilot.model.js';
import { toDecisionModel, toLessonModel } from './decision.mapper.js';
import type { DecisionModel, LessonModel } from './decision.model.js';
import type { DecisionLogConnectionModel } from './decision-log.model.js';
import { decodeDecisionLogCursor, toDecisionLogPage } from './decision-log.page.js';
import { DecisionsRepository } from './decisions.repository.js';
import type { PilotEvaluationModel } from './evaluation.model.js';
import { PilotEvaluationService } from './pilot-evaluation.service.js';

export const DECISIONS_BY_PILOT = loaderKey<string, DecisionModel[]>('decisionsByPilot');
export const DECISIONS_BY_PROGRAM = loaderKey<string, DecisionModel[]>('decisionsByProgram');
export const LESSONS_BY_PILOT = loaderKey<string, LessonModel[]>('lessonsByPilot');
export const LESSONS_BY_PROGRAM = loaderKey<string, LessonModel[]>('lessonsByProgram');
/** A page of a program's decision log; `after` is an encoded cursor or null. */
export interface DecisionLogPageKey {
  programId: string;
  first: number;
  after: string | null;
}
export const DECISION_LOG_BY_PROGRAM = loaderKey<DecisionLogPageKey, DecisionLogConnectionModel, string>('decisionLogByProgram');
export const EVALUATION_BY_PILOT = loaderKey<{ pilot: PilotModel; asOf: string }, PilotEvaluationModel, string>('evaluationByPilot');

/** Evaluates pilots grouped by their as-of day, answering in key order. */
async function evaluateInKeyOrder(evaluation: PilotEvaluationService, keys: readonly { pilot: PilotModel; asOf: string }[]): Promise<(PilotEvaluationModel | Error)[]> {
  const results = new Map<string, PilotEvaluationModel | Error>();
  for (const asOf of new Set(keys.map((key) => key.asOf))) {
    const pilots = keys.filter((key) => key.asOf === asOf).map((key) => key.pilot);
    const evaluations = await evaluation.evaluate(pilots, asOf);
    pilots.forEach((pilot, i) => {
      const evaluated = evaluations[i];
      if (evaluated) results.set(`${pilot.id}|${asOf}`, evaluated);
    });
  }
  return keys.map((key) => results.get(`${key.pilot.id}|${key.asOf}`) ?? new Error(`Pilot ${key.pilot.id} was not evaluated`));
}

/** Pages of several programs' logs: one statement per distinct page request (usually one). */
async function logPagesInKeyOrder(decisions: DecisionsRepository, keys: readonly DecisionLogPageKey[]): Promise<DecisionLogConnectionModel[]> {
  const pages = new Map<string, DecisionLogConnectionModel>();
  for (const request of new Set(keys.map((key) => `${key.first}|${key.after ?? ''}`))) {
    const group = keys.filter((key) => `${key.first}|${key.after ?? ''}` === request);
    const [sample] = group;
    if (!sample) continue;
    const before = sample.after === null ? null : decodeDecisionLogCursor(sample.after);
    const rows = await decisions.logPages(group.map((key) => key.programId), before, sample.first + 1);
    for (const key of group) pages.set(`${key.programId}|${request}`, toDecisionLogPage(rows.filter((row) => row.program_id === key.programId), key.first));
  }
  return keys.map((key) => pages.get(`${key.programId}|${key.first}|${key.after ?? ''}`) ?? toDecisionLogPage([], key.first));
}

/** Registers the decisions feature's DataLoaders. */
@Injectable()
export class DecisionsLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly decisions: DecisionsRepository,
    private readonly evaluation: PilotEvaluationService,
  ) {}

  onModuleInit(): void {
    const { registry, decisions } = this;
    registry.register(DECISIONS_BY_PILOT, () => new DataLoader(async (ids) => groupInKeyOrder(ids, await decisions.byPilotIds(ids), (row) => row.pilotId, toDecisionModel)));
    registry.register(DECISIONS_BY_PROGRAM, () => new DataLoader(async (ids) => groupInKeyOrder(ids, await decisions.byProgramIds(ids), (row) => row.programId, toDecisionModel)));
    registry.register(
      DECISION_LOG_BY_PROGRAM,
      () => new DataLoader((keys) => logPagesInKeyOrder(decisions, keys), { cacheKeyFn: (key) => `${key.programId}|${key.first}|${key.after ?? ''}` }),
    );
    registry.register(LESSONS_BY_PILOT, () => new DataLoader(async (ids) => groupInKeyOrder(ids, await decisions.lessonsByPilotIds(ids), (row) => row.pilotId, toLessonModel)));
    registry.register(LESSONS_BY_PROGRAM, () => new DataLoader(async (ids) => groupInKeyOrder(ids, await decisions.lessonsByProgramIds(ids), (row) => row.programId, toLessonModel)));
    registry.register(
      EVALUATION_BY_PILOT,
      () => new DataLoader((keys) => evaluateInKeyOrder(this.evaluation, keys), { cacheKeyFn: (key) => `${key.pilot.id}|${key.asOf}` }),
    );
  }
}
