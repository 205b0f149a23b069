import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A program's change history reads its newest audit entries, without measured values (a company's
 * millions of them belong to the pilots, not the program's story). Through the plain (program_id, id)
 * index it stepped over every measurement entry newer than the page; this index holds only the rest.
 * The history query repeats `table_name <> 'measurement'` so the planner can use it.
 */
export class ProgramHistoryIndex1796600300000 implements MigrationInterface {
  name = 'ProgramHistoryIndex1796600300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_program_history" ON "audit_event" ("program_id", "id") WHERE "program_id" IS NOT NULL AND "table_name" <> 'measurement'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_audit_event_program_history"`);
  }
}
