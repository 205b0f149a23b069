import { can, type AccessTarget, type Action, type Actor } from '@rollout/domain';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { PROGRAM_ACCESS_BY_ID, PROGRAM_BY_ID } from './programs.loaders.js';

/** Whether the signed-in user may do `action` on a program now (archived programs are read-only), for `viewerCan…` fields. */
export async function viewerMay(ctx: GraphQLContext, actor: Actor, programId: string, action: Action, target: Omit<AccessTarget, 'program'> = {}): Promise<boolean> {
  const [program, access] = await Promise.all([ctx.loaders.get(PROGRAM_BY_ID).load(programId), ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(programId)]);
  return !!program && !program.archived && !!access && can(actor, action, { ...target, program: access });
}
