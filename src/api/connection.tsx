import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Connection {
  baseUrl: string;
  token: string;
}

interface ConnectionValue {
  connection: Connection | null;
  /** `remember`: keep the token in localStorage (survives restarts); otherwise sessionStorage (this tab only) */
  connect(c: Connection, remember: boolean): void;
  disconnect(): void;
}

export const CONNECTION_KEY = 'taskComposer.connection';
/** The last base URL, kept even after disconnecting (it is not a secret) to prefill the form. */
export const BASE_URL_KEY = 'taskComposer.baseUrl';

function parse(text: string | null): Connection | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<Connection>;
    return typeof v.baseUrl === 'string' && typeof v.token === 'string' && v.token !== ''
      ? { baseUrl: v.baseUrl, token: v.token }
      : null;
  } catch {
    return null;
  }
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback; // storage blocked: the connection then lives in memory only
  }
}

export function storedConnection(): Connection | null {
  return safe(
    () => parse(sessionStorage.getItem(CONNECTION_KEY)) ?? parse(localStorage.getItem(CONNECTION_KEY)),
    null,
  );
}

export function lastBaseUrl(): string | null {
  return safe(() => localStorage.getItem(BASE_URL_KEY), null);
}

const ConnectionContext = createContext<ConnectionValue | null>(null);

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const [connection, setConnection] = useState<Connection | null>(storedConnection);

  const connect = useCallback((c: Connection, remember: boolean) => {
    safe(() => {
      sessionStorage.removeItem(CONNECTION_KEY);
      localStorage.removeItem(CONNECTION_KEY);
      (remember ? localStorage : sessionStorage).setItem(CONNECTION_KEY, JSON.stringify(c));
      localStorage.setItem(BASE_URL_KEY, c.baseUrl);
    }, undefined);
    // Always a new object: the app tells sessions apart by identity, so connecting again with the very
    // object of a session the server ended (the demo account's) must still start a new one.
    setConnection({ baseUrl: c.baseUrl, token: c.token });
  }, []);

  const disconnect = useCallback(() => {
    safe(() => {
      sessionStorage.removeItem(CONNECTION_KEY);
      localStorage.removeItem(CONNECTION_KEY);
    }, undefined);
    setConnection(null);
  }, []);

  const value = useMemo(() => ({ connection, connect, disconnect }), [connection, connect, disconnect]);
  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}

export function useConnection(): ConnectionValue {
  const value = useContext(ConnectionContext);
  if (!value) throw new Error('useConnection must be used inside <ConnectionProvider>.');
  return value;
}

/** For query functions: they only run while connected (`enabled`), so null here is a bug. */
export function requireConnection(c: Connection | null): Connection {
  if (!c) throw new Error('Not connected to an API.');
  return c;
}
