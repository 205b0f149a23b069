import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type DeepPartial, type EntityManager } from 'typeorm';
import { DecisionEntity } from './decision.entity.js';
import { LessonEntity } from './lesson.entity.js';

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

  /** Lessons of the programs' pilots, by capability. */
  async lessonsByProgramIds(programIds: readonly string[]): Promise<LessonEntity[]> {
    return this.dataSource.getRepository(LessonEntity).find({ where: { programId: In([...programIds]) }, order: { capability: 'ASC', createdAt: 'ASC' } });
  }
}
