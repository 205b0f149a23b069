import type { MigrationInterface, QueryRunner } from "typeorm";

export class PortfolioDigest1796601100000 implements MigrationInterface {
    name = 'PortfolioDigest1796601100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'portfolio_digest'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // The enum is shared by three columns: rows using the value go, then each column moves to the old type at once.
        await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'portfolio_digest'`);
        await queryRunner.query(`DELETE FROM "webhook_delivery" WHERE "kind" = 'portfolio_digest'`);
        await queryRunner.query(`UPDATE "notification_preference" SET "muted_kinds" = array_remove("muted_kinds", 'portfolio_digest')`);
        await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM('stale_check_in', 'action_assigned', 'action_overdue', 'meeting_soon', 'gate_soon', 'wave_readiness_due', 'request_update')`);
        await queryRunner.query(`ALTER TABLE "notification_preference" ALTER COLUMN "muted_kinds" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
        await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
        await queryRunner.query(`ALTER TABLE "notification_preference" ALTER COLUMN "muted_kinds" TYPE "public"."notification_kind_old"[] USING "muted_kinds"::"text"[]::"public"."notification_kind_old"[]`);
        await queryRunner.query(`ALTER TABLE "notification_preference" ALTER COLUMN "muted_kinds" SET DEFAULT '{}'`);
        await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
        await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    }

}
