import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';

// Design: the target model's planned roles (headcount per hub and spoke) and the design's versions,
// whose sign-offs join the decision log. Both audited; nothing to backfill (no row = version 1, a draft).
export class DesignHeadcountAndVersions1796600200000 implements MigrationInterface {
    name = 'DesignHeadcountAndVersions1796600200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "design_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "program_id" uuid NOT NULL, "number" integer NOT NULL, "snapshot" jsonb, "note" text NOT NULL DEFAULT '', "signed_off_by_id" uuid, "signed_off_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18f8d423b4c76b20bcf1d8e1d34" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_design_version_number" ON "design_version"  ("program_id", "number") `);
        await queryRunner.query(`CREATE TABLE "planned_role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "unit_id" uuid, "title" character varying(120) NOT NULL, "count" integer NOT NULL, "annual_cost_per_head" integer NOT NULL, "reports_to_id" uuid, "is_manager" boolean NOT NULL DEFAULT false, CONSTRAINT "ck_planned_role_count" CHECK ("count" >= 0 AND "annual_cost_per_head" >= 0), CONSTRAINT "PK_c168a99742c0e53237ce17c7fe9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_planned_role_program" ON "planned_role"  ("program_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "design_version" ADD CONSTRAINT "FK_aa7af064d0e980c4ce2412de917" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "design_version" ADD CONSTRAINT "FK_17595ca70c97c578395cd80f62f" FOREIGN KEY ("signed_off_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "planned_role" ADD CONSTRAINT "FK_42532a74928845076083b7b2e92" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "planned_role" ADD CONSTRAINT "FK_90fec628cd788977c64d6060176" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "planned_role" ADD CONSTRAINT "FK_4de7fd87a5b13dcec54fdc8600e" FOREIGN KEY ("reports_to_id") REFERENCES "planned_role"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await detachAuditTriggers(queryRunner, ['planned_role', 'design_version']);
        await queryRunner.query(`ALTER TABLE "planned_role" DROP CONSTRAINT "FK_4de7fd87a5b13dcec54fdc8600e"`);
        await queryRunner.query(`ALTER TABLE "planned_role" DROP CONSTRAINT "FK_90fec628cd788977c64d6060176"`);
        await queryRunner.query(`ALTER TABLE "planned_role" DROP CONSTRAINT "FK_42532a74928845076083b7b2e92"`);
        await queryRunner.query(`ALTER TABLE "design_version" DROP CONSTRAINT "FK_17595ca70c97c578395cd80f62f"`);
        await queryRunner.query(`ALTER TABLE "design_version" DROP CONSTRAINT "FK_aa7af064d0e980c4ce2412de917"`);
        await queryRunner.query(`DROP INDEX "public"."ix_planned_role_program"`);
        await queryRunner.query(`DROP TABLE "planned_role"`);
        await queryRunner.query(`DROP INDEX "public"."uq_design_version_number"`);
        await queryRunner.query(`DROP TABLE "design_version"`);
    }
}
