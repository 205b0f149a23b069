import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_ROW_FUNCTION, attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';
import { AUDIT_ROW_WITH_PROGRAM } from './1795458983363-ProgramUnitsAndMembers.js';

/**
 * Every business table is audited: the organization, program phase changes and measurement
 * imports gain the trigger (imports without their file and progress counter), all attached from
 * the one list in audited-tables.ts.
 */
export class AuditEveryBusinessTable1796448400000 implements MigrationInterface {
  name = 'AuditEveryBusinessTable1796448400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(AUDIT_ROW_FUNCTION);
    await attachAuditTriggers(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await detachAuditTriggers(queryRunner, ['organization', 'program_phase_change', 'measurement_import']);
    await queryRunner.query(AUDIT_ROW_WITH_PROGRAM);
  }
}
