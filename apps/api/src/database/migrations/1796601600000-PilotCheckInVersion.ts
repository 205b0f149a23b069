import type { MigrationInterface, QueryRunner } from 'typeorm';
import { attachStatementTriggers, dropStatementTriggers } from '../data-version-triggers.js';

/**
 * A pilot's check-ins move a counter of their own beside its data version: a check-in changes the
 * gate recommendation, never the metrics' evaluations, so the (costly) metrics stay cached through
 * the weekly check-ins and only the recommendation is recomputed. The bump function takes the
 * counter to move as its second argument (the data version without one).
 */
export class PilotCheckInVersion1796601600000 implements MigrationInterface {
  name = 'PilotCheckInVersion1796601600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot_data_version" ADD "check_ins" bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(bumpFunction(`coalesce(TG_ARGV[1], 'version')`));
    await dropStatementTriggers(queryRunner, 'check_in', 'pilot_data');
    await attachStatementTriggers(queryRunner, 'check_in', 'pilot_data', `bump_pilot_data_version('pilot_id', 'check_ins')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropStatementTriggers(queryRunner, 'check_in', 'pilot_data');
    await attachStatementTriggers(queryRunner, 'check_in', 'pilot_data', `bump_pilot_data_version('pilot_id')`);
    await queryRunner.query(bumpFunction(`'version'`));
    await queryRunner.query(`ALTER TABLE "pilot_data_version" DROP COLUMN "check_ins"`);
  }
}

/** `bump_pilot_data_version(column leading to the pilots[, counter])`, moving the counter `counter` names. */
const bumpFunction = (counter: string) => `
  CREATE OR REPLACE FUNCTION bump_pilot_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    counter text := ${counter};
    changed text := CASE TG_OP
      WHEN 'INSERT' THEN format('SELECT %1$I FROM new_rows', TG_ARGV[0])
      WHEN 'DELETE' THEN format('SELECT %1$I FROM old_rows', TG_ARGV[0])
      ELSE format('SELECT %1$I FROM new_rows UNION SELECT %1$I FROM old_rows', TG_ARGV[0]) END;
  BEGIN
    IF TG_ARGV[0] = 'program_id' THEN
      changed := format('SELECT id FROM pilot WHERE program_id IN (%s)', changed);
    END IF;
    -- In pilot order, so two writers bumping the same pilots cannot deadlock on them.
    EXECUTE format('INSERT INTO pilot_data_version (pilot_id, %2$I) SELECT DISTINCT changed.id, 1 FROM (%1$s) AS changed(id) ORDER BY 1
                    ON CONFLICT (pilot_id) DO UPDATE SET %2$I = pilot_data_version.%2$I + 1', changed, counter);
    RETURN NULL;
  END $$`;
