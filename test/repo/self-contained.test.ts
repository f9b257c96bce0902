// A fresh clone must build, test and read without anything beside it: no tracked file may point at a
// `shared` folder outside the repository, and every "mileapp-api.md §N" must name a section of
// docs/mileapp-api.md, the project's own copy of the MileApp facts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REFERENCE, sectionNumbers, strayShared, unresolvedCitations, type Finding } from './references';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f !== '');

/** Tracked text files (binary ones, such as the screenshots, hold NUL bytes). */
function textFiles(): { file: string; text: string }[] {
  return tracked.flatMap((file) => {
    const bytes = readFileSync(`${root}/${file}`);
    return bytes.includes(0) ? [] : [{ file, text: bytes.toString('utf8') }];
  });
}

const show = (found: Finding[]) => found.map((f) => `${f.file}:${f.line}: ${f.text}`);
const sections = sectionNumbers(readFileSync(`${root}/${REFERENCE}`, 'utf8'));
const up = '..';
const doc = 'mileapp-api.md';

describe('the repository stands alone', () => {
  it('has no tracked file that refers to a shared folder outside it', () => {
    expect(tracked.length).toBeGreaterThan(100);
    expect(show(textFiles().flatMap(({ file, text }) => strayShared(root, file, text)))).toEqual([]);
  });

  it('resolves every mileapp-api.md section citation to a heading of docs/mileapp-api.md', () => {
    expect(sections.has('5.4')).toBe(true);
    expect(show(textFiles().flatMap(({ file, text }) => unresolvedCitations(file, text, sections)))).toEqual(
      [],
    );
  });
});

describe('the checks flag what they are for', () => {
  it('flags shared folders outside the repository, and not src/shared', () => {
    const text = [
      `import a from '${up}/${up}/${up}/shared/x.json';`,
      `see ${up}/shared/ beside the repo`,
      `cat ${'/work'}/shared/notes.md`,
      `import b from '${up}/${up}/shared/map-tiles';`,
      `src/shared/map-tiles.ts, https://example.com/shared/page`,
    ].join('\n');
    expect(strayShared(root, 'src/features/location/x.ts', text).map((f) => f.line)).toEqual([1, 2, 3]);
  });

  it('flags a shared folder inside the repository that does not exist', () => {
    expect(show(strayShared(root, 'docs/x.md', `${up}/shared/`))).toEqual([`docs/x.md:1: ${up}/shared`]);
  });

  it('flags sections the reference does not have, and leaves issue sections alone', () => {
    const text = [
      `// ${doc} \u00a72.1, \u00a79.9 and \u00a71.1–1.9; issue 2 \u00a77.7`,
      `// \u00a78.8, in the same comment`,
      '',
      `// \u00a77.7 in a paragraph that does not cite it`,
    ].join('\n');
    expect(show(unresolvedCitations('server/x.ts', text, sections))).toEqual([
      'server/x.ts:1: \u00a79.9',
      'server/x.ts:1: \u00a71.9',
      'server/x.ts:2: \u00a78.8',
    ]);
  });
});
