// The UPSTREAM gateway's Idempotency-Key records (docs/decisions/060). MileApp keeps none, so the gateway
// claims a key before it forwards the request and keeps what came of it: the answer, or that no answer
// came. Claiming is one IMMEDIATE transaction, so two requests with one key, even from two processes on
// one file, never both forward.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

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

/** Where the gateway keeps its records; SQLite here, behind async methods so a networked store fits. */
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
  close(): void;
}

interface Row {
  fingerprint: Buffer;
  state: UpstreamKeyState;
  status: number;
  response: string;
  created_ms: number;
}

const PURGE_EVERY_MS = 60_000;

const toRecord = (r: Row): UpstreamKeyRecord => ({
  fingerprint: r.fingerprint,
  state: r.state,
  status: r.status,
  response: r.response,
  createdMs: r.created_ms,
});

/**
 * Opens (creating if need be) the gateway's table in the SQLite file at `path`: its own table, so the
 * same file can also hold a local store's tables.
 */
export function openUpstreamKeys(path: string): UpstreamKeyStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS upstream_keys (
      scope TEXT NOT NULL,
      key TEXT NOT NULL,
      fingerprint BLOB NOT NULL,
      state TEXT NOT NULL,
      status INTEGER NOT NULL,
      response TEXT NOT NULL,
      created_ms INTEGER NOT NULL,
      PRIMARY KEY (scope, key)
    );
    CREATE INDEX IF NOT EXISTS upstream_keys_created ON upstream_keys (created_ms);
  `);
  const find = db.prepare<[string, string, number], Row>(
    `SELECT fingerprint, state, status, response, created_ms FROM upstream_keys
     WHERE scope = ? AND key = ? AND created_ms >= ?`,
  );
  const remove = db.prepare<[string, string]>('DELETE FROM upstream_keys WHERE scope = ? AND key = ?');
  const insert = db.prepare(
    `INSERT INTO upstream_keys (scope, key, fingerprint, state, status, response, created_ms)
     VALUES (?, ?, ?, 'pending', 0, '', ?)`,
  );
  const release = db.prepare<[string, string]>(
    "DELETE FROM upstream_keys WHERE scope = ? AND key = ? AND state = 'pending'",
  );
  const settle = db.prepare(
    'UPDATE upstream_keys SET state = ?, status = ?, response = ? WHERE scope = ? AND key = ?',
  );
  const purge = db.prepare('DELETE FROM upstream_keys WHERE created_ms < ?');
  let lastPurge = 0;

  const claim = db.transaction(
    (scope: string, key: string, fp: Buffer, nowMs: number, expiredBeforeMs: number) => {
      const live = find.get(scope, key, expiredBeforeMs);
      if (live !== undefined) return toRecord(live);
      remove.run(scope, key);
      insert.run(scope, key, fp, nowMs);
      if (nowMs - lastPurge >= PURGE_EVERY_MS) {
        lastPurge = nowMs;
        purge.run(expiredBeforeMs);
      }
      return undefined;
    },
  );

  return {
    async claim(scope, key, fp, nowMs, expiredBeforeMs) {
      return claim.immediate(scope, key, fp, nowMs, expiredBeforeMs);
    },
    async find(scope, key, expiredBeforeMs) {
      const row = find.get(scope, key, expiredBeforeMs);
      return row === undefined ? undefined : toRecord(row);
    },
    async settle(scope, key, state, status, response) {
      settle.run(state, status, response, scope, key);
    },
    async release(scope, key) {
      release.run(scope, key);
    },
    close() {
      db.close();
    },
  };
}
