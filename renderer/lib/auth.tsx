/** Who is signed in (auth.status), for the pages that show or hide what a role may not do. */
import { createContext, useContext } from 'react';
import type { AuthStatus, SignedInUser } from '../../shared/contract/admin';

export interface AuthState {
  status: AuthStatus;
  reload(): void;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useSignedInUser(): SignedInUser | null {
  return useContext(AuthContext)?.status.user ?? null;
}

/** Whether the signed-in user may change data (an inspector may not). The services refuse anyway. */
export function useCanWrite(): boolean {
  const user = useSignedInUser();
  return user !== null && user.role !== 'inspector';
}

/** Whether the signed-in user may see full ID and phone numbers (显示). */
export function useCanReveal(): boolean {
  return useCanWrite();
}

export function useAuthReload(): () => void {
  return useContext(AuthContext)?.reload ?? (() => undefined);
}
