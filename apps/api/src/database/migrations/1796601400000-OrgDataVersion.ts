import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDITED_TABLES } from '../audited-tables.js';
import { attachDataVersionTriggers, BUMP_ORG_DATA_VERSION_FUNCTION } from '../data-version-triggers.js';

/**
 * A counter per organization that moves with every committed change to its business data, so whole
 * answers can be cached by it (the response cache). Its own table: bumping it writes no audit entry.
 */
export class OrgDataVersion1796601400000 implements MigrationInterface {
  name = 'OrgDataVersion1796601400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "org_data_version" ("org_id" uuid PRIMARY KEY, "version" bigint NOT NULL DEFAULT 1)`);
    await queryRunner.query(BUMP_ORG_DATA_VERSION_FUNCTION);
    await attachDataVersionTriggers(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of Object.values(AUDITED_TABLES)) await queryRunner.query(`DROP TRIGGER IF EXISTS "data_version_${table}" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION bump_org_data_version()`);
    await queryRunner.query(`DROP TABLE "org_data_version"`);
  }
}
