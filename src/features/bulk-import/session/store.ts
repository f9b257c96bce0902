// Where an import is kept between reloads (decision 042): the browser's own IndexedDB in a database of
// its own, so the outbox's database and its version stay as they are.
import { committed, openDatabase, request } from '../../../ui/indexed-db';
import type { ChunkRecord, ImportSession, RowResult } from './types';

const DB_NAME = 'taskComposerImports';
const VERSION = 1;
const SESSIONS = 'sessions';
const ROWS = 'rows';
const CHUNKS = 'chunks';

/**
 * Sessions are values: change one by making a new session with the changed part replaced (a new `rows`
 * array, a new chunk object). `save` writes a part again only when it is not the very object it last
 * wrote, so a save after each chunk of a 10,000-row import does not copy the rows each time.
 *
 * A chunk once written is kept, with the results of its answer, until the session is removed: saving an
 * older copy of a session (a screen that missed the sender's last update) can lose neither a chunk's key
 * nor a created row's result, either of which would send that row again under a new key.
 */
export interface ImportStore {
  /** false when the browser gave no IndexedDB: the import then lives only as long as the tab */
  readonly persistent: boolean;
  load(id: string): Promise<ImportSession | undefined>;
  /** the newest session of `account` that is not done */
  latest(account: string): Promise<ImportSession | undefined>;
  save(s: ImportSession): Promise<void>;
  remove(id: string): Promise<void>;
}

type Meta = Omit<ImportSession, 'rows' | 'chunks'> & { chunkKeys: string[] };

/**
 * Rows are kept in pages: copying 10,000 rows into IndexedDB in one put holds the main thread for 200 ms
 * or more in Chromium, a page of 1,000 about a tenth of that, and the pages are put one after another.
 */
const PAGE = 1000;
interface RowPage {
  sessionId: string;
  page: number;
  rows: ImportSession['rows'];
}
type StoredChunk = ChunkRecord & {
  sessionId: string;
  /** when this version of the chunk was written: a later answer wins */
  at: number;
  /** an answered chunk's results, by line */
  results?: Record<number, RowResult>;
};

function open(): Promise<IDBDatabase> {
  return openDatabase(DB_NAME, VERSION, (db) => {
    if (!db.objectStoreNames.contains(SESSIONS)) db.createObjectStore(SESSIONS, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(ROWS)) db.createObjectStore(ROWS, { keyPath: ['sessionId', 'page'] });
    if (!db.objectStoreNames.contains(CHUNKS))
      db.createObjectStore(CHUNKS, { keyPath: ['sessionId', 'key'] }).createIndex('session', 'sessionId');
  });
}

/** Every record of a session in a store keyed [sessionId, …]. */
const ofSession = (id: string) => IDBKeyRange.bound([id], [id, []]);

/**
 * Puts the pages whose rows are not the very objects last written, each once the one before is stored,
 * so the browser gets the main thread between them.
 */
function writeRowPages(
  rowStore: IDBObjectStore,
  sessionId: string,
  rows: ImportSession['rows'],
  written: ImportSession['rows'],
): void {
  const changed: RowPage[] = [];
  for (let start = 0, page = 0; start < rows.length; start += PAGE, page++) {
    const end = Math.min(start + PAGE, rows.length);
    let same = Math.min(start + PAGE, written.length) === end;
    for (let i = start; same && i < end; i++) same = rows[i] === written[i];
    if (!same) changed.push({ sessionId, page, rows: rows.slice(start, end) });
  }
  // Pages past the end, however they got there (fewer rows now, another copy of the session).
  rowStore.delete(IDBKeyRange.bound([sessionId, Math.ceil(rows.length / PAGE)], [sessionId, []]));
  const next = (i: number) => {
    if (i < changed.length) rowStore.put(changed[i]).onsuccess = () => next(i + 1);
  };
  next(0);
}

