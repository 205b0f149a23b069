import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A guardrail need not have a target (it only has to stay within its tolerance); primary metrics keep one. */
export class GuardrailTargetOptional1796480067305 implements MigrationInterface {
  name = 'GuardrailTargetOptional1796480067305';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "success_metric" ALTER COLUMN "target" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "success_metric" ADD CONSTRAINT "success_metric_primary_has_target" CHECK ("kind" <> 'primary' OR "target" IS NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "success_metric" DROP CONSTRAINT "success_metric_primary_has_target"`);
    await queryRunner.query(`UPDATE "success_metric" SET "target" = "baseline" WHERE "target" IS NULL AND "baseline" IS NOT NULL`);
    await queryRunner.query(`DELETE FROM "success_metric" WHERE "target" IS NULL`);
    await queryRunner.query(`ALTER TABLE "success_metric" ALTER COLUMN "target" SET NOT NULL`);
  }
}
