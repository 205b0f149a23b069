import type { MigrationInterface, QueryRunner } from 'typeorm';

const AUDITED_TABLES = ['program', 'unit', 'app_user', 'user_unit'];

/** The trigger function as this migration creates it (a later one replaces it, and restores it on down). */
export const AUDIT_ROW_V1 = `
      CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
        new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
        ignored text[] := ARRAY['password_hash', 'version', 'updated_at', 'created_at', 'org_id', 'id'];
        diff jsonb;
        row_ref jsonb := CASE WHEN TG_OP = 'DELETE' THEN old_row ELSE new_row END;
      BEGIN
        SELECT coalesce(jsonb_object_agg(key, jsonb_build_object('from', old_row -> key, 'to', new_row -> key)), '{}'::jsonb)
          INTO diff
          FROM (SELECT jsonb_object_keys(old_row || new_row) AS key) keys
         WHERE NOT key = ANY (ignored) AND (old_row -> key) IS DISTINCT FROM (new_row -> key);
        IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb THEN
          RETURN NULL;
        END IF;
        INSERT INTO audit_event (org_id, table_name, record_id, op, changes, actor_id, request_id)
        VALUES (
          (row_ref ->> 'org_id')::uuid,
          TG_TABLE_NAME,
          coalesce(row_ref ->> 'id', row_ref ->> 'user_id')::uuid,
          lower(TG_OP),
          diff,
          nullif(current_setting('app.actor_id', true), '')::uuid,
          nullif(current_setting('app.request_id', true), '')
        );
        RETURN NULL;
      END $$`;

/**
 * Append-only audit log written by triggers, so every change is recorded in the same transaction
 * (also changes made by scripts or by hand). The actor and request come from the transaction-local
 * settings `app.actor_id` / `app.request_id` that writeTransaction sets.
 */
export class AuditTrail1795458346040 implements MigrationInterface {
  name = 'AuditTrail1795458346040';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" bigserial PRIMARY KEY,
        "org_id" uuid,
        "table_name" text NOT NULL,
        "record_id" uuid NOT NULL,
        "op" text NOT NULL CHECK ("op" IN ('insert', 'update', 'delete')),
        "changes" jsonb NOT NULL,
        "actor_id" uuid,
        "request_id" text,
        "txid" bigint NOT NULL DEFAULT txid_current(),
        "at" timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_record" ON "audit_event" ("table_name", "record_id", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_org_at" ON "audit_event" ("org_id", "at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_actor" ON "audit_event" ("actor_id", "at" DESC)`);
    // changes: {"field": {"from": …, "to": …}} for changed fields only; secrets and bookkeeping left out.
    await queryRunner.query(AUDIT_ROW_V1);
    for (const table of AUDITED_TABLES) {
      await queryRunner.query(`CREATE TRIGGER "audit_${table}" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
    // The log is evidence: the application may add to it, never rewrite it.
    await queryRunner.query(`CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_immutable" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_immutable()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of AUDITED_TABLES) await queryRunner.query(`DROP TRIGGER "audit_${table}" ON "${table}"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_immutable()`);
    await queryRunner.query(`DROP FUNCTION audit_row()`);
  }
}
