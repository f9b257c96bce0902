// The built-in geocoder (docs/decisions/053): the store's places index, offline. Every word is matched as
// a prefix (type-ahead); when nothing matches, a word with one typo is still found by comparing its first
// three letters' candidates by edit distance.
import { distanceKm } from '../../src/flow/coordinates';
import type { PlaceRows } from '../store/place-rows';
import type { Geocoder, Place } from './types';

/** Own places (hubs, past tasks) this close count as "here". */
const OWN_REACH_KM = 1;
/** Past that, no city is named for a point: it would mislead more than help. */
const CITY_REACH_KM = 25;
const MAX_WORDS = 8;
const TYPO_CANDIDATES = 300;

/** Letters and digits of every script, lower-cased; anything else separates words. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .slice(0, MAX_WORDS);
}

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + same);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/** Each query word is within one edit of the start of some word of the place (two for long words). */
function closeEnough(query: readonly string[], place: Place): boolean {
  const own = words(`${place.name} ${place.address}`);
  return query.every((q) => {
    const allowed = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
    // A dropped or doubled letter shifts the rest: compare with starts one letter shorter and longer too.
    // Candidates share the first three letters, so other words need no comparing.
    const stem = q.slice(0, 3);
    return own.some(
      (w) =>
        w.startsWith(stem) && [0, -1, 1].some((d) => editDistance(q, w.slice(0, q.length + d)) <= allowed),
    );
  });
}

const key = (p: Place) => `${p.name}\n${p.address}\n${p.lat.toFixed(5)},${p.lng.toFixed(5)}`;

function distinct(places: readonly Place[], limit: number): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => !seen.has(key(p)) && seen.add(key(p))).slice(0, limit);
}

export function builtinGeocoder(places: PlaceRows): Geocoder {
  return {
    async search(text, { organizationId, limit }) {
      const ws = words(text);
      if (ws.length === 0) return [];
      // Repeat customers leave one row per task: fetch more than asked, then keep one of each.
      const found = distinct(await places.search(organizationId, ws, limit * 4), limit);
      if (found.length > 0) return found;
      const stems = ws.map((w) => w.slice(0, 3));
      const candidates = await places.search(organizationId, stems, TYPO_CANDIDATES);
      return distinct(
        candidates.filter((p) => closeEnough(ws, p)),
        limit,
      );
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
