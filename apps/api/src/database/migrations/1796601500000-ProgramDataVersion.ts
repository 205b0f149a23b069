import type { MigrationInterface, QueryRunner } from 'typeorm';
import { attachStatementTriggers, dropStatementTriggers } from '../data-version-triggers.js';

/** Tables whose rows feed what the portfolio computes per program: its units and their stages, pilots, decisions, check-ins, waves and stage moves. */
const SOURCES = ['program_unit', 'pilot', 'decision', 'check_in', 'rollout_plan', 'rollout_wave', 'wave_unit', 'wave_unit_move'] as const;

/**
 * A counter per program that moves whenever anything the portfolio computes for it changes, so a
 * check-in recomputes its program's heat-map cells and not every program's. Built like the pilot's
 * data version: statement-level triggers, one upsert per statement however many rows it writes.
 */
export class ProgramDataVersion1796601500000 implements MigrationInterface {
  name = 'ProgramDataVersion1796601500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "program_data_version" ("program_id" uuid PRIMARY KEY, "version" bigint NOT NULL DEFAULT 1)`);
    await queryRunner.query(`
      CREATE FUNCTION bump_program_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed text := CASE TG_OP
          WHEN 'INSERT' THEN 'SELECT program_id FROM new_rows'
          WHEN 'DELETE' THEN 'SELECT program_id FROM old_rows'
          ELSE 'SELECT program_id FROM new_rows UNION SELECT program_id FROM old_rows' END;
      BEGIN
        -- In program order, so two writers bumping the same programs cannot deadlock on them.
        EXECUTE format('INSERT INTO program_data_version (program_id) SELECT DISTINCT changed.id FROM (%s) AS changed(id) WHERE changed.id IS NOT NULL ORDER BY 1
                        ON CONFLICT (program_id) DO UPDATE SET version = program_data_version.version + 1', changed);
        RETURN NULL;
      END $$`);
    for (const table of SOURCES) await attachStatementTriggers(queryRunner, table, 'program_data', 'bump_program_data_version()');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of SOURCES) await dropStatementTriggers(queryRunner, table, 'program_data');
    await queryRunner.query(`DROP FUNCTION bump_program_data_version()`);
    await queryRunner.query(`DROP TABLE "program_data_version"`);
  }
}
