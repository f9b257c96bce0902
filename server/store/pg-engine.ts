// PostgreSQL under Kysely: a pool of connections (or any pool-shaped client, such as PGlite in tests),
// the schema of pg-migrations.ts, full-text place search with prefix tsquery, and advisory locks where
// SQLite relies on its single writer.
import { Kysely, PostgresDialect, sql, type PostgresPool } from 'kysely';
import type { Engine, PlaceHit } from './engine';
import { migratePostgres } from './pg-migrations';
import type { DB } from './schema';

/** `jal:* & sud:*`: every word as a prefix. The words are letters and digits only (places/builtin.ts). */
const prefixQuery = (words: readonly string[]) =>
  words.map((w) => `'${w.replaceAll("'", "''")}':*`).join(' & ');

export async function openPostgresEngine(pool: PostgresPool): Promise<Engine> {
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let migratedFrom: number;
  try {
    migratedFrom = await migratePostgres(db);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return {
    name: 'postgres',
    db,
    migratedFrom,
    // The places index is in PostgreSQL's first schema: there is never a backfill.
    placesSince: 1,
    assigneeHas: (email) =>
      sql<boolean>`EXISTS (SELECT 1 FROM jsonb_array_elements_text(tasks.assignee::jsonb) AS a (v)
        WHERE lower(a.v) = lower(${email}))`,
    // The next page starts below the last id read, as on SQLite: no ranking here, the caller ranks.
    async newestPlaces(organizationId, prefixes, below, limit) {
      const r = await sql<PlaceHit & { id: string }>`SELECT id, name, address, lat, lng, "precision", kind
        FROM places
        WHERE search @@ to_tsquery('simple', ${prefixQuery(prefixes)}) AND id < ${below}
          AND organization_id = ${organizationId}
        ORDER BY id DESC LIMIT ${limit}`.execute(db);
      return r.rows;
    },
    async lock(trx, key) {
      await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
    },
    close: () => db.destroy(),
  };
}
