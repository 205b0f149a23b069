import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { UnitEntity } from './unit.entity.js';

/** ILIKE pattern that matches `text` literally anywhere. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The units feature's SQL: the unit tree. */
@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The organization's units, or those matching `search` by name or code, by name. */
  async list(orgId: string, query: { search?: string; includeArchived: boolean }): Promise<UnitEntity[]> {
    const builder = this.dataSource.getRepository(UnitEntity).createQueryBuilder('unit').where('unit.org_id = :orgId', { orgId }).orderBy('unit.name');
    if (!query.includeArchived) builder.andWhere('unit.archived_at IS NULL');
    if (query.search) {
      builder.andWhere("(unit.name ILIKE :pattern ESCAPE '\\' OR unit.code ILIKE :pattern ESCAPE '\\')", { pattern: likePattern(query.search) });
    }
    return builder.getMany();
  }

  async find(em: EntityManager, orgId: string, id: string): Promise<UnitEntity | null> {
    return em.findOneBy(UnitEntity, { id, orgId });
  }

  async byIds(ids: readonly string[]): Promise<UnitEntity[]> {
    return this.dataSource.getRepository(UnitEntity).findBy({ id: In([...ids]) });
  }

  /** The whole tree of the organization, as much as checking a move needs. */
  async tree(em: EntityManager, orgId: string): Promise<Pick<UnitEntity, 'id' | 'parentId' | 'name'>[]> {
    return em.find(UnitEntity, { where: { orgId }, select: { id: true, parentId: true, name: true } });
  }

  /** How many sub-units of the unit are not archived. */
  async liveChildCount(em: EntityManager, orgId: string, id: string): Promise<number> {
    return em.createQueryBuilder(UnitEntity, 'child').where('child.org_id = :orgId AND child.parent_id = :id AND child.archived_at IS NULL', { orgId, id }).getCount();
  }
}
