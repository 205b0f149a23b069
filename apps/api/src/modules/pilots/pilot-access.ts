import { type AccessTarget, type Action, type Actor } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import { PilotEntity } from './pilot.entity.js';

/**
 * Loads a pilot of the actor's organization for a change inside the write transaction: locks its
 * program (so changes to the pilot and its children serialize), checks the action on the program
 * and refuses archived programs.
 */
export async function loadPilotFor(
  em: EntityManager,
  actor: Actor,
  pilotId: string,
  action: Action,
  target: Omit<AccessTarget, 'program'> = {},
): Promise<PilotEntity> {
  const pilot = await em.findOneBy(PilotEntity, { id: pilotId, orgId: actor.orgId });
  if (!pilot) throw new NotFoundError('Pilot', pilotId);
  await loadActiveProgramFor(em, actor, pilot.programId, action, target);
  return pilot;
}
