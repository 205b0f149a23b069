import type { QueryRunner } from 'typeorm';
import { AUDITED_TABLES, type AuditedTable } from './audited-tables.js';
import { attachDataVersionTriggers } from './data-version-triggers.js';

/**
 * `audit_row()` as migration AuditEveryBusinessTable set it (AuditTimeFromSetting later adds the
 * entry's time from `app.audit_at`): one row in `audit_event`
 * per changed business row, with the changed fields only. Each trigger may name more columns to
 * leave out as its arguments (`ignoredColumns` in audited-tables.ts); they are dropped before the
 * diff. The organization row is its own organization; rows of a program carry its id.
 */
export const AUDIT_ROW_FUNCTION = `
  CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    ignored text[] := ARRAY['password_hash', 'version', 'updated_at', 'created_at', 'org_id', 'id'];
    old_row jsonb;
    new_row jsonb;
    row_ref jsonb;
    diff jsonb;
  BEGIN
    FOR i IN 0 .. TG_NARGS - 1 LOOP
      ignored := ignored || TG_ARGV[i];
    END LOOP;
    old_row := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
    new_row := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
    row_ref := CASE WHEN TG_OP = 'DELETE' THEN old_row ELSE new_row END;
    SELECT coalesce(jsonb_object_agg(key, jsonb_build_object('from', old_row -> key, 'to', new_row -> key)), '{}'::jsonb)
      INTO diff
      FROM (SELECT jsonb_object_keys(old_row || new_row) AS key) keys
     WHERE NOT key = ANY (ignored) AND (old_row -> key) IS DISTINCT FROM (new_row -> key);
    IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb THEN
      RETURN NULL;
    END IF;
    INSERT INTO audit_event (org_id, table_name, record_id, program_id, op, changes, actor_id, request_id)
    VALUES (
      CASE WHEN TG_TABLE_NAME = 'organization' THEN (row_ref ->> 'id')::uuid ELSE (row_ref ->> 'org_id')::uuid END,
      TG_TABLE_NAME,
      coalesce(row_ref ->> 'id', row_ref ->> 'user_id')::uuid,
      CASE WHEN TG_TABLE_NAME = 'program' THEN (row_ref ->> 'id')::uuid ELSE (row_ref ->> 'program_id')::uuid END,
      lower(TG_OP),
      diff,
      nullif(current_setting('app.actor_id', true), '')::uuid,
      nullif(current_setting('app.request_id', true), '')
    );
    RETURN NULL;
  END $$`;

const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Attaches `audit_row()` to every table of the one list that exists at this point of the
 * migrations, with its ignored columns; tables that already have the trigger get it replaced (so
 * a changed `ignoredColumns` takes effect). A migration that creates an audited table calls it
 * after creating the table; the table gets the data-version trigger with it.
 */
export async function attachAuditTriggers(queryRunner: QueryRunner): Promise<void> {
  for (const entry of Object.values(AUDITED_TABLES) as readonly AuditedTable[]) {
    const [found] = (await queryRunner.query(`SELECT to_regclass($1) IS NOT NULL AS "exists"`, [`public.${entry.table}`])) as { exists: boolean }[];
    if (!found?.exists) continue;
    const args = (entry.ignoredColumns ?? []).map(quoteLiteral).join(', ');
    await queryRunner.query(
      `CREATE OR REPLACE TRIGGER "audit_${entry.table}" AFTER INSERT OR UPDATE OR DELETE ON "${entry.table}" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`,
    );
  }
  await attachDataVersionTriggers(queryRunner);
}

/** Removes the audit trigger from these tables (a migration's `down`). */
export async function detachAuditTriggers(queryRunner: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) await queryRunner.query(`DROP TRIGGER IF EXISTS "audit_${table}" ON "${table}"`);
}
