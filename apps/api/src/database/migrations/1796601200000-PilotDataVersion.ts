import type { MigrationInterface, QueryRunner } from 'typeorm';
import { attachStatementTriggers, dropStatementTriggers } from '../data-version-triggers.js';

/** Tables whose rows feed a pilot's evaluation, and the column that leads to its pilots. */
const SOURCES = [
  ['measurement', 'pilot_id'],
  ['check_in', 'pilot_id'],
  ['success_metric', 'pilot_id'],
  ['assessment_baseline', 'program_id'],
] as const;

/**
 * A counter per pilot that moves whenever anything its evaluation reads changes, so evaluations can
 * be cached by it. Statement-level triggers over transition tables: one upsert per statement however
 * many rows it writes (an import's batch bumps its pilot once). The counter lives in its own table
 * so bumping it neither touches the pilot's optimistic version nor writes audit entries.
 */
export class PilotDataVersion1796601200000 implements MigrationInterface {
  name = 'PilotDataVersion1796601200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "pilot_data_version" ("pilot_id" uuid PRIMARY KEY, "version" bigint NOT NULL DEFAULT 1)`);
    await queryRunner.query(`
      CREATE FUNCTION bump_pilot_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed text := CASE TG_OP
          WHEN 'INSERT' THEN format('SELECT %1$I FROM new_rows', TG_ARGV[0])
          WHEN 'DELETE' THEN format('SELECT %1$I FROM old_rows', TG_ARGV[0])
          ELSE format('SELECT %1$I FROM new_rows UNION SELECT %1$I FROM old_rows', TG_ARGV[0]) END;
      BEGIN
        IF TG_ARGV[0] = 'program_id' THEN
          changed := format('SELECT id FROM pilot WHERE program_id IN (%s)', changed);
        END IF;
        -- In pilot order, so two writers bumping the same pilots cannot deadlock on them.
        EXECUTE format('INSERT INTO pilot_data_version (pilot_id) SELECT DISTINCT changed.id FROM (%s) AS changed(id) ORDER BY 1
                        ON CONFLICT (pilot_id) DO UPDATE SET version = pilot_data_version.version + 1', changed);
        RETURN NULL;
      END $$`);
    for (const [table, column] of SOURCES) await attachStatementTriggers(queryRunner, table, 'pilot_data', `bump_pilot_data_version('${column}')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of SOURCES) await dropStatementTriggers(queryRunner, table, 'pilot_data');
    await queryRunner.query(`DROP FUNCTION bump_pilot_data_version()`);
    await queryRunner.query(`DROP TABLE "pilot_data_version"`);
  }
}
