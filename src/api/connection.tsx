import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Connection {
  baseUrl: string;
  token: string;
}

interface ConnectionValue {
  connection: Connection | null;
  /**
   * The token was taken without asking the server (the device was offline, decision 030): the first
   * answer of the server checks it, and a 401 then ends the session as for any other token.
   */
  unchecked: boolean;
  /** `remember`: keep the token in localStorage (survives restarts); otherwise sessionStorage (this tab only) */
  connect(c: Connection, remember: boolean, opts?: { unchecked?: boolean }): void;
  /** the server has accepted the token of an unchecked connection */
  confirm(): void;
  disconnect(): void;
}

export const CONNECTION_KEY = 'taskComposer.connection';
/** The last base URL, kept even after disconnecting (it is not a secret) to prefill the form. */
export const BASE_URL_KEY = 'taskComposer.baseUrl';

interface Stored {
  connection: Connection;
  unchecked: boolean;
}

function parse(text: string | null): Stored | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<Connection> & { unchecked?: unknown };
    return typeof v.baseUrl === 'string' && typeof v.token === 'string' && v.token !== ''
      ? { connection: { baseUrl: v.baseUrl, token: v.token }, unchecked: v.unchecked === true }
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

function stored(): Stored | null {
  return safe(
    () => parse(sessionStorage.getItem(CONNECTION_KEY)) ?? parse(localStorage.getItem(CONNECTION_KEY)),
    null,
  );
}

export function storedConnection(): Connection | null {
  return stored()?.connection ?? null;
}

export function lastBaseUrl(): string | null {
  return safe(() => localStorage.getItem(BASE_URL_KEY), null);
}

const ConnectionContext = createContext<ConnectionValue | null>(null);

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ connection: Connection | null; unchecked: boolean }>(
    () => stored() ?? { connection: null, unchecked: false },
  );

  const connect = useCallback((c: Connection, remember: boolean, opts: { unchecked?: boolean } = {}) => {
    const unchecked = opts.unchecked === true;
    safe(() => {
      sessionStorage.removeItem(CONNECTION_KEY);
      localStorage.removeItem(CONNECTION_KEY);
      (remember ? localStorage : sessionStorage).setItem(
        CONNECTION_KEY,
        JSON.stringify({ baseUrl: c.baseUrl, token: c.token, ...(unchecked ? { unchecked } : {}) }),
      );
      localStorage.setItem(BASE_URL_KEY, c.baseUrl);
    }, undefined);
    // Always a new object: the app tells sessions apart by identity, so connecting again with the very
    // object of a session the server ended (the demo account's) must still start a new one.
    setState({ connection: { baseUrl: c.baseUrl, token: c.token }, unchecked });
  }, []);

  const confirm = useCallback(() => {
    safe(() => {
      for (const storage of [sessionStorage, localStorage]) {
        const kept = parse(storage.getItem(CONNECTION_KEY));
        if (kept) storage.setItem(CONNECTION_KEY, JSON.stringify(kept.connection));
      }
    }, undefined);
    setState((s) => (s.unchecked ? { ...s, unchecked: false } : s));
  }, []);

  const disconnect = useCallback(() => {
    safe(() => {
      sessionStorage.removeItem(CONNECTION_KEY);
      localStorage.removeItem(CONNECTION_KEY);
    }, undefined);
    setState({ connection: null, unchecked: false });
  }, []);

  const value = useMemo(
    () => ({ ...state, connect, confirm, disconnect }),
    [state, connect, confirm, disconnect],
  );
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
