import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor, Role } from '@rollout/domain';
import { requestFrom } from './request-from.js';
import { UnauthenticatedError } from '../errors/app-error.js';

export const PUBLIC_KEY = 'rollout:public';
export const ROLES_KEY = 'rollout:roles';

/** Open to callers without a session (sign-in, health). Everything else needs one. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Roles allowed to call this operation. An operation with neither this nor @Public is denied. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Every role: for reads that all signed-in users may do. */
export const ALL_ROLES: Role[] = ['admin', 'program_manager', 'regional_partner', 'executive'];

/** The signed-in user, reloaded from the database for this request by SessionGuard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestFrom(context).actor;
  if (!actor) throw new UnauthenticatedError();
  return actor;
});
