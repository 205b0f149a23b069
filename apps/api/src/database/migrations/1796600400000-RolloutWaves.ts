import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';

// Scale: the roll-out plan made from the pilot decided to scale, its waves, each unit's stage and
// readiness there, and every move of a unit with who, when and why. All audited; nothing to backfill.

export class RolloutWaves1796600400000 implements MigrationInterface {
    name = 'RolloutWaves1796600400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "rollout_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "pilot_id" uuid NOT NULL, "adoption_weeks" smallint NOT NULL DEFAULT '4', "readiness_weights" jsonb NOT NULL, CONSTRAINT "PK_397f761e43921bd23ad6061b00c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_rollout_plan_program" ON "rollout_plan"  ("program_id") `);
        await queryRunner.query(`CREATE TABLE "rollout_wave" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "program_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "planned_start" date NOT NULL, "planned_end" date NOT NULL, CONSTRAINT "PK_5d7ca85a35271564016b665471e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_rollout_wave_plan" ON "rollout_wave"  ("plan_id", "planned_start") `);
        await queryRunner.query(`CREATE TYPE "public"."wave_unit_stage" AS ENUM('not_started', 'preparing', 'ready', 'live', 'adopted', 'blocked', 'rolled_back')`);
        await queryRunner.query(`CREATE TABLE "wave_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "wave_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "program_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "stage" "public"."wave_unit_stage" NOT NULL DEFAULT 'not_started', "blocked_from" "public"."wave_unit_stage", "checklist" jsonb NOT NULL DEFAULT '[]', "people_in_scope" integer NOT NULL DEFAULT '0', "people_trained" integer NOT NULL DEFAULT '0', "sponsor_name" character varying(120) NOT NULL DEFAULT '', "baselines" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_ebf67f408cf64a601e12803090e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_wave_unit_wave" ON "wave_unit"  ("wave_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_wave_unit_plan_unit" ON "wave_unit"  ("plan_id", "unit_id") `);
        await queryRunner.query(`CREATE TABLE "wave_unit_move" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "wave_unit_id" uuid NOT NULL, "program_id" uuid NOT NULL, "from_stage" "public"."wave_unit_stage" NOT NULL, "to_stage" "public"."wave_unit_stage" NOT NULL, "reason" text NOT NULL DEFAULT '', "override" boolean NOT NULL DEFAULT false, "moved_by_id" uuid NOT NULL, "moved_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca0829e3bacb01295059d759e78" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_wave_unit_move_program" ON "wave_unit_move"  ("program_id", "moved_at") `);
        await queryRunner.query(`CREATE INDEX "ix_wave_unit_move_unit" ON "wave_unit_move"  ("wave_unit_id", "moved_at") `);
        await queryRunner.query(`ALTER TABLE "rollout_plan" ADD CONSTRAINT "FK_a7f6fd41882ace68c2122f09437" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "rollout_plan" ADD CONSTRAINT "FK_e0427ec15197bb0cc2c079a5302" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "rollout_wave" ADD CONSTRAINT "FK_312cdd67da40367d5a80f6ac1cc" FOREIGN KEY ("plan_id") REFERENCES "rollout_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "wave_unit" ADD CONSTRAINT "FK_15fd77220da8a0ff29cd930d3e4" FOREIGN KEY ("wave_id") REFERENCES "rollout_wave"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "wave_unit" ADD CONSTRAINT "FK_d3d0c0b2c72665599b6e3ea734c" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "wave_unit_move" ADD CONSTRAINT "FK_8d665ce4d775b50e1cac172c29e" FOREIGN KEY ("wave_unit_id") REFERENCES "wave_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "wave_unit_move" ADD CONSTRAINT "FK_a8940b963748b8033b35d9b5b0b" FOREIGN KEY ("moved_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await detachAuditTriggers(queryRunner, ['wave_unit_move', 'wave_unit', 'rollout_wave', 'rollout_plan']);
        await queryRunner.query(`ALTER TABLE "wave_unit_move" DROP CONSTRAINT "FK_a8940b963748b8033b35d9b5b0b"`);
        await queryRunner.query(`ALTER TABLE "wave_unit_move" DROP CONSTRAINT "FK_8d665ce4d775b50e1cac172c29e"`);
        await queryRunner.query(`ALTER TABLE "wave_unit" DROP CONSTRAINT "FK_d3d0c0b2c72665599b6e3ea734c"`);
        await queryRunner.query(`ALTER TABLE "wave_unit" DROP CONSTRAINT "FK_15fd77220da8a0ff29cd930d3e4"`);
        await queryRunner.query(`ALTER TABLE "rollout_wave" DROP CONSTRAINT "FK_312cdd67da40367d5a80f6ac1cc"`);
        await queryRunner.query(`ALTER TABLE "rollout_plan" DROP CONSTRAINT "FK_e0427ec15197bb0cc2c079a5302"`);
        await queryRunner.query(`ALTER TABLE "rollout_plan" DROP CONSTRAINT "FK_a7f6fd41882ace68c2122f09437"`);
        await queryRunner.query(`DROP INDEX "public"."ix_wave_unit_move_unit"`);
        await queryRunner.query(`DROP INDEX "public"."ix_wave_unit_move_program"`);
        await queryRunner.query(`DROP TABLE "wave_unit_move"`);
        await queryRunner.query(`DROP INDEX "public"."uq_wave_unit_plan_unit"`);
        await queryRunner.query(`DROP INDEX "public"."ix_wave_unit_wave"`);
        await queryRunner.query(`DROP TABLE "wave_unit"`);
        await queryRunner.query(`DROP TYPE "public"."wave_unit_stage"`);
        await queryRunner.query(`DROP INDEX "public"."ix_rollout_wave_plan"`);
        await queryRunner.query(`DROP TABLE "rollout_wave"`);
        await queryRunner.query(`DROP INDEX "public"."uq_rollout_plan_program"`);
        await queryRunner.query(`DROP TABLE "rollout_plan"`);
    }
}
