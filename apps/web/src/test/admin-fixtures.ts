import type { Role } from '@rollout/domain';
import type { UserRowFragment } from '../gql/graphql';
import { anId } from './fixtures';

let sequence = 0;

/** A user as the admin Users list returns it (UserRow fragment fields unmasked). */
export function aUserRow(
  overrides: Partial<{
    id: string;
    name: string;
    email: string;
    role: Role;
    active: boolean;
    version: number;
    units: { id: string; name: string; code: string }[];
  }> = {},
): UserRowFragment {
  sequence += 1;
  const name = overrides.name ?? `Jordan Lee ${sequence}`;
  return {
    __typename: 'User',
    id: overrides.id ?? anId(),
    name,
    email: overrides.email ?? `${name.toLowerCase().replace(/\s+/g, '.')}@northwind.example`,
    role: overrides.role ?? 'executive',
    active: overrides.active ?? true,
    version: overrides.version ?? 1,
    units: (overrides.units ?? []).map((unit) => ({ __typename: 'Unit' as const, ...unit })),
  };
}

/** A unit as the unit pickers list it. */
export function aUnitOption(overrides: Partial<{ id: string; name: string; code: string }> = {}) {
  sequence += 1;
  return {
    __typename: 'Unit' as const,
    id: overrides.id ?? anId(),
    name: overrides.name ?? `Unit ${sequence}`,
    code: overrides.code ?? `U-${sequence}`,
  };
}
