import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DesignDimensionKey } from '@rollout/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AssessmentsRepository } from '../assessments/assessments.repository.js';
import { ActivityPlacementEntity } from './activity-placement.entity.js';
import { DesignDimensionEmphasisEntity } from './design-dimension-emphasis.entity.js';
import type { DesignRecords } from './design.mapper.js';

/** The design feature's SQL; the catalog and the grid are read through the assessments' repository. */
@Injectable()
export class DesignRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsRepository,
  ) {}

  /** The design records of the programs, in key order: six statements however many programs. */
  async recordsFor(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<DesignRecords[]> {
    const ids = In([...programIds]);
    const [capabilities, activities, units, cells, placements, emphases] = await Promise.all([
      this.assessments.capabilities(programIds, em),
      this.assessments.activities(programIds, em),
      this.assessments.gridUnits(programIds, em),
      this.assessments.cells(programIds, em),
      em.find(ActivityPlacementEntity, { where: { programId: ids } }),
      em.find(DesignDimensionEmphasisEntity, { where: { programId: ids } }),
    ]);
    const own = <R extends { programId: string }>(rows: readonly R[], programId: string) => rows.filter((row) => row.programId === programId);
    return programIds.map((programId) => ({
      programId,
      capabilities: own(capabilities, programId),
      activities: own(activities, programId),
      units: units.filter((unit) => unit.program_id === programId),
      cells: own(cells, programId),
      placements: own(placements, programId),
      emphases: own(emphases, programId),
    }));
  }

  async findPlacement(em: EntityManager, activityId: string): Promise<ActivityPlacementEntity | null> {
    return em.findOneBy(ActivityPlacementEntity, { activityId });
  }

  async insertPlacement(em: EntityManager, values: Partial<ActivityPlacementEntity>): Promise<void> {
    await em.insert(ActivityPlacementEntity, values);
  }

  async deletePlacement(em: EntityManager, id: string): Promise<void> {
    await em.delete(ActivityPlacementEntity, { id });
  }

  async findEmphasis(em: EntityManager, programId: string, dimension: DesignDimensionKey): Promise<DesignDimensionEmphasisEntity | null> {
    return em.findOneBy(DesignDimensionEmphasisEntity, { programId, dimension });
  }

  async insertEmphasis(em: EntityManager, values: Partial<DesignDimensionEmphasisEntity>): Promise<void> {
    await em.insert(DesignDimensionEmphasisEntity, values);
  }
}
