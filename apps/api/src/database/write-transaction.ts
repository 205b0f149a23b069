import type { Actor } from '@rollout/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { currentRequestId } from '../common/http/request-context.js';

/**
 * Runs one mutation as one transaction, tagging it with the actor and request id so database
 * triggers (audit) can record who did it.
 */
export async function writeTransaction<T>(dataSource: DataSource, actor: Actor | null, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (em) => {
    await em.query(`SELECT set_config('app.actor_id', $1, true), set_config('app.request_id', $2, true)`, [
      actor?.id ?? '',
      currentRequestId() ?? '',
    ]);
    return work(em);
  });
}
