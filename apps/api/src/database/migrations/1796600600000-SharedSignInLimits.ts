import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sign-in attempt counters shared by every API process. Unlogged: a crash may forget the current
 * minute's counts, which costs nothing, and no WAL is written per attempt. No entity maps it: the
 * limiter reads and writes it with one upsert.
 */
export class SharedSignInLimits1796600600000 implements MigrationInterface {
    name = 'SharedSignInLimits1796600600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE UNLOGGED TABLE "sign_in_window" ("key" text PRIMARY KEY, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "count" integer NOT NULL)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "sign_in_window"`);
    }
}
