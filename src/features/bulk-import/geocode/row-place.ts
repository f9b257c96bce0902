// Where a row stands on finding its location from its address: filled by search, waiting to be asked,
// or left for the person (not found, several places, only a town). Derived from the cells and the kept
// answers each time, so an edit in the grid is reflected at once.
import {
  addressKey,
  addressToFind,
  classifyAnswer,
  coordinatesText,
  withCoordinates,
  type GeocodeLink,
  type GeoPlace,
} from '../../../flow/import/geocode';
import type { SheetRow } from '../../../flow/import/types';
import type { GeocodeState, ImportSession } from '../session/types';

export type RowPlace =
  | { kind: 'found'; link: GeocodeLink; place: GeoPlace }
  | { kind: 'pending'; link: GeocodeLink; address: string }
  | { kind: 'none'; link: GeocodeLink; address: string }
  | { kind: 'several' | 'approximate'; link: GeocodeLink; address: string; candidates: GeoPlace[] };

export type Unplaced = Extract<RowPlace, { kind: 'none' | 'several' | 'approximate' }>;

export const filledKey = (line: number, link: GeocodeLink) => `${line}:${link.field.id}`;

export const EMPTY_GEOCODE: GeocodeState = { answers: {}, filled: {}, running: false };

/** The first location of the row with something to show or do, or null. */
export function rowPlace(
  links: readonly GeocodeLink[],
  row: SheetRow,
  geo: GeocodeState = EMPTY_GEOCODE,
): RowPlace | null {
  for (const link of links) {
    const filled = geo.filled[filledKey(row.line, link)];
    const text = coordinatesText(link, row.cells);
    if (filled && filled.text === text) return { kind: 'found', link, place: filled.place };
    const address = addressToFind(link, row.cells);
    if (address === '') continue;
    const answer = geo.answers[addressKey(address)];
    if (answer === undefined) return { kind: 'pending', link, address };
    const outcome = classifyAnswer(address, answer);
    // Found but empty: filled by the next run (a row added, or its coordinates cleared).
    if (outcome.kind === 'found') return { kind: 'pending', link, address };
    if (outcome.kind === 'none') return { kind: 'none', link, address };
    return { kind: outcome.kind, link, address, candidates: outcome.candidates };
  }
  return null;
}

export const isUnplaced = (p: RowPlace | null): p is Unplaced =>
  p !== null && (p.kind === 'none' || p.kind === 'several' || p.kind === 'approximate');

/** The session with `place` written as the row's location, marked as found by search. */
export function placeRow(
  s: ImportSession,
  line: number,
  link: GeocodeLink,
  place: GeoPlace,
): { session: ImportSession; row: SheetRow | null } {
  const at = s.rows.findIndex((r) => r.line === line);
  const old = s.rows[at];
  if (!old) return { session: s, row: null };
  const row: SheetRow = { line, cells: withCoordinates(link, old.cells, place) };
  const geo = s.geocode ?? EMPTY_GEOCODE;
  const filled = {
    ...geo.filled,
    [filledKey(line, link)]: { text: coordinatesText(link, row.cells), place },
  };
  return { session: { ...s, rows: s.rows.with(at, row), geocode: { ...geo, filled } }, row };
}

/**
 * Every row whose address the kept answers place with certainty and whose coordinates are still empty,
 * filled (only those of the address `onlyKey` when given); the rows changed are returned to be checked again.
 */
export function fillFound(
  s: ImportSession,
  links: readonly GeocodeLink[],
  skip: (line: number) => boolean,
  onlyKey?: string,
): { session: ImportSession; changed: SheetRow[] } {
  const geo = s.geocode ?? EMPTY_GEOCODE;
  const filled = { ...geo.filled };
  const changed: SheetRow[] = [];
  const rows = s.rows.map((row) => {
    if (skip(row.line)) return row;
    let cells = row.cells;
    for (const link of links) {
      const address = addressToFind(link, cells);
      const key = address === '' ? undefined : addressKey(address);
      if (key === undefined || (onlyKey !== undefined && key !== onlyKey)) continue;
      const answer = geo.answers[key];
      if (answer === undefined) continue;
      const outcome = classifyAnswer(address, answer);
      if (outcome.kind !== 'found') continue;
      cells = withCoordinates(link, cells, outcome.place);
      filled[filledKey(row.line, link)] = { text: coordinatesText(link, cells), place: outcome.place };
    }
    if (cells === row.cells) return row;
    const next = { line: row.line, cells };
    changed.push(next);
    return next;
  });
  if (changed.length === 0) return { session: s, changed };
  return { session: { ...s, rows, geocode: { ...geo, filled } }, changed };
}
