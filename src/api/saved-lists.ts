import type { QueryClient } from '@tanstack/react-query';
import { requireConnection, type Connection } from './connection';
import { ApiError } from './http';

// Decision 025: the last flow list, hubs and users of each account, kept on this device so an offline
// reload can still show the form. Keyed by a hash of API address and token (never the token itself).
const PREFIX = 'taskComposer.saved.';
const savedAt = new WeakMap<object, number>();

/** When a list shown came from this device instead of the network: the time it was saved; else undefined. */
export function savedAtOf(data: unknown): number | undefined {
  return typeof data === 'object' && data !== null ? savedAt.get(data) : undefined;
}

/** Marks `data` (a query's result) as the copy saved at `at`. */
function markSaved<T extends object>(data: T, at: number | undefined): T {
  if (at !== undefined) savedAt.set(data, at);
  return data;
}

/**
 * The account hash (./account, shared with the outbox), in a lazy chunk (the service worker keeps it,
 * decision 024); null should that chunk not load (an old tab after a deploy).
 */
function accountKey(conn: Connection): Promise<string | null> {
  return import('./account').then(
    (m) => m.accountOf(conn),
    () => null,
  );
}

/**
 * Loads `name` from the network and saves the answer; when no answer comes at all (offline, unreachable,
 * timeout) it returns the last saved answer of the same account instead, with the time it was saved.
 * An HTTP error (401, 500, …) is the server's answer and is never replaced.
 */
async function loadOrSaved<T>(
  conn: Connection,
  name: string,
  load: () => Promise<T>,
): Promise<{ data: T; saved?: { at: number; key: string } }> {
  const account = await accountKey(conn);
  // without the account hash the list is loaded as before, without a saved copy
  if (account === null) return { data: await load() };
  const key = `${PREFIX}${account}.${name}`;
  try {
    const data = await load();
    try {
      localStorage.setItem(key, JSON.stringify({ at: Date.now(), data }));
    } catch {
      // storage full or blocked: only the offline copy is lost
    }
    return { data };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 0) throw error;
    const saved = readSaved(key);
    if (saved === null) throw error;
    return { data: saved.data as T, saved: { at: saved.at, key } };
  }
}

/**
 * Disconnect on a shared device: the lists saved for this account are removed. Nothing else is: not the
 * outbox (IndexedDB) nor the drafts, which are unsent work. Without the account hash every saved list goes.
 */
export async function forgetSavedLists(conn: Connection): Promise<void> {
  const account = await accountKey(conn);
  const prefix = account === null ? PREFIX : `${PREFIX}${account}.`;
  for (const key of [...shown.keys()]) if (key.startsWith(prefix)) shown.delete(key);
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    for (const key of keys) if (key?.startsWith(prefix)) localStorage.removeItem(key);
  } catch {
    // storage blocked: nothing could have been saved
  }
}

function readSaved(key: string): { at: number; data: unknown } | null {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as { at?: unknown; data?: unknown } | null;
    if (saved === null || typeof saved.at !== 'number' || saved.data === undefined) return null;
    return { at: saved.at, data: saved.data };
  } catch {
    return null; // storage blocked or not JSON: as if nothing was saved
  }
}

/** A list from this device is refetched as soon as possible (reconnect, remount); live data stays 5 min or as given. */
const staleUnlessSaved =
  (ms: number) =>
  (query: { state: { data?: unknown } }): number =>
    savedAtOf(query.state.data) === undefined ? ms : 0;

/**
 * While a list from this device is shown, the network is asked again this often: a page opened offline
 * may never hear an `online` event (the browser thought it online all along), yet must not keep saying
 * "offline" once the server answers.
 */
export const SAVED_RETRY_MS = 20_000;

/** The result last made from each saved copy (by storage key), with the time that copy was saved. */
const shown = new Map<string, { at: number; result: unknown }>();

/** Asks the network again for every list now shown from this device (the connection seems back). */
export function refetchSavedLists(client: QueryClient): Promise<void> {
  return client.refetchQueries({ predicate: (q) => savedAtOf(q.state.data) !== undefined });
}

/**
 * The part of a list's query options that makes it a saved list: the query function loads `name` or, when
 * no answer comes, the copy saved on this device for the account, marked with the time it was saved.
 * `read` turns the items (live or saved) into the result; flows are saved raw and normalised there.
 */
export function savedListQuery<T, R>(opts: {
  conn: Connection | null;
  name: string;
  load: (conn: Connection, signal: AbortSignal) => Promise<T[]>;
  read: (items: T[]) => R[];
  /** how long a live answer stays fresh */
  staleMs: number;
}) {
  return {
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<R[]> => {
      const conn = requireConnection(opts.conn);
      const { data, saved } = await loadOrSaved(conn, opts.name, () => opts.load(conn, signal));
      const read = () => opts.read(Array.isArray(data) ? data : []);
      if (saved === undefined) return read();
      // The same copy read again (asked again while still offline) gives the very same result, so
      // nothing that shows it renders again, and a form built on it is left alone.
      const last = shown.get(saved.key);
      if (last?.at === saved.at) return last.result as R[];
      const result = markSaved(read(), saved.at);
      shown.set(saved.key, { at: saved.at, result });
      return result;
    },
    staleTime: staleUnlessSaved(opts.staleMs),
    refetchInterval: (query: { state: { data?: unknown } }) =>
      savedAtOf(query.state.data) === undefined ? false : SAVED_RETRY_MS,
    // the result is marked as saved or live by identity: a live answer equal to the saved one must replace it
    structuralSharing: false,
  };
}
