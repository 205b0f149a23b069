import type { MigrationInterface, QueryRunner } from 'typeorm';
import { attachStatementTriggers, bumpPilotDataVersionFunction, dropStatementTriggers } from '../data-version-triggers.js';

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
    await queryRunner.query(bumpPilotDataVersionFunction(`coalesce(TG_ARGV[1], 'version')`));
    await dropStatementTriggers(queryRunner, 'check_in', 'pilot_data');
    await attachStatementTriggers(queryRunner, 'check_in', 'pilot_data', `bump_pilot_data_version('pilot_id', 'check_ins')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropStatementTriggers(queryRunner, 'check_in', 'pilot_data');
    await attachStatementTriggers(queryRunner, 'check_in', 'pilot_data', `bump_pilot_data_version('pilot_id')`);
    await queryRunner.query(bumpPilotDataVersionFunction(`'version'`));
    await queryRunner.query(`ALTER TABLE "pilot_data_version" DROP COLUMN "check_ins"`);
  }
}
