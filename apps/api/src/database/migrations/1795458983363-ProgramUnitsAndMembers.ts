import type { MigrationInterface, QueryRunner } from "typeorm";
import { AUDIT_ROW_V1 } from "./1795458346040-AuditTrail.js";

// Audit: member and unit-status rows belong to a program, so the log records the program they touch.
export const AUDIT_ROW_WITH_PROGRAM = `
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
    INSERT INTO audit_event (org_id, table_name, record_id, program_id, op, changes, actor_id, request_id)
    VALUES (
      (row_ref ->> 'org_id')::uuid,
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

export class ProgramUnitsAndMembers1795458983363 implements MigrationInterface {
    name = 'ProgramUnitsAndMembers1795458983363'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."program_member_role" AS ENUM('lead', 'steering', 'contributor')`);
        await queryRunner.query(`CREATE TABLE "program_member" ("program_id" uuid NOT NULL, "user_id" uuid NOT NULL, "org_id" uuid NOT NULL, "role" "public"."program_member_role" NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ddd96e60d67067f32bb572084fa" PRIMARY KEY ("program_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_program_member_user" ON "program_member"  ("user_id") `);
        await queryRunner.query(`CREATE TYPE "public"."rollout_status" AS ENUM('not_started', 'preparing', 'piloting', 'live', 'blocked')`);
        await queryRunner.query(`CREATE TABLE "program_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "status" "public"."rollout_status" NOT NULL DEFAULT 'not_started', "note" character varying(1000) NOT NULL DEFAULT '', CONSTRAINT "PK_83f070521fee06ec9b1641daed8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_program_unit_unit" ON "program_unit"  ("unit_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_program_unit" ON "program_unit"  ("program_id", "unit_id") `);
        await queryRunner.query(`ALTER TABLE "program_member" ADD CONSTRAINT "FK_c1264d1d2fe9969ead035928a6f" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "program_member" ADD CONSTRAINT "FK_cbdf5cbe4070b89cca0724c9e30" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "program_unit" ADD CONSTRAINT "FK_b45046e544b6d9192eb9e5b0c56" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "program_unit" ADD CONSTRAINT "FK_05b7c4e00c237971e1e5bde63db" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_event" ADD "program_id" uuid`);
        await queryRunner.query(`CREATE INDEX "ix_audit_event_program" ON "audit_event" ("program_id", "id") WHERE "program_id" IS NOT NULL`);
        await queryRunner.query(AUDIT_ROW_WITH_PROGRAM);
        await queryRunner.query(`CREATE TRIGGER "audit_program_unit" AFTER INSERT OR UPDATE OR DELETE ON "program_unit" FOR EACH ROW EXECUTE FUNCTION audit_row()`);
        await queryRunner.query(`CREATE TRIGGER "audit_program_member" AFTER INSERT OR UPDATE OR DELETE ON "program_member" FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "audit_program_member" ON "program_member"`);
        await queryRunner.query(`DROP TRIGGER "audit_program_unit" ON "program_unit"`);
        await queryRunner.query(AUDIT_ROW_V1);
        await queryRunner.query(`DROP INDEX "ix_audit_event_program"`);
        await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "program_id"`);
        await queryRunner.query(`ALTER TABLE "program_unit" DROP CONSTRAINT "FK_05b7c4e00c237971e1e5bde63db"`);
        await queryRunner.query(`ALTER TABLE "program_unit" DROP CONSTRAINT "FK_b45046e544b6d9192eb9e5b0c56"`);
        await queryRunner.query(`ALTER TABLE "program_member" DROP CONSTRAINT "FK_cbdf5cbe4070b89cca0724c9e30"`);
        await queryRunner.query(`ALTER TABLE "program_member" DROP CONSTRAINT "FK_c1264d1d2fe9969ead035928a6f"`);
        await queryRunner.query(`DROP INDEX "public"."uq_program_unit"`);
        await queryRunner.query(`DROP INDEX "public"."ix_program_unit_unit"`);
        await queryRunner.query(`DROP TABLE "program_unit"`);
        await queryRunner.query(`DROP TYPE "public"."rollout_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_program_member_user"`);
        await queryRunner.query(`DROP TABLE "program_member"`);
        await queryRunner.query(`DROP TYPE "public"."program_member_role"`);
    }

}
