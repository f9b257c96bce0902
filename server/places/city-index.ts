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

/** Prefix and typo matches alike share a word's first three letters (the whole word when shorter). */
const STEM = 3;

export function cityIndex(cities: readonly Place[]): CityIndex {
  const entries: Entry[] = cities.map((place, order) => ({ place, terms: termsOf(place), order }));
  const byStem = new Map<string, Entry[]>();
  for (const entry of entries)
    for (const stem of new Set([...entry.terms.name, ...entry.terms.address].map((w) => w.slice(0, STEM)))) {
      const list = byStem.get(stem);
      if (list === undefined) byStem.set(stem, [entry]);
      else list.push(entry);
    }
  /** The cities that may match `q`: those with a word sharing its stem. */
  const near = (q: string): readonly Entry[] => {
    if (q.length >= STEM) return byStem.get(q.slice(0, STEM)) ?? [];
    const found = new Set<Entry>();
    for (const [stem, list] of byStem) if (stem.startsWith(q)) list.forEach((e) => found.add(e));
    return [...found];
  };
  /** The cities every word of some variant may match, from that variant's rarest word. */
  const candidates = (variants: readonly (readonly string[])[]): Entry[] => {
    const found = new Set<Entry>();
    for (const v of variants) {
      const lists = v.map(near).sort((a, b) => a.length - b.length);
      lists[0]?.forEach((e) => found.add(e));
    }
    return [...found];
  };
  const scored = (
    within: readonly Entry[],
    variants: readonly (readonly string[])[],
    score: (q: readonly string[], t: Terms) => number | undefined,
  ): Scored[] => {
    const found: Scored[] = [];
    for (const entry of within) {
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
      const within = candidates(variants);
      let found = scored(within, variants, prefixScore);
      if (found.length === 0) found = scored(within, variants, typoScore);
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
