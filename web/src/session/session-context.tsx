import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiClient } from '../api/client';
import type { DemoUser } from '../api/demo';

export interface Session {
  token: string;
  user: DemoUser;
}

interface SessionValue {
  session: Session | null;
  /** The API with this session's token (none before sign-in); a 401 ends the session. */
  api: ApiClient;
  signIn(session: Session): void;
  signOut(): void;
}

const STORAGE_KEY = 'concierge.session';
const SessionContext = createContext<SessionValue | null>(null);

function storedSession(): Session | null {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as Session;
  } catch {
    return null;
  }
}

/** Who is signed in, kept for the browser tab's life. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(storedSession);
  const signIn = useCallback((next: Session) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);
  const api = useMemo(() => new ApiClient(session?.token ?? null, signOut), [session, signOut]);
  const value = useMemo(() => ({ session, api, signIn, signOut }), [session, api, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in session, for pages that only render once someone is signed in. */
export function useSignedIn(): Session & { api: ApiClient } {
  const { session, api } = useSession();
  if (!session) throw new Error('useSignedIn with nobody signed in');
  return { ...session, api };
}
