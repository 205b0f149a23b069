import type { Actor } from '@rollout/domain';

/**
 * Who a session belongs to. The users feature provides it under this token, so the session guard
 * in `common/` reloads the actor without knowing the users module.
 */
export const ACTOR_SOURCE = Symbol('ActorSource');

export interface ActorSource {
  /** The actor for a session's user, or null when the user is gone or deactivated. */
  findActiveActor(userId: string): Promise<Actor | null>;
}
