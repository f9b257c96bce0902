// Idempotency-Key answers (docs/decisions/019-idempotency-keys.md). The key's answer is written in the
// same transaction as the tasks it created, and that transaction first looks the key up again, so two
// requests with one key can never both create, even from two processes on one file.
import type Database from 'better-sqlite3';
import type { IdempotentAnswer, NewIdempotentAnswer, PendingCreate, PendingOutcome, TaskDoc } from './types';

interface Row {
  fingerprint: Buffer;
  status: number;
  response: string;
  created_ms: number;
}

const PURGE_EVERY_MS = 60_000;

const toAnswer = (r: Row): IdempotentAnswer => ({
  fingerprint: r.fingerprint,
  status: r.status,
  response: r.response,
  createdMs: r.created_ms,
});

export function idempotencyRows(db: Database.Database, insertRow: (task: TaskDoc, doc?: string) => void) {
  const find = db.prepare<[string, string, number], Row>(
    `SELECT fingerprint, status, response, created_ms FROM idempotency_keys
     WHERE organization_id = ? AND key = ? AND created_ms >= ?`,
  );
  const dropExpired = db.prepare(
    'DELETE FROM idempotency_keys WHERE organization_id = ? AND key = ? AND created_ms < ?',
  );
  const insert = db.prepare(
    `INSERT INTO idempotency_keys (organization_id, key, fingerprint, status, response, created_ms)
     VALUES (@organizationId, @key, @fingerprint, @status, @response, @createdMs)`,
  );
  const purge = db.prepare('DELETE FROM idempotency_keys WHERE created_ms < ?');
  let lastPurge = 0;

  // Looked up again inside the caller's transaction: a live answer is returned and nothing is written;
  // otherwise `write` stores the tasks and the answer is stored with them.
  const storeOnce = (a: NewIdempotentAnswer, write: () => void): IdempotentAnswer | undefined => {
    const existing = find.get(a.organizationId, a.key, a.expiredBeforeMs);
    if (existing !== undefined) return toAnswer(existing);
    dropExpired.run(a.organizationId, a.key, a.expiredBeforeMs);
    write();
    insert.run({
      organizationId: a.organizationId,
      key: a.key,
      fingerprint: a.fingerprint,
      status: a.status,
      response: a.response,
      createdMs: a.createdMs,
    });
    return undefined;
  };

  const commit = db.transaction((tasks: readonly TaskDoc[], a: NewIdempotentAnswer) =>
    storeOnce(a, () => {
      for (const t of tasks) insertRow(t);
    }),
  );

  const purgeOnce = (a: NewIdempotentAnswer) => {
    if (a.createdMs - lastPurge >= PURGE_EVERY_MS) {
      lastPurge = a.createdMs;
      purge.run(a.expiredBeforeMs);
    }
  };

  // Group commit (docs/decisions/023): a keyed item is several statements, so it runs in a savepoint
  // (better-sqlite3 makes a transaction function called inside a transaction a SAVEPOINT) and a failure
  // undoes that item alone. An unkeyed item is one INSERT, which SQLite undoes alone when it fails.
  const keyedItem = db.transaction((p: PendingCreate, a: NewIdempotentAnswer) =>
    storeOnce(a, () => insertRow(p.task, p.doc)),
  );
  const batch = db.transaction((items: readonly PendingCreate[]): PendingOutcome[] =>
    items.map((p): PendingOutcome => {
      try {
        if (p.answer === undefined) {
          insertRow(p.task, p.doc);
          return { ok: true };
        }
        const prior = keyedItem(p, p.answer);
        return prior === undefined ? { ok: true } : { ok: true, prior };
      } catch (error) {
        // An error after which SQLite rolled the whole transaction back (disk full, I/O): the items
        // before it are gone too, so the batch fails as a whole rather than going on outside it.
        if (!db.inTransaction) throw error;
        return { ok: false, error };
      }
    }),
  );

  return {
    /** Many creates in one transaction: see Store.insertTaskBatch. */
    commitBatch(items: readonly PendingCreate[]): PendingOutcome[] {
      const outcomes = batch.immediate(items);
      let newest: NewIdempotentAnswer | undefined;
      for (const p of items)
        if (p.answer && (!newest || p.answer.createdMs > newest.createdMs)) newest = p.answer;
      if (newest) purgeOnce(newest);
      return outcomes;
    },
    find(organizationId: string, key: string, expiredBeforeMs: number): IdempotentAnswer | undefined {
      const row = find.get(organizationId, key, expiredBeforeMs);
      return row === undefined ? undefined : toAnswer(row);
    },
    /** Stores tasks + answer; when the key already has a live answer nothing is written and it is returned. */
    commit(tasks: readonly TaskDoc[], answer: NewIdempotentAnswer): IdempotentAnswer | undefined {
      // IMMEDIATE: the write lock is taken before the look-up, so another process cannot slip in between.
      const prior = commit.immediate(tasks, answer);
      purgeOnce(answer);
      return prior;
    },
  };
}
