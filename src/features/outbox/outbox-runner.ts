// Sends what waits in the outbox: at start (also after a reload or a crash), when the browser comes back
// online, on a timer, and when the person asks. One tab at a time sends (Web Locks where available);
// an entry is marked "sending" in storage before its request goes out, so a tab that dies mid-request
// leaves it to be sent again, under the same key, by the next one.
import type { Connection } from '../../api/connection';
import { createTask } from '../../api/create-task';
import { classify } from '../../api/failure';
import { isOffline } from '../../api/retry';
import { backoffDelay, OUTBOX_POLICY, type RetryPolicy } from '../../api/retry-policy';
import type { Task } from '../../api/task';
import { outcomeOf, reasonOf } from './outcome';
import type { Outbox } from './outbox-store';
import type { QueuedTask } from '../../api/queued-task';
import type { OutboxEntry } from './outbox-types';

const LOCK = 'taskComposer.outbox';

export type Send = (conn: Connection, entry: OutboxEntry) => Promise<Task>;

export const sendEntry: Send = (conn, entry) => createTask(conn, entry.body, { idempotencyKey: entry.id });

export interface Runner {
  /** sends the entries that are due; `force`: also those still waiting out their delay */
  flush(force?: boolean): Promise<void>;
}

export interface RunnerOptions {
  send?: Send;
  /** when an entry is tried again after a failure */
  schedule?: RetryPolicy;
}

export function createRunner(
  outbox: Outbox,
  conn: Connection,
  account: string,
  { send = sendEntry, schedule = OUTBOX_POLICY }: RunnerOptions = {},
): Runner {
  let running: Promise<void> | null = null;

  const sendOne = async (entry: OutboxEntry): Promise<boolean> => {
    // taken back into the form, or cancelled, since this run listed it: not sent
    const now = outbox.get(entry.id)?.state;
    if (now !== 'waiting' && now !== 'sending') return true;
    await outbox.update(entry.id, { state: 'sending' });
    try {
      const task = await send(conn, entry);
      await outbox.update(entry.id, { state: 'created', taskId: task._id, reason: undefined });
      return true;
    } catch (error) {
      const tries = entry.tries + 1;
      const out = outcomeOf(error, tries, isOffline(), schedule);
      if (out.state === 'failed') {
        await outbox.update(entry.id, { state: 'failed', tries, reason: out.reason });
        return true;
      }
      await outbox.update(entry.id, {
        state: 'waiting',
        tries,
        reason: out.reason,
        nextTryAt: Date.now() + out.delayMs,
      });
      return !out.stop;
    }
  };

  const run = async (force: boolean) => {
    await outbox.reload();
    const now = Date.now();
    // "sending" in storage while this tab holds the lock means a tab died mid-request: send it again
    const due = outbox
      .entries()
      .filter((e) => e.account === account && (e.state === 'waiting' || e.state === 'sending'))
      .filter((e) => force || e.nextTryAt <= now);
    for (const entry of due) {
      if (!(await sendOne(entry))) break;
    }
  };

  const locked = (force: boolean): Promise<void> => {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return run(force);
    // ifAvailable: another tab is already sending; it will get to these entries too
    return locks.request(LOCK, { ifAvailable: true }, (lock) => (lock ? run(force) : undefined));
  };

  return {
    flush(force = false) {
      if (isOffline()) return Promise.resolve();
      running ??= locked(force)
        .catch(() => undefined)
        .finally(() => {
          running = null;
        });
      return running;
    },
  };
}

/**
 * Puts a task the form could not send into the outbox, committed before the promise resolves. Its first
 * try from there is the schedule's first wait away, or at once when the browser is back online.
 */
export async function enqueue(
  outbox: Outbox,
  conn: Connection,
  account: string,
  item: QueuedTask,
  schedule: RetryPolicy = OUTBOX_POLICY,
): Promise<OutboxEntry> {
  const now = Date.now();
  const offline = isOffline();
  const entry: OutboxEntry = {
    id: item.key,
    flow: item.flow,
    label: item.label,
    body: item.body,
    snapshot: item.snapshot,
    baseUrl: conn.baseUrl,
    account,
    state: 'waiting',
    queuedAt: now,
    updatedAt: now,
    tries: item.cause === undefined ? 0 : 1,
    nextTryAt: now + (offline ? 0 : backoffDelay(schedule, 1)),
    reason:
      item.cause === undefined
        ? { kind: offline ? 'offline' : 'network' }
        : reasonOf(classify(item.cause), offline),
  };
  await outbox.put(entry);
  return entry;
}
