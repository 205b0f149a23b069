import { canManagePrograms, type Role } from '@rollout/domain';
import { createContext, useContext, type ReactNode } from 'react';

/** The signed-in user as the UI needs it; the API stays authoritative for every permission. */
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  unitIds: readonly string[];
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

export interface CurrentUserProviderProps {
  user: CurrentUser;
  children: ReactNode;
}

export function CurrentUserProvider({ user, children }: CurrentUserProviderProps) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user; only inside the signed-in layout. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside the signed-in layout.');
  return user;
}

/** Whether to show controls that create or change programs and units. */
export function useCanManagePrograms(): boolean {
  return canManagePrograms(useCurrentUser());
}
