// The outbox in memory, written through to its storage: every change is committed there first, and only
// then shown, so what the screen says is kept is kept. Other tabs hear of changes and read them again.
import { openOutboxDb, type OutboxDb } from './outbox-db';
import type { OutboxEntry } from './outbox-types';

const CHANNEL = 'taskComposer.outbox';

export interface Outbox {
  readonly persistent: boolean;
  /** oldest first; a new array after every change (for useSyncExternalStore) */
  entries(): readonly OutboxEntry[];
  subscribe(listener: () => void): () => void;
  get(id: string): OutboxEntry | undefined;
  put(entry: OutboxEntry): Promise<void>;
  update(id: string, patch: Partial<OutboxEntry>): Promise<OutboxEntry | undefined>;
  remove(id: string): Promise<void>;
  /** reads the storage again (another tab may have changed it) */
  reload(): Promise<void>;
  /** stops hearing other tabs */
  close(): void;
}

function sorted(list: Iterable<OutboxEntry>): OutboxEntry[] {
  return [...list].sort((a, b) => a.queuedAt - b.queuedAt);
}

export async function createOutbox(db: OutboxDb): Promise<Outbox> {
  const listeners = new Set<() => void>();
  let list: OutboxEntry[] = sorted(await db.all());
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const show = (next: OutboxEntry[], tell: boolean) => {
    list = sorted(next);
    for (const l of listeners) l();
    if (tell) channel?.postMessage('changed');
  };
  const outbox: Outbox = {
    persistent: db.persistent,
    entries: () => list,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: (id) => list.find((e) => e.id === id),
    async put(entry) {
      await db.put(entry);
      show([...list.filter((e) => e.id !== entry.id), entry], true);
    },
    async update(id, patch) {
      const current = list.find((e) => e.id === id);
      if (!current) return undefined;
      const next = { ...current, ...patch, id, updatedAt: Date.now() };
      await outbox.put(next);
      return next;
    },
    async remove(id) {
      await db.remove(id);
      show(
        list.filter((e) => e.id !== id),
        true,
      );
    },
    async reload() {
      show(await db.all(), false);
    },
    close() {
      channel?.close();
    },
  };
  if (channel) channel.onmessage = () => void outbox.reload();
  return outbox;
}

let shared: Promise<Outbox> | null = null;

/** The one outbox of this tab, opened on first use. */
export function sharedOutbox(): Promise<Outbox> {
  shared ??= openOutboxDb().then(createOutbox);
  return shared;
}

/** Tests start from an empty outbox. */
export function resetSharedOutbox(): void {
  void shared?.then((o) => o.close());
  shared = null;
}
