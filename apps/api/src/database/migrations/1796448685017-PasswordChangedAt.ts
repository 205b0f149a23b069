import type { MigrationInterface, QueryRunner } from "typeorm";

// The audit trigger leaves password_hash out of every diff; a password change or admin reset now
// also sets password_changed_at, which the trigger records with who did it and for which user.
export class PasswordChangedAt1796448685017 implements MigrationInterface {
    name = 'PasswordChangedAt1796448685017'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "app_user" ADD "password_changed_at" TIMESTAMP(3) WITH TIME ZONE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "password_changed_at"`);
    }
}