function newestUnfinished<T extends Pick<ImportSession, 'account' | 'step' | 'updatedAt'>>(
  all: T[],
  account: string,
): T | undefined {
  return all
    .filter((s) => s.account === account && s.step !== 'done')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** The chunks in the session's order, then any it did not list (saved by an older copy of it). */
function orderedChunks(keys: string[], stored: StoredChunk[]): ChunkRecord[] {
  const plain = (c: StoredChunk): ChunkRecord => ({
    key: c.key,
    lines: c.lines,
    bodies: c.bodies,
    state: c.state,
  });
  const byKey = new Map(stored.map((c) => [c.key, c]));
  const listed = keys.flatMap((k) => byKey.get(k) ?? []);
  const known = new Set(keys);
  const others = stored.filter((c) => !known.has(c.key)).sort((a, b) => a.at - b.at);
  return [...listed, ...others].map(plain);
}

function resultsOf(s: ImportSession, lines: number[]): Record<number, RowResult> {
  const out: Record<number, RowResult> = {};
  for (const line of lines) {
    const r = s.results[line];
    if (r !== undefined) out[line] = r;
  }
  return out;
}

function indexedDbStore(db: IDBDatabase): ImportStore {
  // What this tab last wrote of each session, by identity (see ImportStore).
  const writtenRows = new Map<string, ImportSession['rows']>();
  const writtenChunks = new Map<string, Map<string, ChunkRecord>>();

  const load = async (id: string): Promise<ImportSession | undefined> => {
    const tx = db.transaction([SESSIONS, ROWS, CHUNKS], 'readonly');
    const [meta, rows, chunks] = await Promise.all([
      request(tx.objectStore(SESSIONS).get(id)) as Promise<Meta | undefined>,
      request(tx.objectStore(ROWS).getAll(ofSession(id))) as Promise<RowPage[]>,
      request(tx.objectStore(CHUNKS).index('session').getAll(id)) as Promise<StoredChunk[]>,
    ]);
    if (meta === undefined) return undefined;
    const { chunkKeys, ...rest } = meta;
    const session: ImportSession = {
      ...rest,
      rows: rows.flatMap((p) => p.rows),
      chunks: orderedChunks(chunkKeys, chunks),
      results: { ...rest.results },
    };
    for (const c of [...chunks].sort((a, b) => a.at - b.at)) Object.assign(session.results, c.results);
    writtenRows.set(id, session.rows);
    writtenChunks.set(id, new Map(session.chunks.map((c) => [c.key, c])));
    return session;
  };

  return {
    persistent: true,
    load,
    async latest(account) {
      const all = (await request(
        db.transaction(SESSIONS, 'readonly').objectStore(SESSIONS).getAll(),
      )) as Meta[];
      const newest = newestUnfinished(all, account);
      return newest === undefined ? undefined : load(newest.id);
    },
    async save(s) {
      // "strict": a chunk's key is on disk before its request goes out (Chrome defaults to relaxed).
      const tx = db.transaction([SESSIONS, ROWS, CHUNKS], 'readwrite', { durability: 'strict' });
      const { rows, chunks, ...rest } = s;
      tx.objectStore(SESSIONS).put({ ...rest, chunkKeys: chunks.map((c) => c.key) } satisfies Meta);
      writeRowPages(tx.objectStore(ROWS), s.id, rows, writtenRows.get(s.id) ?? []);
      const before = writtenChunks.get(s.id) ?? new Map<string, ChunkRecord>();
      const at = Date.now();
      for (const c of chunks) {
        if (before.get(c.key) === c) continue;
        const results = c.state === 'answered' ? resultsOf(s, c.lines) : undefined;
        const stored: StoredChunk = { ...c, sessionId: s.id, at, ...(results ? { results } : {}) };
        const chunkStore = tx.objectStore(CHUNKS);
        if (c.state === 'answered') {
          chunkStore.put(stored);
          continue;
        }
        // An answered chunk never goes back to sending: that would send its rows again.
        const existing = chunkStore.get([s.id, c.key]);
        existing.onsuccess = () => {
          if ((existing.result as StoredChunk | undefined)?.state !== 'answered') chunkStore.put(stored);
        };
      }
      await committed(tx);
      writtenRows.set(s.id, rows);
      writtenChunks.set(s.id, new Map(chunks.map((c) => [c.key, c])));
    },
    async remove(id) {
      const tx = db.transaction([SESSIONS, ROWS, CHUNKS], 'readwrite');
      tx.objectStore(SESSIONS).delete(id);
      tx.objectStore(ROWS).delete(ofSession(id));
      tx.objectStore(CHUNKS).delete(ofSession(id));
      await committed(tx);
      writtenRows.delete(id);
      writtenChunks.delete(id);
    },
  };
}

/** Sessions in this tab only: what the store falls back to without IndexedDB. */
export function memoryImportStore(): ImportStore {
  const sessions = new Map<string, ImportSession>();
  return {
    persistent: false,
    load: (id) => Promise.resolve(structuredClone(sessions.get(id))),
    latest: (account) => Promise.resolve(structuredClone(newestUnfinished([...sessions.values()], account))),
    save: (s) => {
      sessions.set(s.id, structuredClone(s));
      return Promise.resolve();
    },
    remove: (id) => {
      sessions.delete(id);
      return Promise.resolve();
    },
  };
}

/**
 * IndexedDB when the browser has it (private modes may refuse it), else memory. The database is opened on
 * first use, so the store can be made during render.
 */
export function openImportStore(): ImportStore {
  if (typeof indexedDB === 'undefined') return memoryImportStore();
  let current: Promise<ImportStore> | undefined;
  let persistent = true;
  const ready = () =>
    (current ??= open().then(indexedDbStore, () => {
      persistent = false;
      return memoryImportStore();
    }));
  return {
    get persistent() {
      return persistent;
    },
    load: async (id) => (await ready()).load(id),
    latest: async (account) => (await ready()).latest(account),
    save: async (s) => (await ready()).save(s),
    remove: async (id) => (await ready()).remove(id),
  };
}
