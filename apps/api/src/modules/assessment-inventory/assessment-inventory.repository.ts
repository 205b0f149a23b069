import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ToolCategory } from '@rollout/domain';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { namedUnitsOfProgram, type NamedUnit } from '../programs/programs.repository.js';
import { AssessmentBaselineEntity } from './assessment-baseline.entity.js';
import { ProgramToolEntity } from './program-tool.entity.js';
import { UnitStaffingEntity } from './unit-staffing.entity.js';

/** One tool as its export writes it: names, never ids. */
export interface ToolExportRow {
  name: string;
  category: ToolCategory;
  units: string;
  annual_cost: number;
  owner: string;
  renewal_date: string | null;
}

/** The assessment inventory's SQL: tools, KPI baselines and staffing snapshots of programs. */
@Injectable()
export class AssessmentInventoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Tools of the programs, by category then name. */
  async toolsOfPrograms(programIds: readonly string[]): Promise<ProgramToolEntity[]> {
    return this.dataSource.getRepository(ProgramToolEntity).find({ where: { programId: In([...programIds]) }, order: { category: 'ASC', name: 'ASC', id: 'ASC' } });
  }

  /** The program's tools for its export: units by name, the owner's name (account or named person). */
  async exportRows(orgId: string, programId: string): Promise<ToolExportRow[]> {
    return this.dataSource.query<ToolExportRow[]>(
      `SELECT t.name, t.category, t.annual_cost, COALESCE(o.name, t.owner_name) AS owner, to_char(t.renewal_date, 'YYYY-MM-DD') AS renewal_date,
              COALESCE((SELECT string_agg(u.name, '; ' ORDER BY u.name) FROM unit u WHERE u.id = ANY(t.using_unit_ids)), '') AS units
         FROM program_tool t
         LEFT JOIN app_user o ON o.id = t.owner_id
        WHERE t.program_id = $1 AND t.org_id = $2
        ORDER BY t.category, t.name, t.id`,
      [programId, orgId],
    );
  }

  /** Baselines of the programs: program-wide first, then by unit; by metric within. */
  async baselinesOfPrograms(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<AssessmentBaselineEntity[]> {
    return em
      .getRepository(AssessmentBaselineEntity)
      .createQueryBuilder('b')
      .where('b.program_id IN (:...programIds)', { programIds })
      .orderBy('b.unit_id', 'ASC', 'NULLS FIRST')
      .addOrderBy('b.catalog_key', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
  }

  /** Staffing snapshots of the programs' units, in the order they were recorded. */
  async staffingOfPrograms(programIds: readonly string[]): Promise<UnitStaffingEntity[]> {
    return this.dataSource.getRepository(UnitStaffingEntity).find({ where: { programId: In([...programIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** What a tool import checks a file against: the program's units, the organization's active people and the program's tools. */
  async toolImportTargets(
    em: EntityManager,
    orgId: string,
    programId: string,
  ): Promise<{ units: NamedUnit[]; people: { id: string; name: string; email: string }[]; tools: ProgramToolEntity[] }> {
    const units = await namedUnitsOfProgram(em, programId);
    const people = await em.query<{ id: string; name: string; email: string }[]>(`SELECT id, name, email FROM app_user WHERE org_id = $1 AND active ORDER BY name, id`, [orgId]);
    const tools = await em.find(ProgramToolEntity, { where: { programId, orgId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { units, people, tools };
  }

  async findTool(em: EntityManager, orgId: string, id: string): Promise<ProgramToolEntity | null> {
    return em.findOneBy(ProgramToolEntity, { id, orgId });
  }

  async insertTool(em: EntityManager, values: Partial<ProgramToolEntity>): Promise<ProgramToolEntity> {
    return em.save(em.create(ProgramToolEntity, values));
  }

  async deleteTool(em: EntityManager, id: string): Promise<void> {
    await em.delete(ProgramToolEntity, { id });
  }

  async findBaseline(em: EntityManager, orgId: string, key: { programId: string; catalogKey: string; unitId: string | null }): Promise<AssessmentBaselineEntity | null> {
    return em.findOneBy(AssessmentBaselineEntity, { orgId, programId: key.programId, catalogKey: key.catalogKey, unitId: key.unitId ?? IsNull() });
  }

  async findBaselineById(em: EntityManager, orgId: string, id: string): Promise<AssessmentBaselineEntity | null> {
    return em.findOneBy(AssessmentBaselineEntity, { id, orgId });
  }

  async insertBaseline(em: EntityManager, values: Partial<AssessmentBaselineEntity>): Promise<AssessmentBaselineEntity> {
    return em.save(em.create(AssessmentBaselineEntity, values));
  }

  async deleteBaseline(em: EntityManager, id: string): Promise<void> {
    await em.delete(AssessmentBaselineEntity, { id });
  }

  async findStaffing(em: EntityManager, orgId: string, programId: string, unitId: string): Promise<UnitStaffingEntity | null> {
    return em.findOneBy(UnitStaffingEntity, { orgId, programId, unitId });
  }

  async insertStaffing(em: EntityManager, values: Partial<UnitStaffingEntity>): Promise<UnitStaffingEntity> {
    return em.save(em.create(UnitStaffingEntity, values));
  }
}
