import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DesignVersionEntity } from '../design/design-version.entity.js';
import { toProgramDesignModel } from '../design/design.mapper.js';
import { DesignRepository } from '../design/design.repository.js';
import { toHeadcountModel } from '../headcount/headcount.mapper.js';
import { HeadcountRepository } from '../headcount/headcount.repository.js';
import { toRaciModel } from '../raci/raci.mapper.js';
import { RaciRepository } from '../raci/raci.repository.js';
import type { DesignVersionRecords } from './design-versions.mapper.js';

/** What design versions are read from: the versions, and the live design, RACI and headcount of the current draft. */
@Injectable()
export class DesignVersionsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly design: DesignRepository,
    private readonly raci: RaciRepository,
    private readonly headcount: HeadcountRepository,
  ) {}

  /** The records of each program, in key order; each feature reads its own in a fixed number of statements. */
  async recordsFor(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<DesignVersionRecords[]> {
    const [versions, designs, racis, headcounts] = await Promise.all([
      em.find(DesignVersionEntity, { where: { programId: In([...programIds]) }, order: { number: 'DESC' } }),
      this.design.recordsFor(programIds, em),
      this.raci.recordsFor(programIds, em),
      this.headcount.recordsFor(programIds, em),
    ]);
    return programIds.map((programId) => {
      // Each repository answers in key order, one record per program.
      const own = <R extends { programId: string }>(rows: readonly R[]): R => {
        const found = rows.find((row) => row.programId === programId);
        if (!found) throw new Error(`No design records for ${programId}`);
        return found;
      };
      const [raci, headcount] = [own(racis), own(headcounts)];
      return {
        programId,
        versions: versions.filter((row) => row.programId === programId),
        design: toProgramDesignModel(own(designs)),
        raci,
        raciModel: toRaciModel(raci),
        headcount: toHeadcountModel(headcount),
        roles: headcount.roles,
      };
    });
  }

  async recordsOf(em: EntityManager, programId: string): Promise<DesignVersionRecords> {
    const [records] = await this.recordsFor([programId], em);
    if (!records) throw new Error(`No design version records for ${programId}`);
    return records;
  }

  async insert(em: EntityManager, values: Partial<DesignVersionEntity>): Promise<void> {
    await em.insert(DesignVersionEntity, values);
  }

  async update(em: EntityManager, id: string, values: Partial<DesignVersionEntity>): Promise<void> {
    await em.update(DesignVersionEntity, { id }, values);
  }
}
