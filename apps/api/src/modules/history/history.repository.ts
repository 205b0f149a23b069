import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUDITED_TABLES, type AuditRecordType } from '../../database/audited-tables.js';

export const AUDIT_OPERATIONS = ['insert', 'update', 'delete'] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

/** One row of `audit_event`, as the trigger wrote it. */
export interface AuditRow {
  id: string;
  at: Date;
  op: AuditOperation;
  table_name: string;
  record_id: string;
  actor_id: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** What the organization-wide log may be narrowed by; `after` is the id the previous page ended with. */
export interface AuditLogFilter {
  actorId?: string;
  recordType?: AuditRecordType;
  from?: string;
  to?: string;
  after?: string;
}

const COLUMNS = 'id, at, op, table_name, record_id, actor_id, changes';
const PROGRAM_HISTORY_TABLES = Object.values(AUDITED_TABLES)
  .filter((entry) => entry.inProgramHistory)
  .map((entry) => entry.table);

/** The history feature's SQL: reading the trigger-written audit log (never writing it). */
@Injectable()
export class HistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Changes to one record, oldest first; a program's include those of its children that belong in its history. */
  async forRecord(orgId: string, recordType: AuditRecordType, recordId: string, first: number): Promise<AuditRow[]> {
    if (recordType === 'program') {
      return this.dataSource.query(
        `SELECT ${COLUMNS} FROM audit_event WHERE org_id = $1 AND program_id = $2 AND table_name = ANY($3::text[]) ORDER BY id LIMIT $4`,
        [orgId, recordId, PROGRAM_HISTORY_TABLES, first],
      );
    }
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM audit_event WHERE org_id = $1 AND table_name = $2 AND record_id = $3 ORDER BY id LIMIT $4`,
      [orgId, AUDITED_TABLES[recordType].table, recordId, first],
    );
  }

  /** The organization's whole log, newest first, filtered, `limit` rows from before `after`. */
  async search(orgId: string, filter: AuditLogFilter, limit: number): Promise<AuditRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM audit_event
        WHERE org_id = $1
          AND ($2::uuid IS NULL OR actor_id = $2)
          AND ($3::text IS NULL OR table_name = $3)
          AND ($4::date IS NULL OR at >= $4::date)
          AND ($5::date IS NULL OR at < $5::date + 1)
          AND ($6::bigint IS NULL OR id < $6)
        ORDER BY id DESC LIMIT $7`,
      [orgId, filter.actorId ?? null, filter.recordType ? AUDITED_TABLES[filter.recordType].table : null, filter.from ?? null, filter.to ?? null, filter.after ?? null, limit],
    );
  }
}
