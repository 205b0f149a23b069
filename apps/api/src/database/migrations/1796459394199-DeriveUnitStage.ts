import type { MigrationInterface, QueryRunner } from "typeorm";

// A unit's stage in a program is derived from its pilots; the partner keeps only their report: blocked or not, and a note.
export class DeriveUnitStage1796459394199 implements MigrationInterface {
    name = 'DeriveUnitStage1796459394199'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "program_unit" ADD "blocked" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`UPDATE "program_unit" SET "blocked" = true WHERE "status" = 'blocked'`);
        await queryRunner.query(`ALTER TABLE "program_unit" DROP COLUMN "status"`);
        await queryRunner.query(`DROP TYPE "public"."rollout_status"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."rollout_status" AS ENUM('not_started', 'preparing', 'piloting', 'live', 'blocked')`);
        await queryRunner.query(`ALTER TABLE "program_unit" ADD "status" "public"."rollout_status" NOT NULL DEFAULT 'not_started'`);
        await queryRunner.query(`UPDATE "program_unit" SET "status" = 'blocked' WHERE "blocked"`);
        await queryRunner.query(`ALTER TABLE "program_unit" DROP COLUMN "blocked"`);
    }
}
