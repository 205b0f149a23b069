import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Server-side sessions for express-session (connect-pg-simple's table layout). */
export class SessionStore1795458346039 implements MigrationInterface {
  name = 'SessionStore1795458346039';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "session" ("sid" varchar NOT NULL PRIMARY KEY, "sess" json NOT NULL, "expire" timestamp(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session_expire" ON "session" ("expire")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "session"`);
  }
}
