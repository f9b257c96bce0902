import type { Connection } from '../../api/connection';
import { accountOf } from '../../api/account';
import type { RetryPolicy } from '../../api/retry-policy';
import { enqueue } from './outbox-runner';
import { sharedOutbox } from './outbox-store';
import type { QueuedTask } from '../../api/queued-task';
import type { OutboxEntry } from './outbox-types';

/**
 * Keeps a task the form could not send. Resolves once it is committed to IndexedDB, so the form may then
 * forget it; rejects when it could not be kept, and the form keeps it instead.
 */
export async function queueTask(
  conn: Connection,
  item: QueuedTask,
  schedule?: RetryPolicy,
): Promise<OutboxEntry> {
  const outbox = await sharedOutbox();
  const entry = await enqueue(outbox, conn, await accountOf(conn), item, schedule);
  // Ask the browser not to evict the outbox under storage pressure (granted silently or not at all in
  // most browsers); the outbox works either way.
  void navigator.storage?.persist?.().catch(() => false);
  return entry;
}

/** Forgets an entry that was opened in the form and has now been created or queued again from there. */
export async function forgetEntry(id: string): Promise<void> {
  await (await sharedOutbox()).remove(id);
}

/** A waiting entry opened in the form: kept, but not sent meanwhile (decision 031). */
export async function holdEntry(id: string): Promise<void> {
  const outbox = await sharedOutbox();
  if (outbox.get(id)?.state === 'waiting') await outbox.update(id, { state: 'editing' });
}

/** How many tasks of this connection's account are still to be sent (not failed, not created). */
export async function waitingCount(conn: Connection): Promise<number> {
  const outbox = await sharedOutbox();
  await outbox.reload();
  const account = await accountOf(conn);
  return outbox
    .entries()
    .filter((e) => e.account === account && ['waiting', 'sending', 'editing'].includes(e.state)).length;
}
