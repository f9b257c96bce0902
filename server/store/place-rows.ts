// The built-in places index (docs/decisions/053): a plain table with a latitude index for the nearest
// place, and an FTS5 index over its words for type-ahead. Shared rows have organization_id ''.
import type Database from 'better-sqlite3';
import type { Place, PlaceRow, PlaceSource, Precision } from '../places/types';

export interface PlaceRows {
  /** replaces the row of the same organisation, source and ref */
  put(row: PlaceRow): void;
  /** an organisation's hubs become exactly `rows` */
  replaceHubs(organizationId: string, rows: readonly PlaceRow[]): void;
  /** the hubs of organisations not in `keep` leave the index */
  keepOnlyHubsOf(keep: readonly string[]): void;
  count(source: PlaceSource): number;
  /** the shared cities become those of `country` (ISO alpha-2, upper case), unless they already are */
  useCities(country: string, load: () => readonly PlaceRow[]): void;
  /** the organisation's own rows matching the FTS5 query `match`, the newest first, at most `limit` */
  newest(organizationId: string, match: string, limit: number): IterableIterator<Place>;
  /** the shared rows (the cities), read once and kept until they change */
  shared(): readonly Place[];
  /** rows of the organisation or shared, inside the box, any order */
  within(organizationId: string, box: Box): Place[];
}

/** Rows read at first by `newest`; each further page is four times larger. */
const FIRST_PAGE = 64;

export interface Box {
  south: number;
  north: number;
  west: number;
  east: number;
}

interface Row {
  name: string;
  address: string;
  lat: number;
  lng: number;
  precision: Precision;
  kind: PlaceSource;
}

const toPlace = (r: Row): Place => ({
  name: r.name,
  address: r.address,
  lat: r.lat,
  lng: r.lng,
  precision: r.precision,
  source: r.kind,
});

export function placeRows(db: Database.Database): PlaceRows {
  const upsert = db.prepare(
    `INSERT INTO places (organization_id, kind, ref, name, address, lat, lng, precision)
     VALUES (@organizationId, @source, @ref, @name, @address, @lat, @lng, @precision)
     ON CONFLICT (organization_id, kind, ref) DO UPDATE SET name = excluded.name, address = excluded.address,
       lat = excluded.lat, lng = excluded.lng, precision = excluded.precision`,
  );
  const dropHubs = db.prepare("DELETE FROM places WHERE organization_id = ? AND kind = 'hub'");
  const dropOtherHubs = db.prepare(
    "DELETE FROM places WHERE kind = 'hub' AND organization_id NOT IN (SELECT value FROM json_each(?))",
  );
  const citiesOf = db.prepare<[string], { n: number }>(
    "SELECT count(*) AS n FROM places WHERE kind = 'city' AND organization_id = '' AND ref LIKE ? || '.%'",
  );
  const dropCities = db.prepare("DELETE FROM places WHERE kind = 'city' AND organization_id = ''");
  const counter = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM places WHERE kind = ?');
  // Newest first, and no ranking in SQLite: bm25 costs microseconds a matching row and a prefix such as
  // "jal" matches every address of a large organisation; the caller reads only as many rows as it needs
  // and ranks them itself (docs/decisions/068).
  const newest = db.prepare<[string, number, string, number], Row & { id: number }>(
    `SELECT p.id, p.name, p.address, p.lat, p.lng, p.precision, p.kind
     FROM places_fts f JOIN places p ON p.id = f.rowid
     WHERE places_fts MATCH ? AND f.rowid < ? AND p.organization_id = ?
     ORDER BY f.rowid DESC LIMIT ?`,
  );
  const sharedRows = db.prepare<[], Row>(
    "SELECT name, address, lat, lng, precision, kind FROM places WHERE organization_id = '' ORDER BY id",
  );
  let shared: Place[] | undefined;
  const box = db.prepare<[string, number, number, number, number], Row>(
    `SELECT name, address, lat, lng, precision, kind FROM places
     WHERE organization_id IN (?, '') AND lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?`,
  );
  const put = (row: PlaceRow) => {
    upsert.run(row);
    if (row.organizationId === '') shared = undefined;
  };
  return {
    put,
    replaceHubs: db.transaction((organizationId: string, rows: readonly PlaceRow[]) => {
      dropHubs.run(organizationId);
      for (const r of rows) put(r);
    }),
    // Past tasks stay searchable while their tasks are kept; only the hubs leave with the organisation.
    keepOnlyHubsOf: (keep) => void dropOtherHubs.run(JSON.stringify(keep)),
    count: (source) => counter.get(source)!.n,
    useCities: (country, load) => {
      if (citiesOf.get(country)!.n > 0) return;
      db.transaction(() => {
        dropCities.run();
        shared = undefined;
        load().forEach(put);
      })();
    },
    // In pages that grow, read whole: most searches stop within the first page, and reading a page at
    // once costs about half as much a row as stepping through the statement.
    *newest(organizationId, match, limit) {
      let below = Number.MAX_SAFE_INTEGER;
      let page = FIRST_PAGE;
      for (let left = limit; left > 0; left -= page, page *= 4) {
        const rows = newest.all(match, below, organizationId, Math.min(page, left));
        for (const r of rows) yield toPlace(r);
        if (rows.length < Math.min(page, left)) return;
        below = rows[rows.length - 1]!.id;
      }
    },
    shared: () => (shared ??= sharedRows.all().map(toPlace)),
    within: (organizationId, b) => box.all(organizationId, b.south, b.north, b.west, b.east).map(toPlace),
  };
}
