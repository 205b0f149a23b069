import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CompanyProfileEntity } from '../alignment/company-profile.entity.js';
import { UnitStaffingEntity } from '../assessment-inventory/unit-staffing.entity.js';
import type { HeadcountRecords } from './headcount.mapper.js';
import { PlannedRoleEntity } from './planned-role.entity.js';

/** The headcount plan's SQL: planned roles, and what the review compares them with (units, staffing, ARR). */
@Injectable()
export class HeadcountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The records of each program, in key order: four statements however many programs. */
  async recordsFor(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<HeadcountRecords[]> {
    const ids = In([...programIds]);
    const [roles, units, staffing, profiles] = await Promise.all([
      em.find(PlannedRoleEntity, { where: { programId: ids }, order: { createdAt: 'ASC', id: 'ASC' } }),
      em.query<{ program_id: string; id: string; name: string }[]>(
        `SELECT pu.program_id, u.id, u.name FROM program_unit pu JOIN unit u ON u.id = pu.unit_id
          WHERE pu.program_id = ANY($1::uuid[]) ORDER BY u.name, u.id`,
        [[...programIds]],
      ),
      em.find(UnitStaffingEntity, { where: { programId: ids } }),
      em.find(CompanyProfileEntity, { where: { programId: ids } }),
    ]);
    return programIds.map((programId) => ({
      programId,
      roles: roles.filter((role) => role.programId === programId),
      units: units.filter((unit) => unit.program_id === programId).map(({ id, name }) => ({ id, name })),
      staffing: staffing.filter((row) => row.programId === programId),
      profile: profiles.find((row) => row.programId === programId) ?? null,
    }));
  }

  async recordsOf(em: EntityManager, programId: string): Promise<HeadcountRecords> {
    const [records] = await this.recordsFor([programId], em);
    if (!records) throw new Error(`No headcount records for ${programId}`);
    return records;
  }

  async insertRole(em: EntityManager, values: Partial<PlannedRoleEntity>): Promise<void> {
    await em.insert(PlannedRoleEntity, values);
  }

  /** Deletes the role at the version seen; false when it changed or went meanwhile. */
  async deleteRole(em: EntityManager, id: string, version: number): Promise<boolean> {
    const result = await em.delete(PlannedRoleEntity, { id, version });
    return (result.affected ?? 0) > 0;
  }
}
