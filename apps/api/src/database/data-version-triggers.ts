import type { QueryRunner } from 'typeorm';
import { AUDITED_TABLES, type AuditedTable } from './audited-tables.js';

/**
 * `bump_org_data_version()`: moves the organization's data version once per transaction that
 * changes any of its business rows. A deferred constraint trigger runs at commit, so the row lock
 * on the organization's counter is held only while the transaction commits (a ten-second import
 * does not hold up other writers), and the new version becomes visible together with the data: a
 * reader that reads the version before the data never pairs an old version with a newer answer it
 * could serve later. Its argument is the column holding the organization (the organization's own
 * row: `id`).
 */
export const BUMP_ORG_DATA_VERSION_FUNCTION = `
  CREATE OR REPLACE FUNCTION bump_org_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    org uuid;
  BEGIN
    IF TG_ARGV[0] = 'id' THEN
      org := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSE
      org := CASE WHEN TG_OP = 'DELETE' THEN OLD.org_id ELSE NEW.org_id END;
    END IF;
    -- Once per transaction and organization: an import's hundred thousand rows bump it once.
    IF current_setting('app.data_version_bumped', true) = org::text THEN
      RETURN NULL;
    END IF;
    INSERT INTO org_data_version (org_id) VALUES (org) ON CONFLICT (org_id) DO UPDATE SET version = org_data_version.version + 1;
    PERFORM set_config('app.data_version_bumped', org::text, true);
    RETURN NULL;
  END $$`;

/**
 * Attaches the data-version trigger to every audited table that exists at this point of the
 * migrations (the audited list is the list of business tables). Called by the migration that
 * adds it and by `attachAuditTriggers`, so a table created later gets both.
 */
export async function attachDataVersionTriggers(queryRunner: QueryRunner): Promise<void> {
  const [installed] = (await queryRunner.query(`SELECT to_regprocedure('bump_org_data_version()') IS NOT NULL AS "installed"`)) as { installed: boolean }[];
  if (!installed?.installed) return;
  for (const entry of Object.values(AUDITED_TABLES) as readonly AuditedTable[]) {
    const [found] = (await queryRunner.query(`SELECT to_regclass($1) IS NOT NULL AS "exists"`, [`public.${entry.table}`])) as { exists: boolean }[];
    if (!found?.exists) continue;
    // Constraint triggers cannot be replaced in place.
    await queryRunner.query(`DROP TRIGGER IF EXISTS "data_version_${entry.table}" ON "${entry.table}"`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "data_version_${entry.table}" AFTER INSERT OR UPDATE OR DELETE ON "${entry.table}" DEFERRABLE INITIALLY DEFERRED
       FOR EACH ROW EXECUTE FUNCTION bump_org_data_version('${entry.table === 'organization' ? 'id' : 'org_id'}')`,
    );
  }
}

const STATEMENT_EVENTS = [
  ['insert', 'REFERENCING NEW TABLE AS new_rows'],
  ['update', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'REFERENCING OLD TABLE AS old_rows'],
] as const;

/**
 * A per-record counter's triggers on one of its source tables: statement-level, over transition
 * tables (`new_rows`, `old_rows`), so a statement bumps each record it touches once however many rows
 * it writes. Named `<table>_bumps_<name>_<event>`.
 */
export async function attachStatementTriggers(queryRunner: QueryRunner, table: string, name: string, call: string): Promise<void> {
  for (const [event, referencing] of STATEMENT_EVENTS) {
    await queryRunner.query(`CREATE TRIGGER "${table}_bumps_${name}_${event}" AFTER ${event.toUpperCase()} ON "${table}" ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${call}`);
  }
}

export async function dropStatementTriggers(queryRunner: QueryRunner, table: string, name: string): Promise<void> {
  for (const [event] of STATEMENT_EVENTS) await queryRunner.query(`DROP TRIGGER "${table}_bumps_${name}_${event}" ON "${table}"`);
}

/**
 * `bump_pilot_data_version(column leading to the pilots)`: moves the data version of each pilot a
 * statement touched, in pilot order. `counter` is the SQL naming the counter to move (the data
 * version, or since check-ins have their own, the trigger's second argument).
 */
export const bumpPilotDataVersionFunction = (counter: string) => `
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
