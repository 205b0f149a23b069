import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@rollout/domain';
import { logger } from '../logging/logger.js';
import { ForbiddenError } from '../errors/app-error.js';
import { PUBLIC_KEY, ROLES_KEY } from './decorators.js';
import { requestFrom } from './request-from.js';

/** Global guard after SessionGuard: the caller's role must be listed in @Roles. No @Roles = deny. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) {
      logger.error({ handler: context.getHandler().name }, 'operation has neither @Roles nor @Public: denied');
      throw new ForbiddenError();
    }
    const actor = requestFrom(context).actor;
    if (!actor || !roles.includes(actor.role)) throw new ForbiddenError();
    return true;
  }
}
