import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkGateDecision,
  gateDecisionSchema,
  invalidField,
  lessonSchema,
  parseId,
  parseInput,
  statusAfterGateDecision,
  type Actor,
} from '@rollout/domain';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { today } from '../../common/time/today.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import type { AddLessonInput, RecordGateDecisionInput } from './decision.input.js';
import type { DecisionModel, LessonModel } from './decision.model.js';
import { loadPilotFor } from '../pilots/pilot-access.js';
import { PilotEntity } from '../pilots/pilot.entity.js';
import { toPilotModel } from '../pilots/pilot.mapper.js';
import { toDecisionModel, toLessonModel } from './decision.mapper.js';
import { DecisionsRepository } from './decisions.repository.js';
import { PilotEvaluationService } from './pilot-evaluation.service.js';

/** Decisions at pilots' gates (the program's decision log) and lessons learned. */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly decisions: DecisionsRepository,
    private readonly evaluation: PilotEvaluationService,
  ) {}

  /**
   * Records the decision on a pilot in review, with the recommendation as of today: a different
   * decision needs a rationale. Extend sends the pilot back to running until its new end date;
   * any other decision closes it. One transaction: the log entry and the pilot's status.
   */
  async recordDecision(actor: Actor, input: RecordGateDecisionInput): Promise<DecisionModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, parseId(input.pilotId, 'pilotId'), 'program.manage');
      const { pilotId, expectedVersion, decision, rationale, lessonsLearned, extendedEndDate } = parseInput(gateDecisionSchema, input);
      if (pilot.status !== 'in_review') throw invalidField('pilotId', 'Move the pilot to review before recording the gate decision.');
      const [evaluated] = await this.evaluation.evaluate([toPilotModel(pilot)], today());
      if (!evaluated) throw new Error('No evaluation for the pilot');
      if (evaluated instanceof Error) throw evaluated;
      const recommendation = evaluated.recommendation;
      const checkedRationale = checkGateDecision({ decision, rationale }, recommendation.decision);
      const next = statusAfterGateDecision(decision, pilot, extendedEndDate);
      await updateVersioned(em, PilotEntity, 'Pilot', { id: pilotId, orgId: actor.orgId, expectedVersion }, next);
      const decided = await this.decisions.insert(em, {
        orgId: actor.orgId,
        pilotId,
        programId: pilot.programId,
        recommendation: recommendation.decision,
        reasons: [recommendation.summary, ...recommendation.reasons],
        decision,
        rationale: checkedRationale,
        lessonsLearned,
        decidedById: actor.id,
      });
      return toDecisionModel(decided);
    });
  }

  async addLesson(actor: Actor, input: AddLessonInput): Promise<LessonModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, parseId(input.pilotId, 'pilotId'), 'program.manage');
      const { pilotId, activityId, kind, text } = parseInput(lessonSchema, input);
      // Under the program's lock (loadPilotFor), so the activity cannot be removed before this commits.
      if (!(await this.decisions.isProgramActivity(em, pilot.programId, activityId))) throw invalidField('activityId', 'Pick an activity from this program’s catalog.');
      return toLessonModel(await this.decisions.insertLesson(em, { orgId: actor.orgId, pilotId, programId: pilot.programId, activityId, kind, text, createdById: actor.id }));
    });
  }

  async removeLesson(actor: Actor, lessonId: string): Promise<boolean> {
    const id = parseId(lessonId);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const lesson = await this.decisions.findLesson(em, actor.orgId, id);
      if (!lesson) throw new NotFoundError('Lesson', id);
      await loadPilotFor(em, actor, lesson.pilotId, 'program.manage');
      await this.decisions.deleteLesson(em, id);
      return true;
    });
  }
}
