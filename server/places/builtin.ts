// The built-in geocoder (docs/decisions/053, 068): the organisation's own places from the store's
// full-text index and the shared cities from memory, own places first. Every word is matched as a prefix
// (type-ahead); when nothing matches, a word with one typo is still found among the places that share its
// first three letters.
import { distanceKm } from '../../src/flow/coordinates';
import type { PlaceRows } from '../store/place-rows';
import { cityIndex, type CityIndex } from './city-index';
import { prefixScore, terms, termsOf, typoScore } from './match';
import type { Geocoder, Place } from './types';

/** Own places (hubs, past tasks) this close count as "here". */
const OWN_REACH_KM = 1;
/** Past that, no city is named for a point: it would mislead more than help. */
const CITY_REACH_KM = 25;
const MAX_WORDS = 8;
/** Own places ranked at most: the newest that match, since repeat customers are what is searched for. */
const RANKED = 50;
/** Candidates read at most before asking the index for the rarer whole words instead. */
const SCANNED = 200;
/** Places of the answer kept for matching cities when own places would fill it: two of eight. */
const citySlots = (limit: number) => Math.min(2, Math.floor(limit / 4));
/** SQLite's FTS5 prefix index covers starts of two and three letters (migration 4). */
const INDEXED_PREFIX = 3;

/** Letters and digits of every script, lower-cased; anything else separates words. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .slice(0, MAX_WORDS);
}

/**
 * The prefixes that find candidates: each word cut to its first three letters, except those in `whole`.
 * The prefix index answers a cut word lazily, newest first and skipping to the rarest word's rows; a
 * longer start such as "jalan" has SQLite gather every row holding it first. One-letter words are left to
 * the check in JavaScript unless nothing else is typed.
 */
function candidateWords(ws: readonly string[], whole: ReadonlySet<string> = new Set()): string[] {
  const longer = ws.filter((w) => w.length > 1);
  return (longer.length > 0 ? longer : ws).map((w) => (whole.has(w) ? w : w.slice(0, INDEXED_PREFIX)));
}

const key = (p: Place) => `${p.name}\n${p.address}\n${p.lat.toFixed(5)},${p.lng.toFixed(5)}`;

interface Ranked {
  place: Place;
  score: number;
}

const best = (ranked: Ranked[]): Place[] =>
  ranked
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((r) => r.place);

interface Scan {
  exact: Ranked[];
  typo: Ranked[];
  /** every candidate was read */
  complete: boolean;
  /** how many candidates each query word starts a word of */
  hits: number[];
}

async function scan(
  places: PlaceRows,
  organizationId: string,
  ws: readonly string[],
  prefixes: readonly string[],
): Promise<Scan> {
  const found: Scan = { exact: [], typo: [], complete: true, hits: ws.map(() => 0) };
  // Repeat customers leave one row per task: each place counts once, or one busy customer fills the list.
  const seen = new Set<string>();
  let read = 0;
  for await (const place of places.newest(organizationId, prefixes, SCANNED)) {
    read++;
    if (seen.has(key(place))) continue;
    seen.add(key(place));
    const t = termsOf(place);
    // Only a scan without a match asks again, and only then are the words' counts needed.
    if (found.exact.length === 0)
      ws.forEach((w, i) => {
        if (prefixScore([w], t) !== undefined) found.hits[i]!++;
      });
    const score = prefixScore(ws, t);
    if (score !== undefined) {
      found.exact.push({ place, score });
      if (found.exact.length === RANKED) break;
    } else if (found.exact.length === 0 && found.typo.length < RANKED) {
      const near = typoScore(ws, t);
      if (near !== undefined) found.typo.push({ place, score: near });
    }
  }
  found.complete = read < SCANNED;
  return found;
}

/** The organisation's hubs and past tasks matching every word, else with a typo, best first. */
async function ownPlaces(places: PlaceRows, organizationId: string, ws: readonly string[]): Promise<Place[]> {
  const first = await scan(places, organizationId, ws, candidateWords(ws));
  if (first.exact.length > 0 || first.complete)
    return best(first.exact.length > 0 ? first.exact : first.typo);
  // The candidates ran out before a match: ask again with the whole of the words that few candidates
  // held (at least the one fewest held), which SQLite gathers cheaply because they are rare, so that an
  // older match is still found.
  const cut = ws.map((w, i) => ({ w, hits: first.hits[i]! })).filter((c) => c.w.length > INDEXED_PREFIX);
  const fewest = cut.sort((a, b) => a.hits - b.hits).slice(0, 1);
  const rare = new Set([...fewest, ...cut.filter((c) => c.hits * 2 < SCANNED)].map((c) => c.w));
  const again = rare.size > 0 ? (await scan(places, organizationId, ws, candidateWords(ws, rare))).exact : [];
  return best(again.length > 0 ? again : first.typo);
}

export function builtinGeocoder(places: PlaceRows): Geocoder {
  // Built by the first search (some 10 ms), and again whenever the store's cities change.
  let cities: { rows: readonly Place[]; index: CityIndex } | undefined;
  const cityIndexNow = async () => {
    const rows = await places.shared();
    if (cities?.rows !== rows) cities = { rows, index: cityIndex(rows) };
    return cities.index;
  };
  /**
   * A full street address is rarely in the built-in places; its town usually is. The comma-separated parts
   * after the first are tried from the last, and only cities are offered, marked as such (decision 068).
   */
  const townOfAddress = async (text: string, limit: number): Promise<Place[]> => {
    const parts = text.split(',').slice(1).reverse();
    for (const part of parts) {
      const ws = terms(part).slice(0, MAX_WORDS);
      const towns = ws.length === 0 ? [] : (await cityIndexNow()).search(ws, limit);
      if (towns.length > 0) return towns;
    }
    return [];
  };
  return {
    async search(text, { organizationId, limit }) {
      const ws = terms(text).slice(0, MAX_WORDS);
      if (ws.length === 0) return [];
      const found = (await cityIndexNow()).search(ws, limit);
      const own = (await ownPlaces(places, organizationId, ws)).slice(
        0,
        limit - Math.min(found.length, citySlots(limit)),
      );
      const all = [...own, ...found].slice(0, limit);
      return all.length > 0 ? all : townOfAddress(text, limit);
    },
    async reverse(lat, lng, { organizationId }) {
      const dLat = CITY_REACH_KM / 111;
      const dLng = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
      const box = { south: lat - dLat, north: lat + dLat, west: lng - dLng, east: lng + dLng };
      const near = (await places.within(organizationId, box))
        .map((p) => ({ p, km: distanceKm({ lat, lng }, p) }))
        .sort((a, b) => a.km - b.km);
      const own = near.find((n) => n.p.source !== 'city' && n.km <= OWN_REACH_KM);
      const city = near.find((n) => n.p.source === 'city' && n.km <= CITY_REACH_KM);
      return (own ?? city)?.p;
    },
  };
}

/** GEOCODER=none: nothing is ever found, and the web app offers only the map and coordinates. */
export const noGeocoder: Geocoder = {
  search: async () => [],
  reverse: async () => undefined,
};
