import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';

// The Assess phase's tool inventory, KPI baselines and unit staffing, each audited.
export class AssessmentInventory1796480182013 implements MigrationInterface {
    name = 'AssessmentInventory1796480182013'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "assessment_baseline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "catalog_key" character varying(60) NOT NULL, "unit_id" uuid, "value" double precision NOT NULL, "measured_on" date NOT NULL, "data_source" character varying(200) NOT NULL, CONSTRAINT "PK_1b18439c2f14dd94a25d5a0cacd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessment_baseline_program" ON "assessment_baseline"  ("program_id", "catalog_key") WHERE unit_id IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessment_baseline_unit" ON "assessment_baseline"  ("program_id", "catalog_key", "unit_id") WHERE unit_id IS NOT NULL`);
        await queryRunner.query(`CREATE TYPE "public"."tool_category" AS ENUM('crm', 'marketing_automation', 'sales_engagement', 'cs_platform', 'analytics_bi', 'enrichment', 'cpq', 'forecasting', 'other')`);
        await queryRunner.query(`CREATE TABLE "program_tool" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "category" "public"."tool_category" NOT NULL, "using_unit_ids" uuid array NOT NULL DEFAULT '{}', "annual_cost" integer NOT NULL, "owner_id" uuid, "owner_name" character varying(120) NOT NULL DEFAULT '', "renewal_date" date, CONSTRAINT "PK_b7d6ca3e985171ed2d8e7be1198" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_program_tool_program" ON "program_tool"  ("program_id")`);
        // The gtm_complexity type comes from the Align migration, which runs first (its company profile uses it too).
        await queryRunner.query(`CREATE TABLE "unit_staffing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "revops_people" integer NOT NULL, "sellers" integer NOT NULL, "complexity" "public"."gtm_complexity" NOT NULL DEFAULT 'standard', CONSTRAINT "PK_62fccd0c77cc0618ba2c7c0ac00" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_unit_staffing" ON "unit_staffing"  ("program_id", "unit_id")`);
        await queryRunner.query(`ALTER TABLE "assessment_baseline" ADD CONSTRAINT "FK_a13d3bd52b9ad0652ebed09ecd8" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_baseline" ADD CONSTRAINT "FK_4f412ae67c52908ef436be2cfff" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "program_tool" ADD CONSTRAINT "FK_948c22ab46e96a3ca7bffd7bf51" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "program_tool" ADD CONSTRAINT "FK_3bdc4ef283eab0ab591837e9349" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "unit_staffing" ADD CONSTRAINT "FK_a91f5f3f348c0f37afc9d0006e6" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "unit_staffing" ADD CONSTRAINT "FK_cef896aed94433a9325c127cb4a" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await detachAuditTriggers(queryRunner, ['program_tool', 'assessment_baseline', 'unit_staffing']);
        await queryRunner.query(`ALTER TABLE "unit_staffing" DROP CONSTRAINT "FK_cef896aed94433a9325c127cb4a"`);
        await queryRunner.query(`ALTER TABLE "unit_staffing" DROP CONSTRAINT "FK_a91f5f3f348c0f37afc9d0006e6"`);
        await queryRunner.query(`ALTER TABLE "program_tool" DROP CONSTRAINT "FK_3bdc4ef283eab0ab591837e9349"`);
        await queryRunner.query(`ALTER TABLE "program_tool" DROP CONSTRAINT "FK_948c22ab46e96a3ca7bffd7bf51"`);
        await queryRunner.query(`ALTER TABLE "assessment_baseline" DROP CONSTRAINT "FK_4f412ae67c52908ef436be2cfff"`);
        await queryRunner.query(`ALTER TABLE "assessment_baseline" DROP CONSTRAINT "FK_a13d3bd52b9ad0652ebed09ecd8"`);
        await queryRunner.query(`DROP INDEX "public"."uq_unit_staffing"`);
        await queryRunner.query(`DROP TABLE "unit_staffing"`);
        await queryRunner.query(`DROP INDEX "public"."ix_program_tool_program"`);
        await queryRunner.query(`DROP TABLE "program_tool"`);
        await queryRunner.query(`DROP TYPE "public"."tool_category"`);
        await queryRunner.query(`DROP INDEX "public"."uq_assessment_baseline_unit"`);
        await queryRunner.query(`DROP INDEX "public"."uq_assessment_baseline_program"`);
        await queryRunner.query(`DROP TABLE "assessment_baseline"`);
    }
}
