import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795458346038 implements MigrationInterface {
    name = 'Initial1795458346038'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('admin', 'program_manager', 'regional_partner', 'executive')`);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "role" "public"."user_role" NOT NULL, "password_hash" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") `);
        await queryRunner.query(`CREATE TYPE "public"."operating_model" AS ENUM('centralized', 'hub_and_spoke', 'hybrid', 'pod', 'decentralized', 'undecided')`);
        await queryRunner.query(`CREATE TYPE "public"."program_phase" AS ENUM('assess', 'align', 'design', 'pilot', 'scale', 'govern')`);
        await queryRunner.query(`CREATE TYPE "public"."program_status" AS ENUM('on_track', 'at_risk', 'off_track', 'on_hold', 'completed')`);
        await queryRunner.query(`CREATE TABLE "program" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(120) NOT NULL, "objective" text NOT NULL DEFAULT '', "target_model" "public"."operating_model" NOT NULL, "sponsor" character varying(120) NOT NULL, "owner_id" uuid NOT NULL, "start_date" date NOT NULL, "target_date" date NOT NULL, "phase" "public"."program_phase" NOT NULL DEFAULT 'assess', "status" "public"."program_status" NOT NULL DEFAULT 'on_track', "archived_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_3bade5945afbafefdd26a3a29fb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_program_org_updated" ON "program"  ("org_id", "updated_at") `);
        await queryRunner.query(`CREATE TABLE "program_phase_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "program_id" uuid NOT NULL, "from_phase" "public"."program_phase", "to_phase" "public"."program_phase" NOT NULL, "reason" character varying(500), "changed_by_id" uuid NOT NULL, "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38fca78b7d7e4853facb0d47a0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_phase_change_program" ON "program_phase_change"  ("program_id", "changed_at") `);
        await queryRunner.query(`CREATE TYPE "public"."unit_kind" AS ENUM('region', 'sub_region', 'country', 'business_unit', 'segment')`);
        await queryRunner.query(`CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(120) NOT NULL, "code" character varying(20) NOT NULL, "kind" "public"."unit_kind" NOT NULL, "parent_id" uuid, "archived_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_unit_org_parent" ON "unit"  ("org_id", "parent_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_unit_org_code" ON "unit"  ("org_id", "code") `);
        await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "user_unit" ("user_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "org_id" uuid NOT NULL, CONSTRAINT "PK_6684843228c331e7d23afcca96d" PRIMARY KEY ("user_id", "unit_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_user_unit_unit" ON "user_unit"  ("unit_id") `);
        await queryRunner.query(`ALTER TABLE "program" ADD CONSTRAINT "FK_43f2c68a27f75384cdac9951ff3" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "program_phase_change" ADD CONSTRAINT "FK_1e4cb4be3137b3ec228857890a4" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "program_phase_change" ADD CONSTRAINT "FK_877870b7f8b50fa11114b77b33e" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "unit" ADD CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_unit" ADD CONSTRAINT "FK_9f8e28864adc66ade704b902a25" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_unit" ADD CONSTRAINT "FK_63ccd2198b7da8c4c27e7b83905" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_unit" DROP CONSTRAINT "FK_63ccd2198b7da8c4c27e7b83905"`);
        await queryRunner.query(`ALTER TABLE "user_unit" DROP CONSTRAINT "FK_9f8e28864adc66ade704b902a25"`);
        await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63"`);
        await queryRunner.query(`ALTER TABLE "program_phase_change" DROP CONSTRAINT "FK_877870b7f8b50fa11114b77b33e"`);
        await queryRunner.query(`ALTER TABLE "program_phase_change" DROP CONSTRAINT "FK_1e4cb4be3137b3ec228857890a4"`);
        await queryRunner.query(`ALTER TABLE "program" DROP CONSTRAINT "FK_43f2c68a27f75384cdac9951ff3"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_unit_unit"`);
        await queryRunner.query(`DROP TABLE "user_unit"`);
        await queryRunner.query(`DROP TABLE "organization"`);
        await queryRunner.query(`DROP INDEX "public"."uq_unit_org_code"`);
        await queryRunner.query(`DROP INDEX "public"."ix_unit_org_parent"`);
        await queryRunner.query(`DROP TABLE "unit"`);
        await queryRunner.query(`DROP TYPE "public"."unit_kind"`);
        await queryRunner.query(`DROP INDEX "public"."ix_phase_change_program"`);
        await queryRunner.query(`DROP TABLE "program_phase_change"`);
        await queryRunner.query(`DROP INDEX "public"."ix_program_org_updated"`);
        await queryRunner.query(`DROP TABLE "program"`);
        await queryRunner.query(`DROP TYPE "public"."program_status"`);
        await queryRunner.query(`DROP TYPE "public"."program_phase"`);
        await queryRunner.query(`DROP TYPE "public"."operating_model"`);
        await queryRunner.query(`DROP INDEX "public"."uq_app_user_email"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP TYPE "public"."user_role"`);
    }

}
