import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ActivityEntity } from '../../src/modules/assessments/activity.entity.js';
import { CapabilityEntity } from '../../src/modules/assessments/capability.entity.js';

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

/** A catalog activity of the program, under a capability of its own, for pilots and lessons to be tagged with. */
export async function anActivity(dataSource: DataSource, orgId: string, programId: string, name = `Activity ${randomUUID().slice(0, 6)}`): Promise<ActivityEntity> {
  const capability = await dataSource.getRepository(CapabilityEntity).save({ orgId, programId, name: `Capability ${randomUUID().slice(0, 6)}`, position: 0 });
  return dataSource.getRepository(ActivityEntity).save({ orgId, programId, capabilityId: capability.id, name, position: 0 });
}
