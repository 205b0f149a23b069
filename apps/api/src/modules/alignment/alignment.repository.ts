import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AlignmentRecords } from './alignment.mapper.js';
import { CompanyProfileEntity } from './company-profile.entity.js';
import { DesignPrincipleEntity } from './design-principle.entity.js';
import { ModelScoreEntity } from './model-score.entity.js';
import { StakeholderWeightsEntity } from './stakeholder-weights.entity.js';

/** The alignment feature's SQL. */
@Injectable()
export class AlignmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The Align records of the programs, in key order: four statements however many programs. */
  async recordsFor(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<AlignmentRecords[]> {
    const ids = In([...programIds]);
    const [principles, stakeholders, scores, profiles] = await Promise.all([
      em.find(DesignPrincipleEntity, { where: { programId: ids }, order: { position: 'ASC', createdAt: 'ASC' } }),
      em.find(StakeholderWeightsEntity, { where: { programId: ids }, order: { createdAt: 'ASC', id: 'ASC' } }),
      em.find(ModelScoreEntity, { where: { programId: ids } }),
      em.find(CompanyProfileEntity, { where: { programId: ids } }),
    ]);
    return programIds.map((programId) => ({
      programId,
      principles: principles.filter((row) => row.programId === programId),
      stakeholders: stakeholders.filter((row) => row.programId === programId),
      scores: scores.filter((row) => row.programId === programId),
      profile: profiles.find((row) => row.programId === programId) ?? null,
    }));
  }

  async principleCount(em: EntityManager, programId: string): Promise<number> {
    return em.countBy(DesignPrincipleEntity, { programId });
  }

  async stakeholderCount(em: EntityManager, programId: string): Promise<number> {
    return em.countBy(StakeholderWeightsEntity, { programId });
  }

  async findPrinciple(em: EntityManager, orgId: string, id: string): Promise<DesignPrincipleEntity | null> {
    return em.findOneBy(DesignPrincipleEntity, { id, orgId });
  }

  async findStakeholder(em: EntityManager, orgId: string, id: string): Promise<StakeholderWeightsEntity | null> {
    return em.findOneBy(StakeholderWeightsEntity, { id, orgId });
  }

  async findScore(em: EntityManager, principleId: string, model: string): Promise<ModelScoreEntity | null> {
    return em.findOne(ModelScoreEntity, { where: { principleId, model: model as ModelScoreEntity['model'] } });
  }

  async findProfile(em: EntityManager, programId: string): Promise<CompanyProfileEntity | null> {
    return em.findOneBy(CompanyProfileEntity, { programId });
  }
}
