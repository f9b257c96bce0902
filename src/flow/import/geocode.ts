// Finding the coordinates of imported rows from their address (issue 13, decision 059): which column
// gives the address of which location, which rows to ask about (each distinct address once), and what a
// search's answer means for a row. Pure: the import feature does the asking.
import { formatCoordinates } from '../coordinates';
import type { FieldSpec, FlowSpec } from '../types';
import { isEmptyCell } from './cells';
import { latTarget, lngTarget } from './targets';
import type { Cell, ColumnMapping, SheetRow } from './types';

/** A place as the places search answers it (`GET /api/places/search`). */
export interface GeoPlace {
  name: string;
  address: string;
  lat: number;
  lng: number;
  precision: 'exact' | 'street' | 'area' | 'city';
  source: string;
}

/** One location of the flow whose coordinates an address column can give. */
export interface GeocodeLink {
  /** the Geolocation component */
  field: FieldSpec;
  /** the column of its Address component */
  addressCol: number;
  /** where the coordinates go: its one column, or its latitude and longitude columns; none when unmapped */
  coords: { col: number } | { lat: number; lng: number } | null;
}

/**
 * The locations to find from an address: each Geolocation that names its Address (`useGeocode` +
 * `geocodeAs`), else, in a flow with exactly one Address and one Geolocation, that pair. The Address
 * must have a column; the location may have none (the feature then adds one).
 */
export function geocodeLinks(flow: FlowSpec, mapping: ColumnMapping): GeocodeLink[] {
  const shown = flow.fields.filter((f) => f.visible);
  const geos = shown.filter((f) => f.kind === 'geolocation');
  const addresses = shown.filter((f) => f.kind === 'address');
  const pairs: [FieldSpec, FieldSpec][] = [];
  for (const g of geos) {
    const a = g.geocodeAs === undefined ? undefined : addresses.find((f) => f.id === g.geocodeAs);
    if (a) pairs.push([g, a]);
  }
  if (pairs.length === 0 && geos.length === 1 && addresses.length === 1)
    pairs.push([geos[0]!, addresses[0]!]);
  return pairs.flatMap(([g, a]) => {
    const addressCol = mapping.indexOf(a.id);
    if (addressCol < 0) return [];
    const col = mapping.indexOf(g.id);
    const lat = mapping.indexOf(latTarget(g.id));
    const lng = mapping.indexOf(lngTarget(g.id));
    const coords = col >= 0 ? { col } : lat >= 0 && lng >= 0 ? { lat, lng } : null;
    return [{ field: g, addressCol, coords }];
  });
}

/** The same address however it is spaced or cased: asked once. */
export function addressKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const textOf = (cell: Cell): string =>
  isEmptyCell(cell) ? '' : cell instanceof Date ? '' : String(cell).trim();

/** The row's coordinates cells: empty (or no column) means nothing was given in the file. */
export function coordinatesGiven(link: GeocodeLink, cells: readonly Cell[]): boolean {
  const c = link.coords;
  if (c === null) return false;
  if ('col' in c) return !isEmptyCell(cells[c.col] ?? null);
  return !isEmptyCell(cells[c.lat] ?? null) || !isEmptyCell(cells[c.lng] ?? null);
}

/** The address a row's location would be found from, or '' when it has coordinates or no address. */
export function addressToFind(link: GeocodeLink, cells: readonly Cell[]): string {
  if (coordinatesGiven(link, cells)) return '';
  return textOf(cells[link.addressCol] ?? null);
}

export interface GeocodeWork {
  /** each distinct address still to ask, as first written, by key */
  addresses: Map<string, string>;
  /** the rows these addresses would fill */
  rows: number;
}

/**
 * What is left to ask: rows with an address and no coordinates, except those `skip` names (created
 * already), deduplicated by address and without the addresses `answered` already holds.
 */
export function geocodeWork(
  links: readonly GeocodeLink[],
  rows: readonly SheetRow[],
  answered: Readonly<Record<string, unknown>>,
  skip: (line: number) => boolean = () => false,
): GeocodeWork {
  const addresses = new Map<string, string>();
  let count = 0;
  for (const row of rows) {
    if (skip(row.line)) continue;
    for (const link of links) {
      const text = addressToFind(link, row.cells);
      if (text === '') continue;
      const key = addressKey(text);
      if (Object.hasOwn(answered, key)) continue;
      count++;
      if (!addresses.has(key)) addresses.set(key, text);
    }
  }
  return { addresses, rows: count };
}

export type GeocodeOutcome =
  | { kind: 'found'; place: GeoPlace }
  | { kind: 'none' }
  /** several places fit, or only a town: the person chooses */
  | { kind: 'several'; candidates: GeoPlace[] }
  | { kind: 'approximate'; candidates: GeoPlace[] };

const RANK: Readonly<Record<GeoPlace['precision'], number>> = { exact: 0, street: 1, area: 2, city: 3 };
/** Answers this close to the first are the same place (a hub and a past task at its door). */
const SAME_PLACE_M = 150;

function metres(a: GeoPlace, b: GeoPlace): number {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.hypot(x, y) * 6_371_000;
}

const words = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .join(' ');

/**
 * What a search's answer means for a row (decision 059). When some places are named exactly as typed,
 * only they count ("Bogor" is not "Bogorejo"). One place, or places all within 150 m of the first, or a
 * first place strictly more precise than every other: found. Found at town precision only: approximate
 * (never filled on its own). Otherwise several.
 */
export function classifyAnswer(query: string, places: readonly GeoPlace[]): GeocodeOutcome {
  if (places.length === 0) return { kind: 'none' };
  const typed = words(query);
  const named = places.filter((p) => words(p.name) === typed);
  const pool = named.length > 0 ? named : places;
  const first = pool[0]!;
  const rest = pool.slice(1);
  const one =
    rest.every((p) => metres(first, p) <= SAME_PLACE_M) ||
    rest.every((p) => RANK[first.precision] < RANK[p.precision]);
  if (!one) return { kind: 'several', candidates: [...pool] };
  if (first.precision === 'city') return { kind: 'approximate', candidates: [first] };
  return { kind: 'found', place: first };
}

/** The row's cells with the location's coordinates written in (its one column, or both halves). */
export function withCoordinates(
  link: GeocodeLink,
  cells: readonly Cell[],
  p: { lat: number; lng: number },
): Cell[] {
  const next = [...cells];
  const c = link.coords;
  if (c === null) return next;
  if ('col' in c) next[c.col] = formatCoordinates(p);
  else {
    next[c.lat] = formatCoordinates(p).split(',')[0]!;
    next[c.lng] = formatCoordinates(p).split(',')[1]!;
  }
  return next;
}

/** What the coordinates cells hold as one text, to tell a value filled by search from one typed later. */
export function coordinatesText(link: GeocodeLink, cells: readonly Cell[]): string {
  const c = link.coords;
  if (c === null) return '';
  if ('col' in c) return textOf(cells[c.col] ?? null);
  return `${textOf(cells[c.lat] ?? null)},${textOf(cells[c.lng] ?? null)}`;
}
