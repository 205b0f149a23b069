/** What a signed-in user may do, broadly; unit scope narrows regional partners further. */
export const ROLES = ['admin', 'program_manager', 'regional_partner', 'executive'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  program_manager: 'Program manager',
  regional_partner: 'Regional RevOps partner',
  executive: 'Executive',
};

/** The signed-in user as every rule sees it. */
export interface Actor {
  id: string;
  orgId: string;
  role: Role;
  /** Units a regional partner is assigned to (their descendants are in scope too). */
  unitIds: readonly string[];
}

/** Roles that may set up and run programs and the unit tree. */
export const PROGRAM_EDITORS: readonly Role[] = ['admin', 'program_manager'];

/** True when the actor's role lets them change programs and the unit tree. */
export function canManagePrograms(actor: Pick<Actor, 'role'>): boolean {
  return PROGRAM_EDITORS.includes(actor.role);
}
