// One task put aside because the API could not be reached, kept in IndexedDB until it is created.
// The id is the task's idempotency key: every try sends it, so the server creates the task once.
import type { TaskSnapshot } from '../../api/queued-task';

/** `editing`: taken back into the form before it was sent; not sent until the form sends it or it is put back. */
export type OutboxState = 'waiting' | 'sending' | 'editing' | 'created' | 'failed';

/** Why an entry is waiting or failed; worded when shown, so switching the language re-words it. */
export type OutboxReason =
  | { kind: 'offline' }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'server'; status: number; message: string }
  | { kind: 'rateLimited' }
  | { kind: 'unauthorized' }
  /** an earlier try reached MileApp but its answer was lost: the task may exist (decision 060) */
  | { kind: 'maybeCreated' }
  /** a 4xx: the server's final word on this body; `errors` are its field messages by body key */
  | { kind: 'rejected'; status: number; message: string; errors?: Record<string, string[]> };

export interface OutboxEntry {
  /** the idempotency key */
  id: string;
  flow: string;
  /** what the person recognises the task by (its title), may be empty */
  label: string;
  /** the exact POST /task body, sent as it was when the person pressed "Create task" */
  body: Record<string, unknown>;
  snapshot: TaskSnapshot;
  /** the API it is meant for, and a hash of that API + token: never sent to another organisation */
  baseUrl: string;
  account: string;
  state: OutboxState;
  queuedAt: number;
  updatedAt: number;
  tries: number;
  nextTryAt: number;
  reason?: OutboxReason;
  taskId?: string;
}

/** Not created yet: still to be sent, or refused and waiting to be corrected. */
export function isUnsent(entry: OutboxEntry): boolean {
  return entry.state !== 'created';
}
