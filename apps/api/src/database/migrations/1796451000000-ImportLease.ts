import type { MigrationInterface, QueryRunner } from "typeorm";

// A running import is held by a lease its process renews; an import whose lease ran out (its process died) becomes 'interrupted'.
export class ImportLease1796451000000 implements MigrationInterface {
    name = 'ImportLease1796451000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TYPE "public"."import_status" ADD VALUE 'interrupted'`);
        await queryRunner.query(`ALTER TABLE "measurement_import" ADD "lease_owner" character varying(200)`);
        await queryRunner.query(`ALTER TABLE "measurement_import" ADD "lease_expires_at" TIMESTAMP(3) WITH TIME ZONE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "measurement_import" DROP COLUMN "lease_expires_at"`);
        await queryRunner.query(`ALTER TABLE "measurement_import" DROP COLUMN "lease_owner"`);
        await queryRunner.query(`ALTER TYPE "public"."import_status" RENAME TO "import_status_old"`);
        await queryRunner.query(`CREATE TYPE "public"."import_status" AS ENUM('uploaded', 'running', 'committed', 'failed')`);
        await queryRunner.query(`ALTER TABLE "measurement_import" ALTER COLUMN "status" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "measurement_import" ALTER COLUMN "status" TYPE "public"."import_status" USING (CASE WHEN "status"::text = 'interrupted' THEN 'failed' ELSE "status"::text END)::"public"."import_status"`);
        await queryRunner.query(`ALTER TABLE "measurement_import" ALTER COLUMN "status" SET DEFAULT 'uploaded'`);
        await queryRunner.query(`DROP TYPE "public"."import_status_old"`);
    }
}
