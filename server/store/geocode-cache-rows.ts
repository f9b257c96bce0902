// The external geocoders' answers kept in the database (docs/decisions/055), so a repeated search makes
// no request, across restarts too. Expired rows are read as missing and pruned a few at a time.
import type { Kysely } from 'kysely';
import type { DB } from './schema';

export interface GeocodeCache {
  /** the answer kept under `key`, unless it expired before `nowMs` */
  get(key: string, nowMs: number): Promise<unknown>;
  put(key: string, answer: unknown, expiresMs: number, nowMs: number): Promise<void>;
}

const PRUNE_BATCH = 100;

export function geocodeCacheRows(db: Kysely<DB>): GeocodeCache {
  return {
    async get(key, nowMs) {
      const row = await db
        .selectFrom('geocode_cache')
        .select('answer')
        .where('key', '=', key)
        .where('expires_ms', '>', nowMs)
        .executeTakeFirst();
      return row === undefined ? undefined : JSON.parse(row.answer);
    },
    async put(key, answer, expiresMs, nowMs) {
      await db
        .insertInto('geocode_cache')
        .values({ key, answer: JSON.stringify(answer), expires_ms: expiresMs })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            answer: eb.ref('excluded.answer'),
            expires_ms: eb.ref('excluded.expires_ms'),
          })),
        )
        .execute();
      await db
        .deleteFrom('geocode_cache')
        .where('key', 'in', (eb) =>
          eb
            .selectFrom('geocode_cache')
            .select('key')
            .where('expires_ms', '<=', nowMs)
            .orderBy('expires_ms')
            .limit(PRUNE_BATCH),
        )
        .execute();
    },
  };
}
