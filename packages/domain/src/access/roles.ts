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
  /** Units a regional partner is assigned to. */
  unitIds: readonly string[];
  /** The assigned units and every unit below them: where a partner may report. */
  scopeUnitIds: readonly string[];
}

/** Roles that may set up programs and the unit tree (and own programs). */
export const PROGRAM_EDITORS: readonly Role[] = ['admin', 'program_manager'];

/** True when the role may create programs, own them and shape the unit tree. */
export function canManagePrograms(actor: Pick<Actor, 'role'>): boolean {
  return PROGRAM_EDITORS.includes(actor.role);
}
