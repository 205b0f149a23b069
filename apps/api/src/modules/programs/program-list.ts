import type { ProgramListQuery, ProgramSortField } from '@rollout/domain';
import { invalidField } from '@rollout/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { likePattern } from '../units/units.service.js';
import type { ProgramEntity } from './program.entity.js';

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

export function encodeCursor(sortBy: ProgramSortField, program: ProgramEntity): string {
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
export function applyProgramFilters(builder: SelectQueryBuilder<ProgramEntity>, orgId: string, query: ProgramListQuery): SelectQueryBuilder<ProgramEntity> {
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
export function applyProgramPage(builder: SelectQueryBuilder<ProgramEntity>, query: ProgramListQuery): SelectQueryBuilder<ProgramEntity> {
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
