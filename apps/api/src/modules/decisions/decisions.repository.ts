import { Injectable } from '@nestjs/common';
import type { DecisionKind } from '@rollout/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type DeepPartial, type EntityManager } from 'typeorm';
import { ActivityEntity } from '../assessments/activity.entity.js';
import { CapabilityEntity } from '../assessments/capability.entity.js';
import { DecisionEntity } from './decision.entity.js';
import { LessonEntity } from './lesson.entity.js';

/** A decision-log row: the columns every kind of decision shares, plus what names it. */
export interface DecisionLogRow {
  id: string;
  program_id: string;
  kind: DecisionKind;
  outcome: string;
  pilot_name: string | null;
  pilot_id: string | null;
  rationale: string;
  decided_by_id: string;
  decided_at: Date;
}

/** The decisions feature's SQL: the decision log and lessons learned. */
@Injectable()
export class DecisionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(em: EntityManager, values: DeepPartial<DecisionEntity>): Promise<DecisionEntity> {
    return em.save(em.create(DecisionEntity, values));
  }

  /** Decisions on the pilots, newest first. */
  async byPilotIds(pilotIds: readonly string[]): Promise<DecisionEntity[]> {
    return this.dataSource.getRepository(DecisionEntity).find({ where: { pilotId: In([...pilotIds]) }, order: { decidedAt: 'DESC' } });
  }

  /** The decision logs of the programs, newest first. */
  async byProgramIds(programIds: readonly string[]): Promise<DecisionEntity[]> {
    return this.dataSource.getRepository(DecisionEntity).find({ where: { programId: In([...programIds]) }, order: { decidedAt: 'DESC' } });
  }

  /**
   * Pages of the programs' decision logs, newest first: every kind of decision, each read from its
   * own table. One statement for any number of programs; `limit` rows per program at most.
   */
  async logPages(programIds: readonly string[], before: { at: Date; id: string } | null, limit: number): Promise<DecisionLogRow[]> {
    return this.dataSource.query(
      `WITH log AS (
         SELECT d.id, d.program_id, 'gate_decision' AS kind, d.decision::text AS outcome, p.name AS pilot_name, d.pilot_id,
                d.rationale, d.decided_by_id, d.decided_at
           FROM decision d JOIN pilot p ON p.id = d.pilot_id WHERE d.program_id = ANY($1::uuid[])
         UNION ALL
         SELECT c.id, c.program_id, 'model_choice', c.model::text, NULL, NULL, c.rationale, c.decided_by_id, c.decided_at
           FROM operating_model_choice c WHERE c.program_id = ANY($1::uuid[])
         UNION ALL
         SELECT v.id, v.program_id, 'design_sign_off', v.number::text, NULL, NULL, v.note, v.signed_off_by_id, v.signed_off_at
           FROM design_version v WHERE v.program_id = ANY($1::uuid[]) AND v.signed_off_at IS NOT NULL
         UNION ALL
         SELECT m.id, m.program_id, 'forum_decision', m.title, p.name, p.id, m.rationale, m.decided_by_id, m.decided_at
           FROM meeting_decision m LEFT JOIN pilot p ON m.subject_kind = 'pilot' AND p.id = m.subject_id WHERE m.program_id = ANY($1::uuid[])
       ), ranked AS (
         SELECT log.*, row_number() OVER (PARTITION BY program_id ORDER BY decided_at DESC, id DESC) AS n
           FROM log WHERE $2::timestamptz IS NULL OR (decided_at, id) < ($2::timestamptz, $3::uuid)
       )
       SELECT id, program_id, kind, outcome, pilot_name, pilot_id, rationale, decided_by_id, decided_at FROM ranked
        WHERE n <= $4 ORDER BY program_id, n`,
      [[...programIds], before?.at.toISOString() ?? null, before?.id ?? null, limit],
    );
  }

  async insertLesson(em: EntityManager, values: DeepPartial<LessonEntity>): Promise<LessonEntity> {
    return em.save(em.create(LessonEntity, values));
  }

  async findLesson(em: EntityManager, orgId: string, id: string): Promise<LessonEntity | null> {
    return em.findOneBy(LessonEntity, { id, orgId });
  }

  async deleteLesson(em: EntityManager, id: string): Promise<void> {
    await em.delete(LessonEntity, { id });
  }

  /** Lessons of the pilots, oldest first. */
  async lessonsByPilotIds(pilotIds: readonly string[]): Promise<LessonEntity[]> {
    return this.dataSource.getRepository(LessonEntity).find({ where: { pilotId: In([...pilotIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Lessons of the programs' pilots, by capability (in catalog order), then activity name, oldest first. */
  async lessonsByProgramIds(programIds: readonly string[]): Promise<LessonEntity[]> {
    return this.dataSource
      .getRepository(LessonEntity)
      .createQueryBuilder('lesson')
      .innerJoin(ActivityEntity, 'activity', 'activity.id = lesson.activityId')
      .innerJoin(CapabilityEntity, 'capability', 'capability.id = activity.capabilityId')
      .where('lesson.programId IN (:...programIds)', { programIds: [...programIds] })
      .orderBy('capability.position', 'ASC')
      .addOrderBy('activity.name', 'ASC')
      .addOrderBy('lesson.createdAt', 'ASC')
      .addOrderBy('lesson.id', 'ASC')
      .getMany();
  }

  async isProgramActivity(em: EntityManager, programId: string, activityId: string): Promise<boolean> {
    return em.existsBy(ActivityEntity, { id: activityId, programId });
  }
}
