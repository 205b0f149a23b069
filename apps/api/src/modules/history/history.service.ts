import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { id, localDate, parseInput, type Actor } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { ForbiddenError } from '../../common/errors/app-error.js';
import { z } from 'zod';
import { AUDIT_RECORD_TYPES, AUDIT_TABLES, type AuditOperation, type AuditRecordType } from './audit-record-type.js';
import type { AuditEntryConnectionModel, AuditEntryModel, FieldChangeModel } from './audit-entry.model.js';

interface AuditRow {
  id: string;
  at: Date;
  op: AuditOperation;
  table_name: string;
  record_id: string;
  actor_id: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

const RECORD_TYPE_BY_TABLE = Object.fromEntries(Object.entries(AUDIT_TABLES).map(([type, table]) => [table, type])) as Record<string, AuditRecordType>;

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const asText = (value: unknown): string | null => (value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));

function toEntry(row: AuditRow): AuditEntryModel {
  const changes: FieldChangeModel[] = Object.entries(row.changes)
    .map(([column, change]) => ({ field: camel(column), from: asText(change.from), to: asText(change.to) }))
    .sort((a, b) => a.field.localeCompare(b.field));
  return {
    id: row.id,
    at: row.at,
    operation: row.op,
    recordType: RECORD_TYPE_BY_TABLE[row.table_name] ?? 'program',
    recordId: row.record_id,
    actorId: row.actor_id,
    changes,
  };
}

const historySchema = z.object({ recordId: id, first: z.number().int().min(1).max(200).default(100) });
const logSchema = z
  .object({
    actorId: id.optional(),
    recordType: z.enum(AUDIT_RECORD_TYPES as [AuditRecordType, ...AuditRecordType[]]).optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    first: z.number().int().min(1).max(100).default(50),
    after: z.string().regex(/^\d{1,18}$/, 'This page cursor is not valid; reload the list.').optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The end date must be on or after the start date.', path: ['to'] });

/** Reads the trigger-written audit log: per record (history panels) and org-wide (admin search). */
@Injectable()
export class HistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Changes to one record, oldest first. A program's include its rollout units, members and pilots,
   * but not single measurements: an import writes thousands, each has its own history.
   */
  async forRecord(actor: Actor, recordType: AuditRecordType, input: { recordId: string; first?: number | null }): Promise<AuditEntryModel[]> {
    const { recordId, first } = parseInput(historySchema, input);
    // Account records carry personal data: only admins read their history.
    if ((recordType === 'user' || recordType === 'unit_assignment') && actor.role !== 'admin') throw new ForbiddenError();
    const [condition, params] =
      recordType === 'program' ? [`program_id = $2 AND table_name <> 'measurement'`, [recordId]] : ['table_name = $2 AND record_id = $3', [AUDIT_TABLES[recordType], recordId]];
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT id, at, op, table_name, record_id, actor_id, changes FROM audit_event
        WHERE org_id = $1 AND ${condition} ORDER BY id LIMIT ${first}`,
      [actor.orgId, ...params],
    );
    return rows.map(toEntry);
  }

  /** The organization's whole log, newest first, filtered and keyset-paged by id. */
  async search(actor: Actor, input: unknown): Promise<AuditEntryConnectionModel> {
    const filter = parseInput(logSchema, input);
    const conditions = ['org_id = $1'];
    const params: unknown[] = [actor.orgId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.actorId) add('actor_id = ?', filter.actorId);
    if (filter.recordType) add('table_name = ?', AUDIT_TABLES[filter.recordType]);
    if (filter.from) add(`at >= ?::date`, filter.from);
    if (filter.to) add(`at < (?::date + 1)`, filter.to);
    if (filter.after) add('id < ?', filter.after);
    params.push(filter.first + 1);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT id, at, op, table_name, record_id, actor_id, changes FROM audit_event
        WHERE ${conditions.join(' AND ')} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, filter.first).map(toEntry);
    return { nodes: page, endCursor: rows.length > filter.first ? (page.at(-1)?.id ?? null) : null };
  }
}
