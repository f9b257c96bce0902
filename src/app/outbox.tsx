// Where the outbox meets the form (features never import each other; docs/architecture.md). The outbox
// is its own chunk: its panel loads with the workspace, and the code that keeps a task loads on first need.
import { lazy, Suspense, useCallback, useEffect } from 'react';
import { requireConnection, useConnection, type Connection } from '../api/connection';
import { useRetryPolicies } from '../api/retry-context';
import type { OutboxEntry } from '../features/outbox/outbox-types';
import type { TaskFormProps } from '../features/task-form/TaskForm';
import type { QueuedTask } from '../api/queued-task';

const OutboxPanel = lazy(() =>
  import('../features/outbox/OutboxPanel').then((m) => ({ default: m.OutboxPanel })),
);
const WaitingOnDevice = lazy(() =>
  import('../features/outbox/WaitingOnDevice').then((m) => ({ default: m.WaitingOnDevice })),
);
const queueModule = () => import('../features/outbox/queue');

export function OutboxSlot({ onReopen }: { onReopen(entry: OutboxEntry): void }) {
  // Fetched now, while there is a network: it is needed exactly when there is none.
  useEffect(() => {
    void queueModule().catch(() => undefined);
  }, []);
  return (
    <Suspense fallback={null}>
      <OutboxPanel onReopen={onReopen} />
    </Suspense>
  );
}

/** On the connection screen: the tasks kept on this device, of any account, until one connects. */
export function WaitingOnDeviceSlot() {
  return (
    <Suspense fallback={null}>
      <WaitingOnDevice />
    </Suspense>
  );
}

/**
 * The form's view of an entry: its values, and the server's messages for a refused one. One not sent yet
 * keeps its idempotency key (decision 031): an earlier try may have created it, and a second task must not.
 */
export function reopenedOf(entry: OutboxEntry): NonNullable<TaskFormProps['reopened']> {
  const reason = entry.reason;
  return {
    snapshot: entry.snapshot,
    refused:
      reason?.kind === 'rejected'
        ? { message: reason.message, ...(reason.errors ? { errors: reason.errors } : {}) }
        : undefined,
    ...(entry.state === 'failed' ? {} : { key: entry.id }),
  };
}

/** The form's hand-over to the outbox, under the current connection. */
export function useQueueTask(): (task: QueuedTask) => Promise<void> {
  const { connection } = useConnection();
  const { outbox: schedule } = useRetryPolicies();
  return useCallback(
    async (task: QueuedTask) => {
      const { queueTask } = await queueModule();
      await queueTask(requireConnection(connection), task, schedule);
    },
    [connection, schedule],
  );
}

/**
 * An entry opened in the form has left it: created, or queued again. Queued under its own key (a task
 * edited before it was sent), the queued task has taken its place and stays.
 */
export function forgetOutboxEntry(id: string | undefined, queuedAs?: string): void {
  if (id !== undefined && id !== queuedAs) void queueModule().then((m) => m.forgetEntry(id));
}

/** How many tasks of this account are still to be sent; 0 should the outbox not load (nothing to say). */
export function waitingCountOf(conn: Connection): Promise<number> {
  return queueModule().then(
    (m) => m.waitingCount(conn),
    () => 0,
  );
}

/** A waiting entry opened in the form is held there: not sent meanwhile (decision 031). */
export function holdOutboxEntry(entry: OutboxEntry): void {
  if (entry.state === 'waiting') void queueModule().then((m) => m.holdEntry(entry.id));
}
