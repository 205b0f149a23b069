import { Injectable } from '@nestjs/common';
import { can, id, localDate, parseInput, type Actor } from '@rollout/domain';
import { z } from 'zod';
import { ForbiddenError } from '../../common/errors/app-error.js';
import { AUDIT_RECORD_TYPES, AUDITED_TABLES, type AuditRecordType } from '../../database/audited-tables.js';
import type { AuditEntryConnectionModel, AuditEntryModel, FieldChangeModel } from './audit-entry.model.js';
import { HistoryRepository, type AuditRow } from './history.repository.js';

const RECORD_TYPE_BY_TABLE = Object.fromEntries(Object.entries(AUDITED_TABLES).map(([type, entry]) => [entry.table, type])) as Record<string, AuditRecordType>;

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

/** Largest pages of a record's history and of the audit log. */
export const MAX_RECORD_HISTORY_PAGE = 200;
export const MAX_AUDIT_LOG_PAGE = 100;

const historySchema = z.object({ recordId: id, first: z.number().int().min(1).max(MAX_RECORD_HISTORY_PAGE).default(100) });
const logSchema = z
  .object({
    actorId: id.optional(),
    recordType: z.enum(AUDIT_RECORD_TYPES as [AuditRecordType, ...AuditRecordType[]]).optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    first: z.number().int().min(1).max(MAX_AUDIT_LOG_PAGE).default(50),
    after: z.string().regex(/^\d{1,18}$/, 'This page cursor is not valid; reload the list.').optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The end date must be on or after the start date.', path: ['to'] });

/** Reads the trigger-written audit log: per record (history panels) and org-wide (admin search). */
@Injectable()
export class HistoryService {
  constructor(private readonly history: HistoryRepository) {}

  /**
   * Changes to one record, oldest first. A program's include its rollout units, members and pilots,
   * but not single measurements: an import writes thousands, each has its own history.
   */
  async forRecord(actor: Actor, recordType: AuditRecordType, input: { recordId: string; first?: number | null }): Promise<AuditEntryModel[]> {
    // Account records carry personal data: only admins read their history (checked before the input).
    if (!can(actor, 'history.read', { recordType })) throw new ForbiddenError();
    const { recordId, first } = parseInput(historySchema, input);
    const rows = await this.history.forRecord(actor.orgId, recordType, recordId, first);
    return rows.map(toEntry);
  }

  /** The organization's whole log, newest first, filtered and keyset-paged by id. */
  async search(actor: Actor, input: unknown): Promise<AuditEntryConnectionModel> {
    const filter = parseInput(logSchema, input);
    const { first, ...narrowed } = filter;
    const rows = await this.history.search(actor.orgId, narrowed, first + 1);
    const page = rows.slice(0, first).map(toEntry);
    return { nodes: page, endCursor: rows.length > first ? (page.at(-1)?.id ?? null) : null };
  }
}
