import type { DataSource } from 'typeorm';

/**
 * For tests about phase moves, not about the assessment: lets the program leave Assess with an
 * empty assessment (threshold 0 %), without changing its version. It is test set-up, not a change
 * anyone made, so it skips the audit trigger (replica mode) and leaves the program's history as
 * those tests expect it. The gate has its own tests.
 */
export async function withoutAssessmentGate(dataSource: DataSource, programId: string): Promise<void> {
  await dataSource.transaction(async (em) => {
    await em.query(`SET LOCAL session_replication_role = replica`);
    await em.query(`UPDATE program SET assessment_threshold = 0 WHERE id = $1`, [programId]);
  });
}
