import { assertCan, assertNotArchived, type AccessTarget, type Action, type Actor, type ProgramAccess } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { ProgramMemberEntity } from './program-member.entity.js';
import { ProgramEntity } from './program.entity.js';

/** The program's owner and leads, as the permission model sees them. */
export async function programAccess(em: EntityManager, program: Pick<ProgramEntity, 'id' | 'ownerId'>): Promise<ProgramAccess> {
  const leads = await em.findBy(ProgramMemberEntity, { programId: program.id, role: 'lead' });
  return { ownerId: program.ownerId, leadIds: leads.map((lead) => lead.userId) };
}

/** How a program is read for a check: locked inside the write transaction (the default), or plainly for a read. */
export type ProgramLock = 'lock' | 'none';

/**
 * Loads a program of the actor's organization inside the write transaction, locked so that
 * concurrent changes to it and its children serialize, and checks the action on it.
 */
export async function loadProgramFor(
  em: EntityManager,
  actor: Actor,
  programId: string,
  action: Action,
  target: Omit<AccessTarget, 'program'> = {},
  lock: ProgramLock = 'lock',
): Promise<ProgramEntity> {
  const where = { id: programId, orgId: actor.orgId };
  const program = await em.findOne(ProgramEntity, lock === 'lock' ? { where, lock: { mode: 'pessimistic_write' } } : { where });
  if (!program) throw new NotFoundError('Program', programId);
  assertCan(actor, action, { ...target, program: await programAccess(em, program) });
  return program;
}

/** Like loadProgramFor, for changes to a program's units or members: archived programs are read-only. */
export async function loadActiveProgramFor(
  em: EntityManager,
  actor: Actor,
  programId: string,
  action: Action,
  target: Omit<AccessTarget, 'program'> = {},
  lock: ProgramLock = 'lock',
): Promise<ProgramEntity> {
  const program = await loadProgramFor(em, actor, programId, action, target, lock);
  assertNotArchived({ archived: program.archivedAt !== null });
  return program;
}
