// The outbox's storage: the browser's own IndexedDB API (no wrapper library: four calls are all it needs).
import { committed, openDatabase, request } from '../../ui/indexed-db';
import type { OutboxEntry } from './outbox-types';

const DB_NAME = 'taskComposer';
const STORE = 'outbox';
const VERSION = 1;

export interface OutboxDb {
  /** false when the browser gave no IndexedDB: entries then live only as long as the tab */
  readonly persistent: boolean;
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(id: string): Promise<void>;
}

function open(): Promise<IDBDatabase> {
  return openDatabase(DB_NAME, VERSION, (db) => {
    if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
  });
}

function indexedDbStore(db: IDBDatabase): OutboxDb {
  // "strict": the write is on disk before we tell the person their task is safe (Chrome defaults to relaxed).
  const write = (run: (s: IDBObjectStore) => void) => {
    const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    run(tx.objectStore(STORE));
    return committed(tx);
  };
  return {
    persistent: true,
    all: () =>
      request(db.transaction(STORE, 'readonly').objectStore(STORE).getAll()) as Promise<OutboxEntry[]>,
    put: (entry) => write((s) => s.put(entry)),
    remove: (id) => write((s) => s.delete(id)),
  };
}

export function memoryStore(): OutboxDb {
  const rows = new Map<string, OutboxEntry>();
  return {
    persistent: false,
    all: () => Promise.resolve([...rows.values()].map((e) => structuredClone(e))),
    put: (entry) => {
      rows.set(entry.id, structuredClone(entry));
      return Promise.resolve();
    },
    remove: (id) => {
      rows.delete(id);
      return Promise.resolve();
    },
  };
}

/** IndexedDB when the browser has it (private modes may refuse it), else memory. */
export async function openOutboxDb(): Promise<OutboxDb> {
  if (typeof indexedDB === 'undefined') return memoryStore();
  try {
    return indexedDbStore(await open());
  } catch {
    return memoryStore();
  }
}
