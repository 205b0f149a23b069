import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { invalidField, type ProgramAccess, type ProgramListQuery, type ProgramSortField } from '@rollout/domain';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { likePattern } from '../units/units.repository.js';
import { PhaseChangeEntity } from './phase-change.entity.js';
import { ProgramMemberEntity } from './program-member.entity.js';
import { ProgramUnitEntity } from './program-unit.entity.js';
import { ProgramEntity } from './program.entity.js';

/** SQL expression per sort field; `phase` is a PostgreSQL enum, so it sorts Assess → Govern. */
const SORT_COLUMNS: Record<ProgramSortField, string> = {
  name: 'program.name',
  target_date: 'program.target_date',
  phase: 'program.phase',
  updated_at: 'program.updated_at',
};

const SORT_CASTS: Record<ProgramSortField, string> = {
  name: 'varchar',
  target_date: 'date',
  phase: 'program_phase',
  updated_at: 'timestamptz',
};

type Cursor = [value: string, id: string];

function encodeCursor(sortBy: ProgramSortField, program: ProgramEntity): string {
  const value = sortBy === 'updated_at' ? program.updatedAt.toISOString() : sortBy === 'target_date' ? program.targetDate : program[sortBy];
  return Buffer.from(JSON.stringify([value, program.id] satisfies Cursor)).toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      return parsed as Cursor;
    }
  } catch {
    // fall through to the typed error below
  }
  throw invalidField('after', 'This page cursor is not valid; reload the list.');
}

/** Applies search and filters (everything but paging), shared by the page and the total count. */
function applyProgramFilters(builder: SelectQueryBuilder<ProgramEntity>, orgId: string, query: ProgramListQuery): SelectQueryBuilder<ProgramEntity> {
  builder.where('program.org_id = :orgId', { orgId });
  if (!query.includeArchived) builder.andWhere('program.archived_at IS NULL');
  if (query.search) {
    builder.andWhere(
      "(program.name ILIKE :pattern ESCAPE '\\' OR program.objective ILIKE :pattern ESCAPE '\\' OR program.sponsor ILIKE :pattern ESCAPE '\\')",
      { pattern: likePattern(query.search) },
    );
  }
  if (query.phases?.length) builder.andWhere('program.phase IN (:...phases)', { phases: query.phases });
  if (query.statuses?.length) builder.andWhere('program.status IN (:...statuses)', { statuses: query.statuses });
  if (query.models?.length) builder.andWhere('program.target_model IN (:...models)', { models: query.models });
  return builder;
}

