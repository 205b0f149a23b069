import { type AccessTarget, type Action, type Actor } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { loadActiveProgramFor, loadProgramFor } from '../programs/program-access.js';
import { PilotEntity } from './pilot.entity.js';

/**
 * How a pilot is loaded for a check:
 * - `program` (default): locks its program, so changes to the pilot and its children serialize;
 * - `pilot-share`: share-locks the pilot only (a status change waits) while hand entries in the
 *   same program go on — for a long import;
 * - `check`: no lock, for checking a change ahead of its transaction;
 * - `read`: no lock, and an archived program's pilot may be read.
 */
export type PilotLock = 'program' | 'pilot-share' | 'check' | 'read';

/**
 * Loads a pilot of the actor's organization and checks the action on its program; unless only
 * reading, the program must not be archived.
 */
export async function loadPilotFor(
  em: EntityManager,
  actor: Actor,
  pilotId: string,
  action: Action,
  target: Omit<AccessTarget, 'program'> = {},
  lock: PilotLock = 'program',
): Promise<PilotEntity> {
  const where = { id: pilotId, orgId: actor.orgId };
  const pilot = await em.findOne(PilotEntity, lock === 'pilot-share' ? { where, lock: { mode: 'pessimistic_read' } } : { where });
  if (!pilot) throw new NotFoundError('Pilot', pilotId);
  if (lock === 'read') await loadProgramFor(em, actor, pilot.programId, action, target, 'none');
  else await loadActiveProgramFor(em, actor, pilot.programId, action, target, lock === 'program' ? 'lock' : 'none');
  return pilot;
}
