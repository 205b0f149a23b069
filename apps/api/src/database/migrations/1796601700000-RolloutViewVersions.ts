import type { MigrationInterface, QueryRunner } from 'typeorm';
import { attachOrgCounterTrigger, attachStatementTriggers, BUMP_ORG_DIRECTORY_VERSION_FUNCTION, dropStatementTriggers } from '../data-version-triggers.js';

/** A program's tables the roll-out view reads beyond those the portfolio does: the pilot's lessons and the assessment they flag units by. */
const PROGRAM_SOURCES = ['lesson', 'activity', 'assessment_cell'] as const;
/** The organization's directory: the names views show for units (and where they sit) and people. */
const DIRECTORY_SOURCES = ['unit', 'app_user'] as const;

/**
 * So a program's roll-out view can be kept by the versions of everything it reads: the program's
 * data version also moves with its lessons and assessment (a lesson flags the units that do its
 * activity locally), and a counter per organization, `org_directory_version`, moves with its units'
 * and people's rows (names, the unit tree). The directory's counter is bumped at commit, as the
 * organization's data version is: a long transaction writing units holds up no other writer.
 */
export class RolloutViewVersions1796601700000 implements MigrationInterface {
  name = 'RolloutViewVersions1796601700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of PROGRAM_SOURCES) await attachStatementTriggers(queryRunner, table, 'program_data', 'bump_program_data_version()');
    await queryRunner.query(`CREATE TABLE "org_directory_version" ("org_id" uuid PRIMARY KEY, "version" bigint NOT NULL DEFAULT 1)`);
    await queryRunner.query(BUMP_ORG_DIRECTORY_VERSION_FUNCTION);
    for (const table of DIRECTORY_SOURCES) await attachOrgCounterTrigger(queryRunner, `directory_version_${table}`, table, 'bump_org_directory_version');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of DIRECTORY_SOURCES) await queryRunner.query(`DROP TRIGGER "directory_version_${table}" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION bump_org_directory_version()`);
    await queryRunner.query(`DROP TABLE "org_directory_version"`);
    for (const table of PROGRAM_SOURCES) await dropStatementTriggers(queryRunner, table, 'program_data');
  }
}
