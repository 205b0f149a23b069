import type { MigrationInterface, QueryRunner } from "typeorm";

export class PortfolioCheckInIndex1796601300000 implements MigrationInterface {
    name = 'PortfolioCheckInIndex1796601300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_check_in_program_week" ON "check_in"  ("program_id", "week_start") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_check_in_program_week"`);
    }

}
