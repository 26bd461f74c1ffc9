import { createContext, useContext } from 'react';
import { HR_ROLES, type Role } from '../../../shared/domain/roles';
import type { CurrentUser } from '../../../shared/ipc/methods/auth';

export interface SessionValue {
  user: CurrentUser;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession dipakai di luar AuthGate.');
  return session;
}

/** Whether the signed-in user may see a control; the backend checks again on every call. */
export function useHasRole(allowed: readonly Role[]): boolean {
  return allowed.includes(useSession().user.role);
}

/** Admin and operator: the HR office staff who maintain every pegawai's records. */
export function useIsHrStaff(): boolean {
  return useHasRole(HR_ROLES);
}
