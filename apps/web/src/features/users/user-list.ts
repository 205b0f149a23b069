import { ROLE_LABELS, type Role } from '@rollout/domain';

export type UserSortField = 'name' | 'email' | 'role' | 'status';
export type SortDirection = 'asc' | 'desc';

export interface UserSort {
  field: UserSortField;
  direction: SortDirection;
}

export const DEFAULT_USER_SORT: UserSort = { field: 'name', direction: 'asc' };

/** What search and sort read of a user. */
export interface ListedUser {
  name: string;
  email: string;
  role: Role;
  active: boolean;
  units: readonly { name: string; code: string }[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Users whose name, email, role or unit (name or code) contains the search text, ignoring case. */
export function filterUsers<T extends ListedUser>(users: readonly T[], search: string): T[] {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return [...users];
  return users.filter((user) =>
    [user.name, user.email, ROLE_LABELS[user.role], ...user.units.flatMap((unit) => [unit.name, unit.code])].some((text) =>
      text.toLocaleLowerCase().includes(needle),
    ),
  );
}

function sortKey(user: ListedUser, field: UserSortField): string {
  switch (field) {
    case 'name':
      return user.name;
    case 'email':
      return user.email;
    case 'role':
      return ROLE_LABELS[user.role];
    case 'status':
      return user.active ? 'active' : 'deactivated';
  }
}

/** Sorted copy; ties fall back to the name so the order never jumps. */
export function sortUsers<T extends ListedUser>(users: readonly T[], sort: UserSort): T[] {
  const factor = sort.direction === 'asc' ? 1 : -1;
  return [...users].sort(
    (a, b) => factor * collator.compare(sortKey(a, sort.field), sortKey(b, sort.field)) || collator.compare(a.name, b.name),
  );
}
