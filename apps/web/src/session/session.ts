import { roles, type Role } from '@carechain/domain';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';

/** Who works in the app, and for which care link; kept for the browser tab only. */
export interface Session {
  actorId: string;
  careLinkId: string;
  /** The directory's name for it; none for a unit the directory does not hold (the complaints line, say). */
  careLinkName?: string;
  role: Role;
}

const KEY = 'carechain.session';

export function storedSession(): Session | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    return value?.actorId && value.careLinkId && roles.includes(value.role) ? value : null;
  } catch {
    return null;
  }
}

export function storeSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

export const SessionContext = createContext<{ session: Session; signOut(): void } | null>(null);

export function useSession() {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in page');
  return value;
}

/** The signed-in unit for a sentence: its directory name, or "your unit" for one the directory does not hold, never its id. */
export function useSignedInUnit(): string {
  const { session } = useSession();
  const { t } = useTranslation();
  return session.careLinkName ?? t('app.yourUnit');
}
