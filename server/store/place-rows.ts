// The built-in places index (docs/decisions/053): a plain table with a latitude index for the nearest
// place, and each engine's full-text index over its words for type-ahead. Shared rows have
// organization_id ''.
import type { Kysely } from 'kysely';
import type { Engine, PlaceHit } from './engine';
import { prepare } from './prepared';
import type { DB } from './schema';
import type { Place, PlaceRow, PlaceSource, Precision } from '../places/types';

export interface PlaceRows {
  /** replaces the row of the same organisation, source and ref (inside `db`, a transaction, when given) */
  put(row: PlaceRow, db?: Kysely<DB>): Promise<void>;
  /** an organisation's hubs become exactly `rows` */
  replaceHubs(organizationId: string, rows: readonly PlaceRow[]): Promise<void>;
  /** the hubs of organisations not in `keep` leave the index */
  keepOnlyHubsOf(keep: readonly string[]): Promise<void>;
  count(source: PlaceSource): Promise<number>;
  /** the shared cities become those of `country` (ISO alpha-2, upper case), unless they already are */
  useCities(country: string, load: () => readonly PlaceRow[]): Promise<void>;
  /**
   * the organisation's own rows with a word starting with each of `prefixes` (lower case letters and
   * digits), the newest first, at most `limit`, read in pages as the caller goes on
   */
  newest(organizationId: string, prefixes: readonly string[], limit: number): AsyncIterableIterator<Place>;
  /** the shared rows (the cities), read once and kept until they change */
  shared(): Promise<readonly Place[]>;
  /** rows of the organisation or shared, inside the box, any order */
  within(organizationId: string, box: Box): Promise<Place[]>;
}

export interface Box {
  south: number;
  north: number;
  west: number;
  east: number;
}

const toPlace = (r: PlaceHit): Place => ({
  name: r.name,
  address: r.address,
  lat: Number(r.lat),
  lng: Number(r.lng),
  precision: r.precision as Precision,
  source: r.kind as PlaceSource,
});

/** Rows read at first by `newest`; each further page is four times larger. */
const FIRST_PAGE = 64;

/** Rows written per statement when a whole list is loaded (the cities): far below either engine's limit. */
const ROWS_PER_INSERT = 500;

export function placeRows(engine: Engine): PlaceRows {
  const { db } = engine;
  const upsertQuery = (q: Kysely<DB>, rows: readonly PlaceRow[]) =>
    q
      .insertInto('places')
      .values(
        rows.map((r) => ({
          organization_id: r.organizationId,
          kind: r.source,
          ref: r.ref,
          name: r.name,
          address: r.address,
          lat: r.lat,
          lng: r.lng,
          precision: r.precision,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['organization_id', 'kind', 'ref']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          address: eb.ref('excluded.address'),
          lat: eb.ref('excluded.lat'),
          lng: eb.ref('excluded.lng'),
          precision: eb.ref('excluded.precision'),
        })),
      );
  const upsert = (q: Kysely<DB>, rows: readonly PlaceRow[]) => upsertQuery(q, rows).execute();
  // One row per stored task: the hot path.
  const upsertOne = prepare((row: PlaceRow) => upsertQuery(db, [row]));
  // The promise, so that searches arriving together share one read and one array (builtin.ts builds its
  // city index once per array). Only this process's writes forget it: the cities change only at a start.
  let shared: Promise<Place[]> | undefined;
  const readShared = async () =>
    (
      await db
        .selectFrom('places')
        .select(['name', 'address', 'lat', 'lng', 'precision', 'kind'])
        .where('organization_id', '=', '')
        .orderBy('id')
        .execute()
    ).map(toPlace);
  const putAll = async (q: Kysely<DB>, rows: readonly PlaceRow[]) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
      await upsert(q, rows.slice(i, i + ROWS_PER_INSERT));
  };
  return {
    async put(row, q = db) {
      await upsertOne(q, row);
      if (row.organizationId === '') shared = undefined;
    },
    replaceHubs: (organizationId, rows) =>
      db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('places')
          .where('organization_id', '=', organizationId)
          .where('kind', '=', 'hub')
          .execute();
        await putAll(trx, rows);
      }),
    // Past tasks stay searchable while their tasks are kept; only the hubs leave with the organisation.
    async keepOnlyHubsOf(keep) {
      let q = db.deleteFrom('places').where('kind', '=', 'hub');
      if (keep.length > 0) q = q.where('organization_id', 'not in', keep);
      await q.execute();
    },
    async count(source) {
      const r = await db
        .selectFrom('places')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', '=', source)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async useCities(country, load) {
      const held = await db
        .selectFrom('places')
        .select('id')
        .where('kind', '=', 'city')
        .where('organization_id', '=', '')
        .where('ref', 'like', `${country}.%`)
        .limit(1)
        .executeTakeFirst();
      if (held !== undefined) return;
      await db.transaction().execute(async (trx) => {
        await engine.lock(trx, 'cities');
        await trx.deleteFrom('places').where('kind', '=', 'city').where('organization_id', '=', '').execute();
        await putAll(trx, load());
      });
      shared = undefined;
    },
    // In pages that grow, each read whole: most searches stop within the first page (decision 068).
    async *newest(organizationId, prefixes, limit) {
      let below = Number.MAX_SAFE_INTEGER;
      let page = FIRST_PAGE;
      for (let left = limit; left > 0; left -= page, page *= 4) {
        const want = Math.min(page, left);
        const rows = await engine.newestPlaces(organizationId, prefixes, below, want);
        for (const r of rows) yield toPlace(r);
        if (rows.length < want) return;
        below = Number(rows[rows.length - 1]!.id);
      }
    },
    shared: () =>
      (shared ??= readShared().catch((e: unknown) => {
        shared = undefined;
        throw e;
      })),
    async within(organizationId, b) {
      const rows = await db
        .selectFrom('places')
        .select(['name', 'address', 'lat', 'lng', 'precision', 'kind'])
        .where('organization_id', 'in', [organizationId, ''])
        .where('lat', '>=', b.south)
        .where('lat', '<=', b.north)
        .where('lng', '>=', b.west)
        .where('lng', '<=', b.east)
        .execute();
      return rows.map(toPlace);
    },
  };
}
