// The two checks of self-contained.test.ts as pure functions of (path, text), so the test can also show
// that each one flags a bad file. Paths are repo-relative with forward slashes, as `git ls-files` gives them.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** One or more `..` segments, then a folder named shared: resolved from the file's folder. */
const RELATIVE_SHARED = /(?:\.\.\/)+shared(?![\w-])/g;
/**
 * An absolute path ending in a folder named shared; not the tail of src/shared, of a URL or of a
 * template such as `${root}/shared`.
 */
const ABSOLUTE_SHARED = /(?<![\w.:/~}-])\/(?:[\w.-]+\/)*shared(?![\w-])/g;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * References to a `shared` folder that a fresh clone does not have: any absolute path, and any relative
 * one that leaves the repository or names a folder that is not in it (src/shared is in it).
 */
export function strayShared(root: string, file: string, text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(ABSOLUTE_SHARED)) {
    found.push({ file, line: lineOf(text, m.index), text: m[0] });
  }
  for (const m of text.matchAll(RELATIVE_SHARED)) {
    const target = resolve(root, dirname(file), m[0]);
    const rel = relative(root, target);
    if (rel.startsWith('..') || isAbsolute(rel) || !existsSync(target)) {
      found.push({ file, line: lineOf(text, m.index), text: m[0] });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

export const REFERENCE = 'docs/mileapp-api.md';
const DOC = 'mileapp-api.md';
/** §2.1, § 5, and ranges such as §1.1–1.2 (both ends are cited). */
const SECTION = /\u00a7\s?(\d+(?:\.\d+)?)(?:\s?[–-]\s?(\d+(?:\.\d+)?))?/g;
/** "issue 2 §3" cites an issue of this project, not the reference. */
const ISSUE_BEFORE = /issue\s+\d+\s*$/i;
const HEADING = /^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/gm;

/** The section numbers that head a section of the reference ("## 1. Basics" → 1, "### 1.2 …" → 1.2). */
export function sectionNumbers(reference: string): Set<string> {
  return new Set([...reference.matchAll(HEADING)].map((m) => m[1] ?? ''));
}

/**
 * The parts of a file whose § numbers are sections of the reference: all of the reference itself; in
 * Markdown, everything after its first mention (decision records cite it once, then write "§6.4");
 * elsewhere, from each mention to the end of its paragraph (a comment block).
 */
function citingParts(file: string, text: string): { start: number; end: number }[] {
  if (file === REFERENCE) return [{ start: 0, end: text.length }];
  const parts: { start: number; end: number }[] = [];
  let at = text.indexOf(DOC);
  if (at >= 0 && file.endsWith('.md')) return [{ start: at, end: text.length }];
  while (at >= 0) {
    const blank = text.slice(at).search(/\n[ \t]*\n/);
    const end = blank < 0 ? text.length : at + blank;
    parts.push({ start: at, end });
    at = text.indexOf(DOC, end);
  }
  return parts;
}

/** Citations of the reference whose section is not a heading of it. */
export function unresolvedCitations(file: string, text: string, sections: Set<string>): Finding[] {
  const found: Finding[] = [];
  for (const { start, end } of citingParts(file, text)) {
    const part = text.slice(start, end);
    for (const m of part.matchAll(SECTION)) {
      if (ISSUE_BEFORE.test(part.slice(0, m.index))) continue;
      for (const n of [m[1], m[2]]) {
        if (n !== undefined && !sections.has(n)) {
          found.push({ file, line: lineOf(text, start + m.index), text: `\u00a7${n}` });
        }
      }
    }
  }
  return found;
}
