import type { QueryRunner } from 'typeorm';
import { AUDITED_TABLES, type AuditedTable } from './audited-tables.js';

/**
 * A function that moves an organization's counter in `table` (one row per organization) once per
 * transaction that changes rows of it, run by deferred constraint triggers: at commit, so the row
 * lock on the organization's counter is held only while the transaction commits (a ten-second
 * import does not hold up other writers), and the new version becomes visible together with the
 * data: a reader that reads the version before the data never pairs an old version with a newer
 * answer it could serve later. `setting` remembers, for the transaction, which organization was
 * bumped. The trigger's argument is the column holding the organization (its own row: `id`).
 */
const bumpOrgCounterFunction = (name: string, table: string, setting: string) => `
  CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    org uuid;
  BEGIN
    IF TG_ARGV[0] = 'id' THEN
      org := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSE
      org := CASE WHEN TG_OP = 'DELETE' THEN OLD.org_id ELSE NEW.org_id END;
    END IF;
    -- Once per transaction and organization: an import's hundred thousand rows bump it once.
    IF current_setting('${setting}', true) = org::text THEN
      RETURN NULL;
    END IF;
    INSERT INTO ${table} (org_id) VALUES (org) ON CONFLICT (org_id) DO UPDATE SET version = ${table}.version + 1;
    PERFORM set_config('${setting}', org::text, true);
    RETURN NULL;
  END $$`;

/** `bump_org_data_version()`: the organization's data version, moved by any change to its business rows. */
export const BUMP_ORG_DATA_VERSION_FUNCTION = bumpOrgCounterFunction('bump_org_data_version', 'org_data_version', 'app.data_version_bumped');

/** `bump_org_directory_version()`: the organization's directory version, moved by changes to its units and people. */
export const BUMP_ORG_DIRECTORY_VERSION_FUNCTION = bumpOrgCounterFunction('bump_org_directory_version', 'org_directory_version', 'app.directory_version_bumped');

/** Runs an organization counter's bump function at the commit of any change to `table` (constraint triggers cannot be replaced in place). */
export async function attachOrgCounterTrigger(queryRunner: QueryRunner, triggerName: string, table: string, functionName: string): Promise<void> {
  await queryRunner.query(`DROP TRIGGER IF EXISTS "${triggerName}" ON "${table}"`);
  await queryRunner.query(
    `CREATE CONSTRAINT TRIGGER "${triggerName}" AFTER INSERT OR UPDATE OR DELETE ON "${table}" DEFERRABLE INITIALLY DEFERRED
     FOR EACH ROW EXECUTE FUNCTION ${functionName}('${table === 'organization' ? 'id' : 'org_id'}')`,
  );
}

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
    await attachOrgCounterTrigger(queryRunner, `data_version_${entry.table}`, entry.table, 'bump_org_data_version');
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