/** Keyset paging on (sort value, id): stable under inserts, no OFFSET scans. */
function applyProgramPage(builder: SelectQueryBuilder<ProgramEntity>, query: ProgramListQuery): SelectQueryBuilder<ProgramEntity> {
  const column = SORT_COLUMNS[query.sortBy];
  const direction = query.sortDirection === 'asc' ? 'ASC' : 'DESC';
  if (query.after) {
    const [value, id] = decodeCursor(query.after);
    const comparison = direction === 'ASC' ? '>' : '<';
    builder.andWhere(`(${column}, program.id) ${comparison} (CAST(:cursorValue AS ${SORT_CASTS[query.sortBy]}), :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  return builder
    .orderBy(column, direction)
    .addOrderBy('program.id', direction)
    .take(query.first + 1);
}

/** A unit's place in a program, as the API shows it. */
export type ProgramUnitRow = Pick<ProgramUnitEntity, 'id' | 'programId' | 'unitId' | 'blocked' | 'note' | 'version' | 'updatedAt'>;

/** A unit of a program's rollout as a file names it (imports read names and codes). */
export interface NamedUnit {
  id: string;
  name: string;
  code: string;
}

/** The units of a program's rollout, in the order they joined (imports match a file's unit names against these). */
export async function namedUnitsOfProgram(em: EntityManager, programId: string): Promise<NamedUnit[]> {
  return em.query<NamedUnit[]>(`SELECT u.id, u.name, u.code FROM program_unit pu JOIN unit u ON u.id = pu.unit_id WHERE pu.program_id = $1 ORDER BY pu.created_at, u.name`, [programId]);
}

/** The programs feature's SQL: programs, their phase history, rollout units and members. */
@Injectable()
export class ProgramsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pilots of the program whose latest gate decision is scale: what the Pilot → Scale gate reads. */
  async scaledPilotCount(em: EntityManager, programId: string): Promise<number> {
    const [row] = await em.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM (
         SELECT DISTINCT ON (pilot_id) decision FROM decision WHERE program_id = $1 ORDER BY pilot_id, decided_at DESC, id DESC
       ) latest WHERE decision = 'scale'`,
      [programId],
    );
    return row?.count ?? 0;
  }

  /** One page of the organization's programs (one row more than asked, to tell whether more follow), the cursor of a row and the total. */
  async page(orgId: string, query: ProgramListQuery): Promise<{ rows: ProgramEntity[]; totalCount: number; cursorOf: (row: ProgramEntity) => string }> {
    const repository = this.dataSource.getRepository(ProgramEntity);
    const [rows, totalCount] = await Promise.all([
      applyProgramPage(applyProgramFilters(repository.createQueryBuilder('program'), orgId, query), query).getMany(),
      applyProgramFilters(repository.createQueryBuilder('program'), orgId, query).getCount(),
    ]);
    return { rows, totalCount, cursorOf: (row) => encodeCursor(query.sortBy, row) };
  }

  async byIds(ids: readonly string[]): Promise<ProgramEntity[]> {
    return this.dataSource.getRepository(ProgramEntity).findBy({ id: In([...ids]) });
  }

  /** Owner and leads per program (for the viewer's permissions), in key order; null for unknown ids. */
  async accessByIds(programIds: readonly string[]): Promise<(ProgramAccess | null)[]> {
    const [programs, leads] = await Promise.all([
      this.dataSource.getRepository(ProgramEntity).find({ where: { id: In([...programIds]) }, select: { id: true, ownerId: true } }),
      this.dataSource.getRepository(ProgramMemberEntity).find({ where: { programId: In([...programIds]), role: 'lead' } }),
    ]);
    const owners = new Map(programs.map((program) => [program.id, program.ownerId]));
    return programIds.map((id) => {
      const ownerId = owners.get(id);
      return ownerId ? { ownerId, leadIds: leads.filter((lead) => lead.programId === id).map((lead) => lead.userId) } : null;
    });
  }

  /** Phase history of the programs, oldest first. */
  async phaseChanges(programIds: readonly string[]): Promise<PhaseChangeEntity[]> {
    return this.dataSource.getRepository(PhaseChangeEntity).find({ where: { programId: In([...programIds]) }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  /** Rollout units of the programs, in the order they were added. */
  async programUnits(programIds: readonly string[]): Promise<ProgramUnitEntity[]> {
    return this.dataSource.getRepository(ProgramUnitEntity).find({ where: { programId: In([...programIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The programs that are not archived any of the units is in, by name, with each one's data version
   * (moved by every change to its units, pilots, decisions, waves and stage moves).
   */
  async activeProgramVersionsOfUnits(unitIds: readonly string[]): Promise<{ id: string; dataVersion: string }[]> {
    return this.dataSource.query(
      `SELECT p.id, coalesce(v.version, 0)::text AS "dataVersion"
         FROM program p LEFT JOIN program_data_version v ON v.program_id = p.id
        WHERE p.archived_at IS NULL AND EXISTS (SELECT 1 FROM program_unit pu WHERE pu.program_id = p.id AND pu.unit_id = ANY ($1::uuid[]))
        ORDER BY p.name, p.id`,
      [unitIds],
    );
  }

  /** The units of the programs' rollouts, as the API shows them. */
  async programUnitRows(programIds: readonly string[]): Promise<ProgramUnitRow[]> {
    return this.dataSource.query(
      `SELECT id, program_id AS "programId", unit_id AS "unitId", blocked, note, version, updated_at AS "updatedAt"
         FROM program_unit WHERE program_id = ANY ($1::uuid[]) ORDER BY id`,
      [programIds],
    );
  }

  /** Members of the programs, in the order they joined. */
  async members(programIds: readonly string[]): Promise<ProgramMemberEntity[]> {
    return this.dataSource.getRepository(ProgramMemberEntity).find({ where: { programId: In([...programIds]) }, order: { createdAt: 'ASC', userId: 'ASC' } });
  }

  /** Adds units to a program's rollout, leaving those already in it as they are. */
  async addProgramUnits(em: EntityManager, orgId: string, programId: string, unitIds: readonly string[]): Promise<ProgramUnitEntity[]> {
    await em
      .createQueryBuilder()
      .insert()
      .into(ProgramUnitEntity)
      .values(unitIds.map((unitId) => ({ orgId, programId, unitId })))
      .orIgnore()
      .execute();
    return em.findBy(ProgramUnitEntity, { programId, unitId: In([...unitIds]) });
  }
}
