import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RaciValue } from '@rollout/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ActivityEntity } from '../assessments/activity.entity.js';
import { ActivityPlacementEntity } from '../design/activity-placement.entity.js';
import { RaciCellEntity } from './raci-cell.entity.js';
import { defaultRaciDomains, defaultRaciRoles } from './raci-defaults.js';
import { RaciDomainEntity } from './raci-domain.entity.js';
import { RaciMatrixEntity } from './raci-matrix.entity.js';
import { RaciRoleEntity } from './raci-role.entity.js';
import type { RaciRecords } from './raci.mapper.js';

/** The RACI feature's SQL: matrices, their domains, roles and cells. */
@Injectable()
export class RaciRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The RACI of each program, in key order (the defaults where nothing is stored): six statements however many programs. */
  async recordsFor(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<RaciRecords[]> {
    const ids = In([...programIds]);
    const [matrices, domains, roles, cells, activities, placements] = await Promise.all([
      em.find(RaciMatrixEntity, { where: { programId: ids } }),
      em.find(RaciDomainEntity, { where: { programId: ids }, order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' } }),
      em.find(RaciRoleEntity, { where: { programId: ids }, order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' } }),
      em.find(RaciCellEntity, { where: { programId: ids }, order: { createdAt: 'ASC', id: 'ASC' } }),
      em.find(ActivityEntity, { where: { programId: ids }, select: { id: true, name: true, programId: true }, order: { position: 'ASC', name: 'ASC' } }),
      em.find(ActivityPlacementEntity, { where: { programId: ids }, select: { activityId: true, placement: true, programId: true } }),
    ]);
    return programIds.map((programId) => {
      const own = <R extends { programId: string }>(rows: readonly R[]) => rows.filter((row) => row.programId === programId);
      const matrix = matrices.find((row) => row.programId === programId) ?? null;
      const catalog = own(activities).map(({ id, name }) => ({ id, name }));
      return {
        programId,
        matrix,
        domains: matrix ? own(domains) : defaultRaciDomains(programId, catalog),
        roles: matrix ? own(roles) : defaultRaciRoles(programId),
        cells: own(cells),
        // The Design tab's placements: an Accountable on the other side of its domain's activity is warned about.
        context: { activities: catalog, placements: own(placements) },
      };
    });
  }

  async recordsOf(em: EntityManager, programId: string): Promise<RaciRecords> {
    const [records] = await this.recordsFor([programId], em);
    if (!records) throw new Error(`No RACI records for ${programId}`);
    return records;
  }

  /** The stored matrix of the records, storing it with its default domains and roles (their ids as read) when it is not yet. */
  async storeMatrix(em: EntityManager, orgId: string, records: RaciRecords): Promise<RaciMatrixEntity> {
    const stored = records.matrix ?? (await em.findOneBy(RaciMatrixEntity, { programId: records.programId }));
    if (stored) return stored;
    const matrix = await em.save(em.create(RaciMatrixEntity, { orgId, programId: records.programId }));
    await em.insert(RaciDomainEntity, records.domains.map((domain) => ({ ...domain, orgId })));
    await em.insert(RaciRoleEntity, records.roles.map((role) => ({ ...role, orgId })));
    return matrix;
  }

  /** Moves the matrix's version: a cell, domain or role of it changed. */
  async touchMatrix(em: EntityManager, matrixId: string): Promise<void> {
    await em.query(`UPDATE raci_matrix SET version = version + 1, updated_at = now() WHERE id = $1`, [matrixId]);
  }

  async insertDomain(em: EntityManager, values: Partial<RaciDomainEntity>): Promise<void> {
    await em.insert(RaciDomainEntity, values);
  }

  async insertRole(em: EntityManager, values: Partial<RaciRoleEntity>): Promise<void> {
    await em.insert(RaciRoleEntity, values);
  }

  async deleteDomain(em: EntityManager, id: string): Promise<void> {
    await em.delete(RaciDomainEntity, { id });
  }

  async deleteRole(em: EntityManager, id: string): Promise<void> {
    await em.delete(RaciRoleEntity, { id });
  }

  async insertCell(em: EntityManager, values: Partial<RaciCellEntity>): Promise<void> {
    await em.insert(RaciCellEntity, values);
  }

  /** Clears a cell if it still has the version the caller saw; answers whether it did. */
  async deleteCell(em: EntityManager, id: string, version: number): Promise<boolean> {
    return ((await em.delete(RaciCellEntity, { id, version })).affected ?? 0) > 0;
  }

  /** Writes one cell as an import does, under the program's lock: fills, changes (its version moves) or clears it. */
  async writeCell(em: EntityManager, cell: { orgId: string; programId: string; domainId: string; roleId: string; from: RaciValue | null; to: RaciValue | null }): Promise<void> {
    const { orgId, programId, domainId, roleId, to } = cell;
    if (to === null) await em.delete(RaciCellEntity, { domainId, roleId });
    else if (cell.from === null) await em.insert(RaciCellEntity, { orgId, programId, domainId, roleId, value: to });
    else await em.update(RaciCellEntity, { domainId, roleId }, { value: to });
  }
}
