import { checkDesignEditable, type Actor, type DesignVersionState } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { loadActiveProgramFor } from '../programs/program-access.js';
import type { ProgramEntity } from '../programs/program.entity.js';
import { DesignVersionEntity } from './design-version.entity.js';

/** The current design version of a program and its row; a program without one is at version 1, a draft. */
export async function currentDesignVersion(em: EntityManager, programId: string): Promise<{ state: DesignVersionState; row: DesignVersionEntity | null }> {
  const row = await em.findOne(DesignVersionEntity, { where: { programId }, order: { number: 'DESC' } });
  if (!row) return { state: { version: 1, signedOffOn: null }, row: null };
  return { state: { version: row.number, signedOffOn: row.signedOffAt ? row.signedOffAt.toISOString().slice(0, 10) : null }, row };
}

/**
 * Refuses a change to a signed-off design (placements, emphasis, RACI, headcount). Call it after
 * the program row is locked: a sign-off takes the same lock, so no change slips in beside it.
 */
export async function assertDesignEditable(em: EntityManager, programId: string): Promise<void> {
  checkDesignEditable((await currentDesignVersion(em, programId)).state);
}

/** Locks the program, checks `design.manage` on it (permission before validation), and that its design is a draft. */
export async function loadDesignDraftProgram(em: EntityManager, actor: Actor, programId: string): Promise<ProgramEntity> {
  const program = await loadActiveProgramFor(em, actor, programId, 'design.manage');
  await assertDesignEditable(em, program.id);
  return program;
}
