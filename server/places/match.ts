// Whether and how well a query matches a place's words (docs/decisions/053, 068), in JavaScript so that
// SQLite only has to find candidates cheaply: every query word starts a word of the place, or, failing
// that, is one typo away from such a start.

/** A place's words, split the way the FTS5 index splits them. */
export interface Terms {
  name: readonly string[];
  address: readonly string[];
}

const ASCII = /^\p{ASCII}*$/u;

/**
 * Letters and digits of every script, lower-cased and without diacritics, as SQLite's unicode61 tokenizer
 * (remove_diacritics 2) keeps them: a word the index matched must match here too.
 */
export function terms(text: string): string[] {
  // Most addresses are plain ASCII: normalising them would be most of the cost of a candidate.
  const split = ASCII.test(text)
    ? text.toLowerCase().split(/[^a-z0-9]+/)
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .normalize('NFKC')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u);
  return split.filter((w) => w !== '');
}

export const termsOf = (p: { name: string; address: string }): Terms => ({
  name: terms(p.name),
  address: terms(p.address),
});

/** A name's word counts four times an address's, as the ranking did in SQLite (decision 053). */
const NAME_WEIGHT = 4;

/** 2 when `q` is a whole word of `ws`, 1 when it only starts one, 0 when neither. */
function prefixFit(q: string, ws: readonly string[]): number {
  let fit = 0;
  for (const w of ws) {
    if (w === q) return 2;
    if (w.startsWith(q)) fit = 1;
  }
  return fit;
}

/** Undefined when some query word starts no word of the place; higher is better. */
export function prefixScore(query: readonly string[], t: Terms): number | undefined {
  let total = 0;
  for (const q of query) {
    const fit = Math.max(prefixFit(q, t.name) * NAME_WEIGHT, prefixFit(q, t.address));
    if (fit === 0) return undefined;
    total += fit;
  }
  return total;
}

/**
 * Edits (insert, delete, replace, swap two neighbours) from `q` to the closest start of `w` one letter
 * shorter, as long or one letter longer than `q`: a dropped or doubled letter shifts the rest.
 */
function editsToStart(q: string, w: string): number {
  const m = q.length;
  const n = Math.min(w.length, m + 1);
  // Three rows of the table are enough: the swap looks two rows back.
  let before = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (q[i - 1] === w[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && q[i - 1] === w[j - 2] && q[i - 2] === w[j - 1])
        v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
    }
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(prev[Math.min(m - 1, n)]!, prev[Math.min(m, n)]!, prev[Math.min(m + 1, n)]!);
}

/** Within one edit of the start of a word (two from eight letters); the first three letters must be right. */
function typoFit(q: string, ws: readonly string[]): boolean {
  const allowed = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
  const stem = q.slice(0, 3);
  return ws.some((w) => w.startsWith(stem) && editsToStart(q, w) <= allowed);
}

/** Undefined unless every query word fits a word of the place with at most a typo; higher is better. */
export function typoScore(query: readonly string[], t: Terms): number | undefined {
  let total = 0;
  for (const q of query) {
    const fit = typoFit(q, t.name) ? NAME_WEIGHT : typoFit(q, t.address) ? 1 : 0;
    if (fit === 0) return undefined;
    total += fit;
  }
  return total;
}
