import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_ROW_FUNCTION } from '../audit-triggers.js';

/**
 * `audit_row()` as this migration sets it: like AUDIT_ROW_FUNCTION, and the entry's time is the
 * transaction-local setting `app.audit_at` when one is set, else the clock. Only the demo seed sets
 * it, so demo history is dated as its story says (the application never does).
 */
export const AUDIT_ROW_WITH_STORY_TIME = `
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
    INSERT INTO audit_event (org_id, table_name, record_id, program_id, op, changes, actor_id, request_id, at)
    VALUES (
      CASE WHEN TG_TABLE_NAME = 'organization' THEN (row_ref ->> 'id')::uuid ELSE (row_ref ->> 'org_id')::uuid END,
      TG_TABLE_NAME,
      coalesce(row_ref ->> 'id', row_ref ->> 'user_id')::uuid,
      CASE WHEN TG_TABLE_NAME = 'program' THEN (row_ref ->> 'id')::uuid ELSE (row_ref ->> 'program_id')::uuid END,
      lower(TG_OP),
      diff,
      nullif(current_setting('app.actor_id', true), '')::uuid,
      nullif(current_setting('app.request_id', true), ''),
      coalesce(nullif(current_setting('app.audit_at', true), '')::timestamptz, clock_timestamp())
    );
    RETURN NULL;
  END $$`;

/** Audit entries may carry the time a script says the change happened (the demo data's story dates). */
export class AuditTimeFromSetting1796459892407 implements MigrationInterface {
  name = 'AuditTimeFromSetting1796459892407';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(AUDIT_ROW_WITH_STORY_TIME);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(AUDIT_ROW_FUNCTION);
  }
}
