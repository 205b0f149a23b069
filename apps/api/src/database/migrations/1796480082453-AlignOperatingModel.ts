import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';

// Align: design principles, stakeholder weights, the decision matrix, the company profile and the
// chosen operating model (append-only, read with gate decisions as the program's decision log).

export class AlignOperatingModel1796480082453 implements MigrationInterface {
    name = 'AlignOperatingModel1796480082453'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."gtm_complexity" AS ENUM('standard', 'complex', 'highly_complex')`);
        await queryRunner.query(`CREATE TABLE "company_profile" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "arr_usd" double precision NOT NULL, "gtm_headcount" integer NOT NULL, "regions" integer NOT NULL, "gtm_motions" integer NOT NULL, "complexity" "public"."gtm_complexity" NOT NULL, "holding_company" boolean NOT NULL, CONSTRAINT "PK_058d1cfee40e5e53412ed7484b3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_company_profile_program" ON "company_profile"  ("program_id") `);
        await queryRunner.query(`CREATE TABLE "design_principle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_bbe6b76b96e2aad1f392d757b8e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_design_principle_program" ON "design_principle"  ("program_id", "position") `);
        await queryRunner.query(`CREATE TABLE "model_score" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "principle_id" uuid NOT NULL, "model" "public"."operating_model" NOT NULL, "score" smallint NOT NULL, "note" text NOT NULL DEFAULT '', CONSTRAINT "PK_e4b85d74485221c307aa88bdbbb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_model_score_program" ON "model_score"  ("program_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_model_score_cell" ON "model_score"  ("principle_id", "model") `);
        await queryRunner.query(`CREATE TABLE "operating_model_choice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "program_id" uuid NOT NULL, "model" "public"."operating_model" NOT NULL, "rationale" text NOT NULL DEFAULT '', "matrix_winner" "public"."operating_model", "guidance_model" "public"."operating_model", "decided_by_id" uuid NOT NULL, "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8145248d87f1af7e53b56edd8e1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_operating_model_choice_program" ON "operating_model_choice"  ("program_id", "decided_at") `);
        await queryRunner.query(`CREATE TABLE "stakeholder_weights" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "stakeholder" character varying(120) NOT NULL, "weights" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_72fa5f411986cd275830f4c42aa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_stakeholder_weights_program" ON "stakeholder_weights"  ("program_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "company_profile" ADD CONSTRAINT "FK_260bc59fc7143d9f813702a41b2" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "design_principle" ADD CONSTRAINT "FK_bc5fbeed93d1220b392d14e54b0" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "model_score" ADD CONSTRAINT "FK_9dc60304ab7429ab13c910ba632" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "model_score" ADD CONSTRAINT "FK_ac4cdf746d7274482627c714da8" FOREIGN KEY ("principle_id") REFERENCES "design_principle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "operating_model_choice" ADD CONSTRAINT "FK_b8a0e026049341d1a9876764bde" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "operating_model_choice" ADD CONSTRAINT "FK_054aa7f735d408b048b431308d8" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stakeholder_weights" ADD CONSTRAINT "FK_30cfd8e3a2af99eecfbc8157637" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await detachAuditTriggers(queryRunner, ['design_principle', 'stakeholder_weights', 'model_score', 'company_profile', 'operating_model_choice']);
        await queryRunner.query(`ALTER TABLE "stakeholder_weights" DROP CONSTRAINT "FK_30cfd8e3a2af99eecfbc8157637"`);
        await queryRunner.query(`ALTER TABLE "operating_model_choice" DROP CONSTRAINT "FK_054aa7f735d408b048b431308d8"`);
        await queryRunner.query(`ALTER TABLE "operating_model_choice" DROP CONSTRAINT "FK_b8a0e026049341d1a9876764bde"`);
        await queryRunner.query(`ALTER TABLE "model_score" DROP CONSTRAINT "FK_ac4cdf746d7274482627c714da8"`);
        await queryRunner.query(`ALTER TABLE "model_score" DROP CONSTRAINT "FK_9dc60304ab7429ab13c910ba632"`);
        await queryRunner.query(`ALTER TABLE "design_principle" DROP CONSTRAINT "FK_bc5fbeed93d1220b392d14e54b0"`);
        await queryRunner.query(`ALTER TABLE "company_profile" DROP CONSTRAINT "FK_260bc59fc7143d9f813702a41b2"`);
        await queryRunner.query(`DROP INDEX "public"."ix_stakeholder_weights_program"`);
        await queryRunner.query(`DROP TABLE "stakeholder_weights"`);
        await queryRunner.query(`DROP INDEX "public"."ix_operating_model_choice_program"`);
        await queryRunner.query(`DROP TABLE "operating_model_choice"`);
        await queryRunner.query(`DROP INDEX "public"."uq_model_score_cell"`);
        await queryRunner.query(`DROP INDEX "public"."ix_model_score_program"`);
        await queryRunner.query(`DROP TABLE "model_score"`);
        await queryRunner.query(`DROP INDEX "public"."ix_design_principle_program"`);
        await queryRunner.query(`DROP TABLE "design_principle"`);
        await queryRunner.query(`DROP INDEX "public"."uq_company_profile_program"`);
        await queryRunner.query(`DROP TABLE "company_profile"`);
        await queryRunner.query(`DROP TYPE "public"."gtm_complexity"`);
    }
}
