// Idempotency-Key answers (docs/decisions/019-idempotency-keys.md). The key's answer is written in the
// same transaction as the tasks it created, and that transaction first looks the key up again (after
// taking the key's lock), so two requests with one key can never both create, even from two processes.
import type { Kysely, Transaction } from 'kysely';
import type { Engine } from './engine';
import { prepare } from './prepared';
import { asBuffer, type DB } from './schema';
import type { IdempotentAnswer, NewIdempotentAnswer, PendingCreate, PendingOutcome, TaskDoc } from './types';

const PURGE_EVERY_MS = 60_000;

const toAnswer = (r: {
  fingerprint: Uint8Array;
  status: number;
  response: string;
  created_ms: number;
}): IdempotentAnswer => ({
  fingerprint: asBuffer(r.fingerprint),
  status: Number(r.status),
  response: r.response,
  createdMs: Number(r.created_ms),
});

export function idempotencyRows(
  engine: Engine,
  insertRow: (db: Kysely<DB>, task: TaskDoc, doc?: string) => Promise<void>,
) {
  const { db } = engine;
  let lastPurge = 0;

  type Key = { organizationId: string; key: string; expiredBeforeMs: number };
  const select = prepare((k: Key) =>
    db
      .selectFrom('idempotency_keys')
      .select(['fingerprint', 'status', 'response', 'created_ms'])
      .where('organization_id', '=', k.organizationId)
      .where('key', '=', k.key)
      .where('created_ms', '>=', k.expiredBeforeMs),
  );
  const dropExpired = prepare((k: Key) =>
    db
      .deleteFrom('idempotency_keys')
      .where('organization_id', '=', k.organizationId)
      .where('key', '=', k.key)
      .where('created_ms', '<', k.expiredBeforeMs),
  );
  const insert = prepare((a: NewIdempotentAnswer) =>
    db.insertInto('idempotency_keys').values({
      organization_id: a.organizationId,
      key: a.key,
      fingerprint: a.fingerprint,
      status: a.status,
      response: a.response,
      created_ms: a.createdMs,
    }),
  );

  const find = async (q: Kysely<DB>, k: Key) => {
    const row = (await select(q, k)).rows[0];
    return row === undefined ? undefined : toAnswer(row);
  };

  // Inside the caller's transaction: a live answer is returned and nothing is written; otherwise `write`
  // stores the tasks and the answer is stored with them.
  const storeOnce = async (
    trx: Transaction<DB>,
    a: NewIdempotentAnswer,
    write: () => Promise<void>,
  ): Promise<IdempotentAnswer | undefined> => {
    await engine.lock(trx, `idempotency\n${a.organizationId}\n${a.key}`);
    const existing = await find(trx, a);
    if (existing !== undefined) return existing;
    await dropExpired(trx, a);
    await write();
    await insert(trx, a);
    return undefined;
  };

  const purgeOnce = async (a: NewIdempotentAnswer) => {
    if (a.createdMs - lastPurge >= PURGE_EVERY_MS) {
      lastPurge = a.createdMs;
      await db.deleteFrom('idempotency_keys').where('created_ms', '<', a.expiredBeforeMs).execute();
    }
  };

  const storeItem = async (q: Transaction<DB>, p: PendingCreate): Promise<PendingOutcome> => {
    const prior =
      p.answer === undefined
        ? (await insertRow(q, p.task, p.doc), undefined)
        : await storeOnce(q, p.answer, () => insertRow(q, p.task, p.doc));
    return prior === undefined ? { ok: true } : { ok: true, prior };
  };

  /**
   * Each item in a savepoint, so a failure undoes that item alone (on PostgreSQL any failed statement
   * would otherwise abort the whole transaction). When even the savepoint cannot be rolled back, the
   * transaction is gone: the batch fails as a whole rather than going on outside it.
   */
  const itemByItem = async (items: readonly PendingCreate[]): Promise<PendingOutcome[]> => {
    const trx = await db.startTransaction().execute();
    const outcomes: PendingOutcome[] = [];
    try {
      for (const p of items) {
        const sp = await trx.savepoint('item').execute();
        try {
          const outcome = await storeItem(sp, p);
          await sp.releaseSavepoint('item').execute();
          outcomes.push(outcome);
        } catch (error) {
          await sp
            .rollbackToSavepoint('item')
            .execute()
            .catch(() => {
              throw error;
            });
          await sp.releaseSavepoint('item').execute();
          outcomes.push({ ok: false, error });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => {});
      throw error;
    }
    return outcomes;
  };

  /**
   * The batch with no savepoints: two statements less per item, which on SQLite is a third of an
   * insert's time. An item that fails undoes the whole transaction and the batch is done again item by
   * item; a batch of one item just reports its failure. Undefined when it failed that way.
   */
  const allAtOnce = async (items: readonly PendingCreate[]): Promise<PendingOutcome[] | undefined> => {
    let failed: { error: unknown } | undefined;
    try {
      return await db.transaction().execute(async (trx) => {
        const outcomes: PendingOutcome[] = [];
        for (const p of items)
          outcomes.push(
            await storeItem(trx, p).catch((error: unknown) => {
              failed = { error };
              throw error;
            }),
          );
        return outcomes;
      });
    } catch (error) {
      if (failed === undefined) throw error;
      return items.length === 1 ? [{ ok: false, error: failed.error }] : undefined;
    }
  };

  return {
    /** Many creates in one transaction: see Store.insertTaskBatch. */
    async commitBatch(items: readonly PendingCreate[]): Promise<PendingOutcome[]> {
      const outcomes = (await allAtOnce(items)) ?? (await itemByItem(items));
      let newest: NewIdempotentAnswer | undefined;
      for (const p of items)
        if (p.answer && (!newest || p.answer.createdMs > newest.createdMs)) newest = p.answer;
      if (newest) await purgeOnce(newest);
      return outcomes;
    },
    find: (organizationId: string, key: string, expiredBeforeMs: number) =>
      find(db, { organizationId, key, expiredBeforeMs }),
    /** Stores tasks + answer; when the key already has a live answer nothing is written and it is returned. */
    async commit(
      tasks: readonly TaskDoc[],
      answer: NewIdempotentAnswer,
    ): Promise<IdempotentAnswer | undefined> {
      const prior = await db.transaction().execute((trx) =>
        storeOnce(trx, answer, async () => {
          for (const t of tasks) await insertRow(trx, t);
        }),
      );
      await purgeOnce(answer);
      return prior;
    },
  };
}
