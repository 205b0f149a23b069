import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UnauthenticatedError } from '../errors/app-error.js';
import { ACTOR_SOURCE, type ActorSource } from './actor-source.js';
import { PUBLIC_KEY } from './decorators.js';
import { requestFrom } from './request-from.js';

/**
 * Global guard: requires a session whose user still exists and is active, and reloads the
 * actor (role, unit assignments) on every request so a role change applies at once: once per
 * request, however many root fields its operation asks for.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACTOR_SOURCE) private readonly actors: ActorSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const req = requestFrom(context);
    const userId = req.session?.userId;
    if (!userId) throw new UnauthenticatedError();
    if (req.actorLoad?.userId !== userId) req.actorLoad = { userId, actor: this.actors.findActiveActor(userId) };
    const actor = await req.actorLoad.actor;
    if (!actor) throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    req.actor = actor;
    return true;
  }
}
