import type { Connection } from '../../api/connection';
import { accountOf } from '../../api/account';
import { enqueue } from './outbox-runner';
import { sharedOutbox } from './outbox-store';
import type { OutboxEntry, QueueItem } from './outbox-types';

/**
 * Keeps a task the form could not send. Resolves once it is committed to IndexedDB, so the form may then
 * forget it; rejects when it could not be kept, and the form keeps it instead.
 */
export async function queueTask(conn: Connection, item: QueueItem): Promise<OutboxEntry> {
  const outbox = await sharedOutbox();
  const entry = await enqueue(outbox, conn, await accountOf(conn), item);
  // Ask the browser not to evict the outbox under storage pressure (granted silently or not at all in
  // most browsers); the outbox works either way.
  void navigator.storage?.persist?.().catch(() => false);
  return entry;
}

/** Forgets an entry that was opened in the form and has now been created or queued again from there. */
export async function forgetEntry(id: string): Promise<void> {
  await (await sharedOutbox()).remove(id);
}
