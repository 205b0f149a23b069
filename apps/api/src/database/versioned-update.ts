import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { ConflictError, NotFoundError } from '../common/errors/app-error.js';

type Versioned = ObjectLiteral & { id: string; orgId: string; version: number };

// Columns a client never sees, even in a conflict report.
const INTERNAL_COLUMNS = new Set(['orgId', 'passwordHash']);

function publicValues(row: ObjectLiteral): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !INTERNAL_COLUMNS.has(key)));
}

/**
 * Updates one row only if it still has the version the caller saw (`version` is bumped by
 * TypeORM). `save()` would silently overwrite a concurrent edit; this answers CONFLICT instead.
 */
export async function updateVersioned<E extends Versioned>(
  em: EntityManager,
  entity: EntityTarget<E>,
  label: string,
  key: { id: string; orgId: string; expectedVersion: number },
  changes: QueryDeepPartialEntity<E>,
): Promise<E> {
  const where = { id: key.id, orgId: key.orgId } as FindOptionsWhere<E>;
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set(changes)
    .where('id = :id AND org_id = :orgId AND version = :version', { id: key.id, orgId: key.orgId, version: key.expectedVersion })
    .execute();
  if (result.affected === 0) {
    const current = await em.findOne(entity, { where });
    throw current ? new ConflictError(label, current.version, publicValues(current)) : new NotFoundError(label, key.id);
  }
  return em.findOneOrFail(entity, { where });
}
