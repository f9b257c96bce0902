// Outbox tests: a fresh in-memory IndexedDB and a fresh shared outbox for every test.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import type { Connection } from '../../api/connection';
import { accountOf } from '../../api/account';
import { resetSharedOutbox } from './outbox-store';
import type { OutboxEntry } from './outbox-types';

export function freshOutboxPerTest(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetSharedOutbox();
  });
}

let n = 0;

/** An entry as the form would have queued it for `conn`, with `patch` on top. */
export async function entryFor(conn: Connection, patch: Partial<OutboxEntry> = {}): Promise<OutboxEntry> {
  n++;
  const now = Date.now();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    flow: 'Visit',
    label: `Customer ${n}`,
    body: { flow: 'Visit', hubId: 'hub-jkt', field1: `Customer ${n}` },
    snapshot: {
      values: { field1: `Customer ${n}` },
      hubId: 'hub-jkt',
      assignee: [],
      startTime: '',
      endTime: '',
    },
    baseUrl: conn.baseUrl,
    account: await accountOf(conn),
    state: 'waiting',
    queuedAt: now + n,
    updatedAt: now,
    tries: 1,
    nextTryAt: now,
    reason: { kind: 'offline' },
    ...patch,
  };
}
