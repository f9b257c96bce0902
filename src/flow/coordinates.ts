// Coordinates travel as one string "lat,lng" (mileapp-api.md §1.3). People paste them in many shapes,
// so reading is lenient and says how it read a text; formatting and checking of the wire form are strict.
import { looksLikeAngles, readAngles, type Found } from './coordinate-angles';
import { readMapLink } from './coordinate-links';

export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * How a text was read. `asWritten`: latitude first, or the text says which is which (hemisphere letters, a
 * map link). `swapped`: the first number cannot be a latitude (beyond ±90), so the longitude came first.
 * `swappedNearHub`: both orders are possible, and only longitude-first lies in the hub's region.
 */
export type ReadOrder = 'asWritten' | 'swapped' | 'swappedNearHub';

export type CoordinateReading =
  | { ok: true; point: LatLng; wire: string; order: ReadOrder }
  | { ok: false; problem: 'empty' | 'unreadable' | 'outOfRange' };

const WIRE = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/;
const DOT = String.raw`([+-]?\d+(?:\.\d+)?)`;
const ANY = String.raw`([+-]?\d+(?:[.,]\d+)?)`;
// "-6.2,106.8", "-6.2, 106.8", "-6.2 106.8"; with decimal commas "-6,2; 106,8" or "-6,2 106,8". A comma
// between numbers with decimal commas ("-6,2,106,8") could be read more than one way: refused.
const PAIRS: readonly RegExp[] = [
  new RegExp(String.raw`^${DOT}(?:\s*,\s*|\s+)${DOT}$`),
  new RegExp(String.raw`^${ANY}\s*;\s*${ANY}$`),
  new RegExp(String.raw`^${ANY}\s+${ANY}$`),
];
const BRACKETS = /^[([](.*)[)\]]$/s;
const MINUS = /[\u2212\u2013]/g;
const DEGREE = /[º˚]/g;
const PRIME = /[′’‘´`]/g;
const DOUBLE_PRIME = /[″”“]|''/g;
// Longer text is not a coordinate or a map link; the cap also bounds the regex work.
const MAX_LENGTH = 4096;
/** A hub's region: a point farther than this from the hub is not where its tasks usually are. */
export const HUB_REGION_KM = 500;
const EARTH_KM = 6371;

function inRange(lat: number, lng: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function num(s: string | undefined): number {
  return Number((s ?? '').replace(',', '.'));
}

function found(text: string): Found | null {
  for (const re of PAIRS) {
    const m = re.exec(text);
    if (m) return { kind: 'ordered', first: num(m[1]), second: num(m[2]) };
  }
  return readMapLink(text) ?? (looksLikeAngles(text) ? readAngles(text) : null);
}

function reading(lat: number, lng: number, order: ReadOrder): CoordinateReading {
  const point = { lat, lng };
  return { ok: true, point, wire: formatCoordinates(point), order };
}

/** Latitude first unless it cannot be, or unless only longitude-first is near the hub. */
function decide(first: number, second: number, hub: LatLng | undefined): CoordinateReading {
  const written = inRange(first, second);
  const swapped = inRange(second, first);
  if (!written && !swapped) return { ok: false, problem: 'outOfRange' };
  if (!written) return reading(second, first, 'swapped');
  if (swapped && hub) {
    const near = (p: LatLng) => distanceKm(p, hub) <= HUB_REGION_KM;
    if (!near({ lat: first, lng: second }) && near({ lat: second, lng: first }))
      return reading(second, first, 'swappedNearHub');
  }
  return reading(first, second, 'asWritten');
}

/**
 * Reads `lat,lng` in the forms people use: "-6.2, 106.8", "-6,2; 106,8", "6°12'S 106°48'E" (also
 * 6°12'30"S, 6.2°S, LS/BT), a Google Maps or OpenStreetMap link, and longitude first when it cannot be
 * otherwise or when `hub` makes only that order plausible.
 */
export function readCoordinates(text: string, hub?: LatLng): CoordinateReading {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_LENGTH) return { ok: false, problem: 'unreadable' };
  const tidy = text
    .trim()
    .replace(BRACKETS, '$1')
    .trim()
    .replace(MINUS, '-')
    .replace(DEGREE, '°')
    .replace(DOUBLE_PRIME, '"')
    .replace(PRIME, "'");
  const f = found(tidy);
  if (!f) return { ok: false, problem: 'unreadable' };
  if (f.kind === 'ordered') return decide(f.first, f.second, hub);
  return inRange(f.lat, f.lng) ? reading(f.lat, f.lng, 'asWritten') : { ok: false, problem: 'outOfRange' };
}

/** The point a text reads as (without a hub), or null. */
export function parseCoordinates(text: string): LatLng | null {
  const r = readCoordinates(text);
  return r.ok ? r.point : null;
}

/** 0,0 is a real place (at sea off West Africa) but almost always a device that had no location. */
export function isZeroZero(p: LatLng): boolean {
  return formatCoordinates(p) === '0,0';
}

function fixed(n: number): string {
  // toFixed, not toString: 1e-7 must print as 0.0000001.
  const s = n.toFixed(7).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** The wire form "lat,lng": no space, at most 7 decimals (about 1 cm), no trailing zeros. */
export function formatCoordinates(p: LatLng): string {
  return `${fixed(p.lat)},${fixed(p.lng)}`;
}

/** The strict wire form "lat,lng" within ±90/±180. */
export function isCoordinateString(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  const m = WIRE.exec(s);
  return m !== null && inRange(Number(m[1]), Number(m[2]));
}
