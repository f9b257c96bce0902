// The UPSTREAM gateway's Idempotency-Key records (docs/decisions/060). MileApp keeps none, so the gateway
// claims a key before it forwards the request and keeps what came of it: the answer, or that no answer
// came. They live in the store's database, so gateways sharing one PostgreSQL (DATABASE_URL) share them.
// A claim reads then writes in one transaction under the key's lock (engine.lock; on SQLite every
// transaction is BEGIN IMMEDIATE), so two requests with one key, from any processes, never both forward.
import type { Engine } from './engine';
import { prepare } from './prepared';
import { asBuffer } from './schema';

/**
 * `pending`: forwarded, no answer yet; `answered`: MileApp's 2xx, kept to be replayed; `unknown`: the
 * request may have reached MileApp but no usable answer came back, so it may or may not have created.
 */
export type UpstreamKeyState = 'pending' | 'answered' | 'unknown';

export interface UpstreamKeyRecord {
  /** SHA-256 of the endpoint and the canonical body, as in local mode */
  fingerprint: Buffer;
  state: UpstreamKeyState;
  /** the answer's status and body when `answered` */
  status: number;
  response: string;
  createdMs: number;
}

/** Where the gateway keeps its records: the store's table `upstream_keys`, on either engine. */
export interface UpstreamKeyStore {
  /**
   * Records the key as `pending` when it has no live record (none created at or after
   * `expiredBeforeMs`) and returns undefined; otherwise returns that record and writes nothing.
   */
  claim(
    scope: string,
    key: string,
    fingerprint: Buffer,
    nowMs: number,
    expiredBeforeMs: number,
  ): Promise<UpstreamKeyRecord | undefined>;
  find(scope: string, key: string, expiredBeforeMs: number): Promise<UpstreamKeyRecord | undefined>;
  /** what came of the forwarded request */
  settle(
    scope: string,
    key: string,
    state: 'answered' | 'unknown',
    status: number,
    response: string,
  ): Promise<void>;
  /** forgets a claim whose request certainly created nothing, so the key may be sent again */
  release(scope: string, key: string): Promise<void>;
}

const PURGE_EVERY_MS = 60_000;

const toRecord = (r: {
  fingerprint: Uint8Array;
  state: string;
  status: number;
  response: string;
  created_ms: number;
}): UpstreamKeyRecord => ({
  fingerprint: asBuffer(r.fingerprint),
  state: r.state as UpstreamKeyState,
  status: Number(r.status),
  response: r.response,
  createdMs: Number(r.created_ms),
});

export function upstreamKeyRows(engine: Engine): UpstreamKeyStore {
  const { db } = engine;
  let lastPurge = 0;

  type Key = { scope: string; key: string };
  const select = prepare((k: Key & { expiredBeforeMs: number }) =>
    db
      .selectFrom('upstream_keys')
      .select(['fingerprint', 'state', 'status', 'response', 'created_ms'])
      .where('scope', '=', k.scope)
      .where('key', '=', k.key)
      .where('created_ms', '>=', k.expiredBeforeMs),
  );
  const remove = prepare((k: Key) =>
    db.deleteFrom('upstream_keys').where('scope', '=', k.scope).where('key', '=', k.key),
  );
  const insert = prepare((k: Key & { fingerprint: Buffer; nowMs: number }) =>
    db.insertInto('upstream_keys').values({
      scope: k.scope,
      key: k.key,
      fingerprint: k.fingerprint,
      state: 'pending',
      status: 0,
      response: '',
      created_ms: k.nowMs,
    }),
  );
  const release = prepare((k: Key) =>
    db
      .deleteFrom('upstream_keys')
      .where('scope', '=', k.scope)
      .where('key', '=', k.key)
      .where('state', '=', 'pending'),
  );
  const settle = prepare((k: Key & { state: string; status: number; response: string }) =>
    db
      .updateTable('upstream_keys')
      .set({ state: k.state, status: k.status, response: k.response })
      .where('scope', '=', k.scope)
      .where('key', '=', k.key),
  );

  return {
    async claim(scope, key, fingerprint, nowMs, expiredBeforeMs) {
      const live = await db.transaction().execute(async (trx) => {
        await engine.lock(trx, `upstream\n${scope}\n${key}`);
        const row = (await select(trx, { scope, key, expiredBeforeMs })).rows[0];
        if (row !== undefined) return toRecord(row);
        await remove(trx, { scope, key });
        await insert(trx, { scope, key, fingerprint, nowMs });
        return undefined;
      });
      if (live === undefined && nowMs - lastPurge >= PURGE_EVERY_MS) {
        lastPurge = nowMs;
        await db.deleteFrom('upstream_keys').where('created_ms', '<', expiredBeforeMs).execute();
      }
      return live;
    },
    async find(scope, key, expiredBeforeMs) {
      const row = (await select(db, { scope, key, expiredBeforeMs })).rows[0];
      return row === undefined ? undefined : toRecord(row);
    },
    async settle(scope, key, state, status, response) {
      await settle(db, { scope, key, state, status, response });
    },
    async release(scope, key) {
      await release(db, { scope, key });
    },
  };
}
