import type { MigrationInterface, QueryRunner } from "typeorm";

// Every pilot table is audited; each row carries program_id so its changes appear in the program's history.
const AUDITED_TABLES = ["pilot", "success_metric", "measurement", "check_in", "gate_review", "lesson"];

export class Pilots1795468014933 implements MigrationInterface {
    name = 'Pilots1795468014933'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."pilot_status" AS ENUM('planned', 'running', 'in_review', 'decided')`);
        await queryRunner.query(`CREATE TABLE "pilot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "hypothesis" text NOT NULL, "unit_ids" uuid array NOT NULL, "comparison_unit_ids" uuid array NOT NULL DEFAULT '{}', "start_date" date NOT NULL, "end_date" date NOT NULL, "steering_member_ids" uuid array NOT NULL DEFAULT '{}', "capabilities" character varying(120) array NOT NULL DEFAULT '{}', "status" "public"."pilot_status" NOT NULL DEFAULT 'planned', CONSTRAINT "PK_921e16d425d1f58dcec5fe90bba" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_pilot_program" ON "pilot"  ("program_id") `);
        await queryRunner.query(`CREATE TYPE "public"."rag_status" AS ENUM('green', 'amber', 'red')`);
        await queryRunner.query(`CREATE TABLE "check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "pilot_id" uuid NOT NULL, "program_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "week_start" date NOT NULL, "status" "public"."rag_status" NOT NULL, "confidence" smallint NOT NULL, "highlights" text NOT NULL DEFAULT '', "blockers" text NOT NULL DEFAULT '', "asks_for_help" text NOT NULL DEFAULT '', "commentary" text NOT NULL DEFAULT '', "submitted_by_id" uuid NOT NULL, "submitted_on" date NOT NULL, CONSTRAINT "PK_9c026e16735aea10812a3888d6c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_check_in_unit_week" ON "check_in"  ("unit_id", "week_start") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_check_in_pilot_unit_week" ON "check_in"  ("pilot_id", "unit_id", "week_start") `);
        await queryRunner.query(`CREATE TYPE "public"."gate_decision" AS ENUM('scale', 'extend', 'adjust', 'stop')`);
        await queryRunner.query(`CREATE TABLE "gate_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "pilot_id" uuid NOT NULL, "program_id" uuid NOT NULL, "recommendation" "public"."gate_decision" NOT NULL, "reasons" text array NOT NULL DEFAULT '{}', "decision" "public"."gate_decision" NOT NULL, "rationale" text NOT NULL DEFAULT '', "lessons_learned" text NOT NULL DEFAULT '', "decided_by_id" uuid NOT NULL, "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_145de869f61190230cabd8972d0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_gate_review_pilot" ON "gate_review"  ("pilot_id", "decided_at") `);
        await queryRunner.query(`CREATE INDEX "ix_gate_review_program" ON "gate_review"  ("program_id", "decided_at") `);
        await queryRunner.query(`CREATE TYPE "public"."lesson_kind" AS ENUM('worked', 'did_not_work', 'change_before_scaling')`);
        await queryRunner.query(`CREATE TABLE "lesson" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "pilot_id" uuid NOT NULL, "program_id" uuid NOT NULL, "capability" character varying(120) NOT NULL, "kind" "public"."lesson_kind" NOT NULL, "text" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ef25918f0237e68696dee455bd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_lesson_pilot" ON "lesson"  ("pilot_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_lesson_program" ON "lesson"  ("program_id", "capability") `);
        await queryRunner.query(`CREATE TYPE "public"."import_format" AS ENUM('csv', 'xlsx')`);
        await queryRunner.query(`CREATE TYPE "public"."import_status" AS ENUM('uploaded', 'running', 'committed', 'failed')`);
        await queryRunner.query(`CREATE TABLE "measurement_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "pilot_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "format" "public"."import_format" NOT NULL, "sha256" character varying(64) NOT NULL, "content" bytea, "status" "public"."import_status" NOT NULL DEFAULT 'uploaded', "rows_total" integer NOT NULL DEFAULT '0', "rows_processed" integer NOT NULL DEFAULT '0', "rows_written" integer NOT NULL DEFAULT '0', "rows_unchanged" integer NOT NULL DEFAULT '0', "rows_skipped" integer NOT NULL DEFAULT '0', "failure" text, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58d73b0905c6a35afa89c6aad30" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_measurement_import_pilot" ON "measurement_import"  ("pilot_id", "created_at") `);
        await queryRunner.query(`CREATE TYPE "public"."metric_unit" AS ENUM('hours', 'days', 'percent', 'currency', 'currency_per_day', 'count')`);
        await queryRunner.query(`CREATE TYPE "public"."metric_direction" AS ENUM('higher_is_better', 'lower_is_better')`);
        await queryRunner.query(`CREATE TYPE "public"."success_metric_kind" AS ENUM('primary', 'guardrail')`);
        await queryRunner.query(`CREATE TABLE "success_metric" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "pilot_id" uuid NOT NULL, "program_id" uuid NOT NULL, "catalog_key" character varying(60), "name" character varying(120) NOT NULL, "unit" "public"."metric_unit" NOT NULL, "direction" "public"."metric_direction" NOT NULL, "kind" "public"."success_metric_kind" NOT NULL, "baseline" double precision, "target" double precision NOT NULL, "tolerance" double precision, "weight" double precision, CONSTRAINT "PK_c78a0c2cf74c63a3a11965df5aa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_success_metric_pilot" ON "success_metric"  ("pilot_id", "created_at") `);
        await queryRunner.query(`CREATE TYPE "public"."measurement_source" AS ENUM('manual', 'import')`);
        await queryRunner.query(`CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "metric_id" uuid NOT NULL, "pilot_id" uuid NOT NULL, "program_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "date" date NOT NULL, "value" double precision NOT NULL, "source" "public"."measurement_source" NOT NULL, "entered_by_id" uuid NOT NULL, "import_id" uuid, CONSTRAINT "PK_742ff3cc0dcbbd34533a9071dfd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_measurement_pilot" ON "measurement"  ("pilot_id", "metric_id", "date") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_measurement_metric_unit_date" ON "measurement"  ("metric_id", "unit_id", "date") `);
        await queryRunner.query(`ALTER TABLE "pilot" ADD CONSTRAINT "FK_2a31c191572b1545bcffb9e79a0" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "check_in" ADD CONSTRAINT "FK_b23946783dde78f102b9d5eeff1" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "check_in" ADD CONSTRAINT "FK_de6d97404fdbecf99182ebc8671" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "check_in" ADD CONSTRAINT "FK_f603ee42d05a528afffa42f47fe" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "gate_review" ADD CONSTRAINT "FK_415031caec995dd33fb02644904" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "gate_review" ADD CONSTRAINT "FK_40b973f7fed8157994fff67144c" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "lesson" ADD CONSTRAINT "FK_3abe610aea3326f082fcf4f2fe8" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "lesson" ADD CONSTRAINT "FK_17233bd3a5e8f3665f756e39b4e" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measurement_import" ADD CONSTRAINT "FK_101de533828945316e5d37e3980" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measurement_import" ADD CONSTRAINT "FK_5124c81109bfb7a137343da01b6" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "success_metric" ADD CONSTRAINT "FK_4ecfd88387e839d48c44e84605e" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_43fa51a6c38c84785d4bafc0dd5" FOREIGN KEY ("metric_id") REFERENCES "success_metric"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_fc57e5fd5adea5a7009f99e140a" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_a124b697fa9a6ef661cb401bbeb" FOREIGN KEY ("entered_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        for (const table of AUDITED_TABLES) {
            await queryRunner.query(`CREATE TRIGGER "audit_${table}" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row()`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of AUDITED_TABLES) await queryRunner.query(`DROP TRIGGER "audit_${table}" ON "${table}"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_a124b697fa9a6ef661cb401bbeb"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_fc57e5fd5adea5a7009f99e140a"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_43fa51a6c38c84785d4bafc0dd5"`);
        await queryRunner.query(`ALTER TABLE "success_metric" DROP CONSTRAINT "FK_4ecfd88387e839d48c44e84605e"`);
        await queryRunner.query(`ALTER TABLE "measurement_import" DROP CONSTRAINT "FK_5124c81109bfb7a137343da01b6"`);
        await queryRunner.query(`ALTER TABLE "measurement_import" DROP CONSTRAINT "FK_101de533828945316e5d37e3980"`);
        await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_17233bd3a5e8f3665f756e39b4e"`);
        await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_3abe610aea3326f082fcf4f2fe8"`);
        await queryRunner.query(`ALTER TABLE "gate_review" DROP CONSTRAINT "FK_40b973f7fed8157994fff67144c"`);
        await queryRunner.query(`ALTER TABLE "gate_review" DROP CONSTRAINT "FK_415031caec995dd33fb02644904"`);
        await queryRunner.query(`ALTER TABLE "check_in" DROP CONSTRAINT "FK_f603ee42d05a528afffa42f47fe"`);
        await queryRunner.query(`ALTER TABLE "check_in" DROP CONSTRAINT "FK_de6d97404fdbecf99182ebc8671"`);
        await queryRunner.query(`ALTER TABLE "check_in" DROP CONSTRAINT "FK_b23946783dde78f102b9d5eeff1"`);
        await queryRunner.query(`ALTER TABLE "pilot" DROP CONSTRAINT "FK_2a31c191572b1545bcffb9e79a0"`);
        await queryRunner.query(`DROP INDEX "public"."uq_measurement_metric_unit_date"`);
        await queryRunner.query(`DROP INDEX "public"."ix_measurement_pilot"`);
        await queryRunner.query(`DROP TABLE "measurement"`);
        await queryRunner.query(`DROP TYPE "public"."measurement_source"`);
        await queryRunner.query(`DROP INDEX "public"."ix_success_metric_pilot"`);
        await queryRunner.query(`DROP TABLE "success_metric"`);
        await queryRunner.query(`DROP TYPE "public"."success_metric_kind"`);
        await queryRunner.query(`DROP TYPE "public"."metric_direction"`);
        await queryRunner.query(`DROP TYPE "public"."metric_unit"`);
        await queryRunner.query(`DROP INDEX "public"."ix_measurement_import_pilot"`);
        await queryRunner.query(`DROP TABLE "measurement_import"`);
        await queryRunner.query(`DROP TYPE "public"."import_status"`);
        await queryRunner.query(`DROP TYPE "public"."import_format"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lesson_program"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lesson_pilot"`);
        await queryRunner.query(`DROP TABLE "lesson"`);
        await queryRunner.query(`DROP TYPE "public"."lesson_kind"`);
        await queryRunner.query(`DROP INDEX "public"."ix_gate_review_program"`);
        await queryRunner.query(`DROP INDEX "public"."ix_gate_review_pilot"`);
        await queryRunner.query(`DROP TABLE "gate_review"`);
        await queryRunner.query(`DROP TYPE "public"."gate_decision"`);
        await queryRunner.query(`DROP INDEX "public"."uq_check_in_pilot_unit_week"`);
        await queryRunner.query(`DROP INDEX "public"."ix_check_in_unit_week"`);
        await queryRunner.query(`DROP TABLE "check_in"`);
        await queryRunner.query(`DROP TYPE "public"."rag_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_pilot_program"`);
        await queryRunner.query(`DROP TABLE "pilot"`);
        await queryRunner.query(`DROP TYPE "public"."pilot_status"`);
    }

}
