import type { MigrationInterface, QueryRunner } from "typeorm";

export class NotificationEmail1796600800000 implements MigrationInterface {
    name = 'NotificationEmail1796600800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notification" ADD "emailed_at" TIMESTAMP(3) WITH TIME ZONE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "emailed_at"`);
    }

}
