import type { DataSource } from 'typeorm';

/**
 * For tests about phase moves, not about the assessment: lets the program leave Assess with an
 * empty assessment (threshold 0 %), without changing its version. The gate has its own tests.
 */
export async function withoutAssessmentGate(dataSource: DataSource, programId: string): Promise<void> {
  await dataSource.query(`UPDATE program SET assessment_threshold = 0 WHERE id = $1`, [programId]);
}
