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
import { DataSource, In } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { today } from '../../common/time/today.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { GateReviewEntity } from './gate-review.entity.js';
import type { AddLessonInput, RecordGateDecisionInput } from './gate-review.input.js';
import type { GateReviewModel, LessonModel } from './gate-review.model.js';
import { LessonEntity } from './lesson.entity.js';
import { loadPilotFor } from './pilot-access.js';
import { PilotEntity } from './pilot.entity.js';
import { groupInKeyOrder, toGateReviewModel, toLessonModel, toPilotModel } from './pilot.mapper.js';
import { PilotEvaluationService } from './pilot-evaluation.service.js';

/** Gate decisions (the program's decision log) and lessons learned. */
@Injectable()
export class GateReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly evaluation: PilotEvaluationService,
  ) {}

  /**
   * Records the decision on a pilot in review, with the recommendation as of today: a different
   * decision needs a rationale. Extend sends the pilot back to running until its new end date;
   * any other decision closes it. One transaction: the log entry and the pilot's status.
   */
  async recordDecision(actor: Actor, input: RecordGateDecisionInput): Promise<GateReviewModel> {
    const { pilotId, expectedVersion, decision, rationale, lessonsLearned, extendedEndDate } = parseInput(gateDecisionSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, pilotId, 'program.manage');
      if (pilot.status !== 'in_review') throw invalidField('pilotId', 'Move the pilot to review before recording the gate decision.');
      const [evaluated] = await this.evaluation.evaluate([toPilotModel(pilot)], today());
      if (!evaluated) throw new Error('No evaluation for the pilot');
      const recommendation = evaluated.recommendation;
      const checkedRationale = checkGateDecision({ decision, rationale }, recommendation.decision);
      const next = statusAfterGateDecision(decision, pilot, extendedEndDate);
      await updateVersioned(em, PilotEntity, 'Pilot', { id: pilotId, orgId: actor.orgId, expectedVersion }, next);
      const review = em.create(GateReviewEntity, {
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
      return toGateReviewModel(await em.save(review));
    });
  }

  async addLesson(actor: Actor, input: AddLessonInput): Promise<LessonModel> {
    const { pilotId, capability, kind, text } = parseInput(lessonSchema, input);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, pilotId, 'program.manage');
      const row = em.create(LessonEntity, { orgId: actor.orgId, pilotId, programId: pilot.programId, capability, kind, text, createdById: actor.id });
      return toLessonModel(await em.save(row));
    });
  }

  async removeLesson(actor: Actor, lessonId: string): Promise<boolean> {
    const id = parseId(lessonId);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const lesson = await em.findOneBy(LessonEntity, { id, orgId: actor.orgId });
      if (!lesson) throw new NotFoundError('Lesson', id);
      await loadPilotFor(em, actor, lesson.pilotId, 'program.manage');
      await em.delete(LessonEntity, { id });
      return true;
    });
  }

  /** DataLoader batch: gate reviews per pilot, newest first. */
  async reviewsByPilotIds(pilotIds: readonly string[]): Promise<GateReviewModel[][]> {
    const rows = await this.dataSource.getRepository(GateReviewEntity).find({ where: { pilotId: In([...pilotIds]) }, order: { decidedAt: 'DESC' } });
    return groupInKeyOrder(pilotIds, rows, (row) => row.pilotId, toGateReviewModel);
  }

  /** DataLoader batch: the decision log per program, newest first. */
  async reviewsByProgramIds(programIds: readonly string[]): Promise<GateReviewModel[][]> {
    const rows = await this.dataSource.getRepository(GateReviewEntity).find({ where: { programId: In([...programIds]) }, order: { decidedAt: 'DESC' } });
    return groupInKeyOrder(programIds, rows, (row) => row.programId, toGateReviewModel);
  }

  /** DataLoader batch: lessons per pilot, oldest first. */
  async lessonsByPilotIds(pilotIds: readonly string[]): Promise<LessonModel[][]> {
    const rows = await this.dataSource.getRepository(LessonEntity).find({ where: { pilotId: In([...pilotIds]) }, order: { createdAt: 'ASC' } });
    return groupInKeyOrder(pilotIds, rows, (row) => row.pilotId, toLessonModel);
  }

  /** DataLoader batch: lessons per program, by capability. */
  async lessonsByProgramIds(programIds: readonly string[]): Promise<LessonModel[][]> {
    const rows = await this.dataSource.getRepository(LessonEntity).find({ where: { programId: In([...programIds]) }, order: { capability: 'ASC', createdAt: 'ASC' } });
    return groupInKeyOrder(programIds, rows, (row) => row.programId, toLessonModel);
  }
}
