import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';

// The Design phase's placements: where each catalog activity sits in the target model, and how far
// each design dimension leans central or local; both audited.
export class DesignPlacements1796600000000 implements MigrationInterface {
    name = 'DesignPlacements1796600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."design_placement" AS ENUM('hub', 'spoke', 'shared')`);
        await queryRunner.query(`CREATE TYPE "public"."design_dimension" AS ENUM('process_standards', 'data_reporting', 'tech_stack', 'field_proximity', 'innovation', 'cost_efficiency')`);
        await queryRunner.query(`CREATE TABLE "activity_placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "activity_id" uuid NOT NULL, "placement" "public"."design_placement" NOT NULL, "reason" character varying(200) NOT NULL DEFAULT '', "dimension" "public"."design_dimension", CONSTRAINT "PK_3fa0b6b6f1aec07fc8b8a9d972b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_activity_placement_program" ON "activity_placement"  ("program_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_activity_placement_activity" ON "activity_placement"  ("activity_id") `);
        // The design_dimension type is shared with the placements' dimension override.
        await queryRunner.query(`CREATE TABLE "design_dimension_emphasis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "dimension" "public"."design_dimension" NOT NULL, "emphasis" smallint NOT NULL, CONSTRAINT "design_dimension_emphasis_range" CHECK ("emphasis" BETWEEN -2 AND 2), CONSTRAINT "PK_6d09bf89a11e8c0583562ce75af" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_design_dimension_emphasis" ON "design_dimension_emphasis"  ("program_id", "dimension") `);
        await queryRunner.query(`ALTER TABLE "activity_placement" ADD CONSTRAINT "FK_3381d514bf2553a624f9e4ffc0b" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activity_placement" ADD CONSTRAINT "FK_51623bdadb840dd7cf87bf8c76e" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "design_dimension_emphasis" ADD CONSTRAINT "FK_cfd0b396cff32c1117b562db2c8" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await detachAuditTriggers(queryRunner, ['activity_placement', 'design_dimension_emphasis']);
        await queryRunner.query(`ALTER TABLE "design_dimension_emphasis" DROP CONSTRAINT "FK_cfd0b396cff32c1117b562db2c8"`);
        await queryRunner.query(`ALTER TABLE "activity_placement" DROP CONSTRAINT "FK_51623bdadb840dd7cf87bf8c76e"`);
        await queryRunner.query(`ALTER TABLE "activity_placement" DROP CONSTRAINT "FK_3381d514bf2553a624f9e4ffc0b"`);
        await queryRunner.query(`DROP INDEX "public"."uq_design_dimension_emphasis"`);
        await queryRunner.query(`DROP TABLE "design_dimension_emphasis"`);
        await queryRunner.query(`DROP INDEX "public"."uq_activity_placement_activity"`);
        await queryRunner.query(`DROP INDEX "public"."ix_activity_placement_program"`);
        await queryRunner.query(`DROP TABLE "activity_placement"`);
        await queryRunner.query(`DROP TYPE "public"."design_dimension"`);
        await queryRunner.query(`DROP TYPE "public"."design_placement"`);
    }
}
