// The shared cities (about 2,000 for Indonesia) searched in memory with their words split once: matching
// them in SQLite's FTS index meant ranking them among an organisation's thousands of customers, where a
// city such as Makassar was crowded out (docs/decisions/068).
import { prefixScore, termsOf, typoScore, type Terms } from './match';
import type { Place } from './types';

/**
 * Names dispatchers use that no typo rule reaches, as the start of the city's own name: "Jogja" is
 * Yogyakarta's everyday name and its official brand ("Jogja Istimewa"), "Solo" is Surakarta's.
 */
const ALIASES: readonly (readonly [string, string])[] = [
  ['jogja', 'yogya'],
  ['jogjakarta', 'yogyakarta'],
  ['solo', 'surakarta'],
];

/** Type-ahead reaches an alias from its fourth letter: "jogj" already means Jogja. */
const ALIAS_FROM = 4;

function aliased(query: readonly string[]): string[] {
  return query.map((q) => ALIASES.find(([from]) => q.length >= ALIAS_FROM && from.startsWith(q))?.[1] ?? q);
}

interface Entry {
  place: Place;
  terms: Terms;
  order: number;
}

interface Scored {
  entry: Entry;
  score: number;
}

export interface CityIndex {
  /** the best `limit` cities matching every word as a prefix, else with a typo a word */
  search(query: readonly string[], limit: number): Place[];
}

export function cityIndex(cities: readonly Place[]): CityIndex {
  const entries: Entry[] = cities.map((place, order) => ({ place, terms: termsOf(place), order }));
  const scored = (
    variants: readonly (readonly string[])[],
    score: (q: readonly string[], t: Terms) => number | undefined,
  ): Scored[] => {
    const found: Scored[] = [];
    for (const entry of entries) {
      let best: number | undefined;
      for (const v of variants) {
        const s = score(v, entry.terms);
        if (s !== undefined && (best === undefined || s > best)) best = s;
      }
      if (best !== undefined) found.push({ entry, score: best });
    }
    return found;
  };
  return {
    search(query, limit) {
      const alias = aliased(query);
      const variants = alias.some((w, i) => w !== query[i]) ? [query, alias] : [query];
      let found = scored(variants, prefixScore);
      if (found.length === 0) found = scored(variants, typoScore);
      // Shorter names first at equal score: "Bandung" before "Bandung Barat" for "bandung".
      return found
        .sort(
          (a, b) =>
            b.score - a.score ||
            a.entry.place.name.length - b.entry.place.name.length ||
            a.entry.order - b.entry.order,
        )
        .slice(0, limit)
        .map((s) => s.entry.place);
    },
  };
}
