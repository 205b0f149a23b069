import type { MigrationInterface, QueryRunner } from 'typeorm';
import { attachStatementTriggers, bumpPilotDataVersionFunction, dropStatementTriggers } from '../data-version-triggers.js';

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
    await queryRunner.query(bumpPilotDataVersionFunction(`'version'`));
    for (const [table, column] of SOURCES) await attachStatementTriggers(queryRunner, table, 'pilot_data', `bump_pilot_data_version('${column}')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of SOURCES) await dropStatementTriggers(queryRunner, table, 'pilot_data');
    await queryRunner.query(`DROP FUNCTION bump_pilot_data_version()`);
    await queryRunner.query(`DROP TABLE "pilot_data_version"`);
  }
}
