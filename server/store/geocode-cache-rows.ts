// The external geocoders' answers kept in the database (docs/decisions/055), so a repeated search makes
// no request, across restarts too. Expired rows are read as missing and pruned a few at a time.
import type Database from 'better-sqlite3';

export interface GeocodeCache {
  /** the answer kept under `key`, unless it expired before `nowMs` */
  get(key: string, nowMs: number): unknown;
  put(key: string, answer: unknown, expiresMs: number, nowMs: number): void;
}

const PRUNE_BATCH = 100;

export function geocodeCacheRows(db: Database.Database): GeocodeCache {
  const read = db.prepare<[string, number], { answer: string }>(
    'SELECT answer FROM geocode_cache WHERE key = ? AND expires_ms > ?',
  );
  const write = db.prepare(
    `INSERT INTO geocode_cache (key, answer, expires_ms) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET answer = excluded.answer, expires_ms = excluded.expires_ms`,
  );
  const prune = db.prepare(
    `DELETE FROM geocode_cache WHERE key IN
       (SELECT key FROM geocode_cache WHERE expires_ms <= ? ORDER BY expires_ms LIMIT ${PRUNE_BATCH})`,
  );
  return {
    get(key, nowMs) {
      const row = read.get(key, nowMs);
      return row === undefined ? undefined : JSON.parse(row.answer);
    },
    put(key, answer, expiresMs, nowMs) {
      write.run(key, JSON.stringify(answer), expiresMs);
      prune.run(nowMs);
    },
  };
}
