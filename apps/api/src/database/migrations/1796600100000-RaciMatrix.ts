import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';

// Design: a program's RACI (decision rights), its domains, roles and cells, each audited. A program gets
// its rows on the first change to its RACI (until then it reads the defaults), so nothing is backfilled.
export class RaciMatrix1796600100000 implements MigrationInterface {
    name = 'RaciMatrix1796600100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "raci_domain" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "activity_id" uuid, "position" integer NOT NULL, CONSTRAINT "PK_8470b7ba67a3b07bdbc0ea97856" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_raci_domain_program" ON "raci_domain"  ("program_id", "position") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_raci_domain_name" ON "raci_domain"  ("program_id", "name") `);
        await queryRunner.query(`CREATE TYPE "public"."raci_role_side" AS ENUM('hub', 'spoke', 'either')`);
        await queryRunner.query(`CREATE TABLE "raci_role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "side" "public"."raci_role_side" NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_3d01716eb7a9b54c7ae068de73d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_raci_role_program" ON "raci_role"  ("program_id", "position") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_raci_role_name" ON "raci_role"  ("program_id", "name") `);
        await queryRunner.query(`CREATE TYPE "public"."raci_value" AS ENUM('R', 'A', 'C', 'I')`);
        await queryRunner.query(`CREATE TABLE "raci_cell" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "domain_id" uuid NOT NULL, "role_id" uuid NOT NULL, "value" "public"."raci_value" NOT NULL, CONSTRAINT "PK_3da125e9352c48354481366e720" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_raci_cell_program" ON "raci_cell"  ("program_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_raci_cell" ON "raci_cell"  ("domain_id", "role_id") `);
        await queryRunner.query(`CREATE TABLE "raci_matrix" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "final" boolean NOT NULL DEFAULT false, "acknowledged_warning_keys" text array NOT NULL DEFAULT '{}', "marked_final_by_id" uuid, "marked_final_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_26b63975f2f89f3e48eb94a9303" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_raci_matrix_program" ON "raci_matrix"  ("program_id") `);
        await queryRunner.query(`ALTER TABLE "raci_domain" ADD CONSTRAINT "FK_974ce7f6a8d59e8a34495fd119c" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "raci_domain" ADD CONSTRAINT "FK_f031c54b559a9d4b5de54f16f4a" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "raci_role" ADD CONSTRAINT "FK_cac5bdd5c390e1e01d880dcee10" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "raci_cell" ADD CONSTRAINT "FK_8668dd677d685d360217803d3d4" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "raci_cell" ADD CONSTRAINT "FK_449fb5efd61b6eb4850ee2f2424" FOREIGN KEY ("domain_id") REFERENCES "raci_domain"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "raci_cell" ADD CONSTRAINT "FK_6a87a833e453c792e5eea6ffcd3" FOREIGN KEY ("role_id") REFERENCES "raci_role"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "raci_matrix" ADD CONSTRAINT "FK_a96dd7c05a9ed388cafc6d571c7" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "raci_matrix" ADD CONSTRAINT "FK_e16288136edc70a956cf1ab66c9" FOREIGN KEY ("marked_final_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await detachAuditTriggers(queryRunner, ['raci_matrix', 'raci_domain', 'raci_role', 'raci_cell']);
        await queryRunner.query(`ALTER TABLE "raci_matrix" DROP CONSTRAINT "FK_e16288136edc70a956cf1ab66c9"`);
        await queryRunner.query(`ALTER TABLE "raci_matrix" DROP CONSTRAINT "FK_a96dd7c05a9ed388cafc6d571c7"`);
        await queryRunner.query(`ALTER TABLE "raci_cell" DROP CONSTRAINT "FK_6a87a833e453c792e5eea6ffcd3"`);
        await queryRunner.query(`ALTER TABLE "raci_cell" DROP CONSTRAINT "FK_449fb5efd61b6eb4850ee2f2424"`);
        await queryRunner.query(`ALTER TABLE "raci_cell" DROP CONSTRAINT "FK_8668dd677d685d360217803d3d4"`);
        await queryRunner.query(`ALTER TABLE "raci_role" DROP CONSTRAINT "FK_cac5bdd5c390e1e01d880dcee10"`);
        await queryRunner.query(`ALTER TABLE "raci_domain" DROP CONSTRAINT "FK_f031c54b559a9d4b5de54f16f4a"`);
        await queryRunner.query(`ALTER TABLE "raci_domain" DROP CONSTRAINT "FK_974ce7f6a8d59e8a34495fd119c"`);
        await queryRunner.query(`DROP INDEX "public"."uq_raci_matrix_program"`);
        await queryRunner.query(`DROP TABLE "raci_matrix"`);
        await queryRunner.query(`DROP INDEX "public"."uq_raci_cell"`);
        await queryRunner.query(`DROP INDEX "public"."ix_raci_cell_program"`);
        await queryRunner.query(`DROP TABLE "raci_cell"`);
        await queryRunner.query(`DROP TYPE "public"."raci_value"`);
        await queryRunner.query(`DROP INDEX "public"."uq_raci_role_name"`);
        await queryRunner.query(`DROP INDEX "public"."ix_raci_role_program"`);
        await queryRunner.query(`DROP TABLE "raci_role"`);
        await queryRunner.query(`DROP TYPE "public"."raci_role_side"`);
        await queryRunner.query(`DROP INDEX "public"."uq_raci_domain_name"`);
        await queryRunner.query(`DROP INDEX "public"."ix_raci_domain_program"`);
        await queryRunner.query(`DROP TABLE "raci_domain"`);
    }
}
