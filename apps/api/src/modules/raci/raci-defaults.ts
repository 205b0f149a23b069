import { createHash } from 'node:crypto';
import { DEFAULT_RACI_DOMAINS, DEFAULT_RACI_ROLES, defaultRaciActivityId } from '@rollout/domain';
import type { RaciDomainEntity } from './raci-domain.entity.js';
import type { RaciRoleEntity } from './raci-role.entity.js';

// A program's RACI starts with the default domains and roles. They are stored by the first change
// to the matrix, inside its write transaction; until then a read returns them without writing.
// Each default has an id derived from the program and its place in the list, the same before and
// after it is stored, so a cell set on a default domain names a domain that exists once written.

export type RaciDomainRow = Pick<RaciDomainEntity, 'id' | 'programId' | 'name' | 'activityId' | 'position' | 'version'>;
export type RaciRoleRow = Pick<RaciRoleEntity, 'id' | 'programId' | 'name' | 'side' | 'position' | 'version'>;

/** A stable UUID (version 5 layout, so the id schema accepts it) for the program's `index`-th default domain or role. */
function defaultId(programId: string, kind: 'domain' | 'role', index: number): string {
  const hex = createHash('sha1').update(`rollout:raci:${programId}:${kind}:${index}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The default domains of a program, each linked to its default activity in the program's catalog (if there). */
export function defaultRaciDomains(programId: string, activities: readonly { id: string; name: string }[]): RaciDomainRow[] {
  return DEFAULT_RACI_DOMAINS.map((domain, index) => ({
    id: defaultId(programId, 'domain', index),
    programId,
    name: domain.name,
    activityId: defaultRaciActivityId(domain.name, activities),
    position: index,
    version: 1,
  }));
}

export function defaultRaciRoles(programId: string): RaciRoleRow[] {
  return DEFAULT_RACI_ROLES.map((role, index) => ({ id: defaultId(programId, 'role', index), programId, name: role.name, side: role.side, position: index, version: 1 }));
}
