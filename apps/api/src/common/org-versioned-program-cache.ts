import type { DataSource } from 'typeorm';
import { today } from './time/today.js';
import { recordOfKey, VersionedCache } from './versioned-cache.js';

/**
 * Per-program values derived from rows of many tables, kept by the organization's data version
 * (moved at the commit of any change to its business data) and the day: for views whose inputs are
 * too many to give each a counter of its own (the backlog reads sixteen tables). Two operations of
 * one page asking together share one computation, and readers share it until anything changes.
 */
export class OrgVersionedProgramCache<T> {
  private readonly cache: VersionedCache<T>;

  constructor(
    private readonly dataSource: DataSource,
    size: number,
  ) {
    this.cache = new VersionedCache<T>(size, recordOfKey);
  }

  /** The programs' values today, in key order; `compute` answers for those not kept, in their order. */
  async getAll(programIds: readonly string[], compute: (programIds: string[], day: string) => Promise<T[]>): Promise<T[]> {
    const day = today();
    // The versions are read before the rows: a write landing in between costs a recomputation, never a stale value.
    const rows = await this.dataSource.query<{ id: string; version: string }[]>(
      `SELECT p.id, coalesce(v.version, 0)::text AS version FROM unnest($1::uuid[]) AS p(id) LEFT JOIN program pr ON pr.id = p.id LEFT JOIN org_data_version v ON v.org_id = pr.org_id`,
      [[...programIds]],
    );
    const versions = new Map(rows.map((row) => [row.id, row.version]));
    const values = await this.cache.getAll(
      programIds.map((id) => `${id}|${versions.get(id) ?? '0'}|${day}`),
      (missing) => compute(missing.map((i) => programIds[i] ?? ''), day),
    );
    return values.map((value) => {
      if (value instanceof Error) throw value;
      return value;
    });
  }
}
