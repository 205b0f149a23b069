import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers } from '../audit-triggers.js';

export class ImportQueue1796601000000 implements MigrationInterface {
    name = 'ImportQueue1796601000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "measurement_import" ADD "committed_by_id" uuid`);
        await queryRunner.query(`ALTER TABLE "measurement_import" ADD "commit_plan" jsonb`);
        await queryRunner.query(`ALTER TABLE "measurement_import" ADD CONSTRAINT "FK_7c232a88d57ed72e92e9519c992" FOREIGN KEY ("committed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // The commit's plan is bookkeeping for the job: the audit trigger leaves it out.
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // The trigger names only columns that exist: its list without commit_plan as before.
        await queryRunner.query(`CREATE OR REPLACE TRIGGER "audit_measurement_import" AFTER INSERT OR UPDATE OR DELETE ON "measurement_import" FOR EACH ROW EXECUTE FUNCTION audit_row('content', 'rows_processed', 'lease_owner', 'lease_expires_at')`);
        await queryRunner.query(`ALTER TABLE "measurement_import" DROP CONSTRAINT "FK_7c232a88d57ed72e92e9519c992"`);
        await queryRunner.query(`ALTER TABLE "measurement_import" DROP COLUMN "commit_plan"`);
        await queryRunner.query(`ALTER TABLE "measurement_import" DROP COLUMN "committed_by_id"`);
    }

}
