// The map of the decisions must match the folder: a newcomer finds every record from its index.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../docs/decisions/', import.meta.url));

describe('docs/decisions/README.md', () => {
  const index = readFileSync(`${dir}README.md`, 'utf8');
  const linked = [...index.matchAll(/\]\((\d{3}-[^)]+\.md)\)/g)].map((m) => m[1]);
  const records = readdirSync(dir).filter((f) => /^\d{3}-.*\.md$/.test(f));

  it('links every decision record, once', () => {
    expect(records.length).toBeGreaterThan(0);
    expect([...linked].sort()).toEqual([...records].sort());
  });

  it('names each record by the title the record gives itself', () => {
    for (const file of records) {
      const title = readFileSync(`${dir}${file}`, 'utf8')
        .split('\n')[0]
        ?.replace(/^#\s*\d{3}\s*[—:-]\s*/, '');
      const row = index.split('\n').find((line) => line.includes(`](${file})`));
      expect(row?.split('|')[2]?.trim(), file).toBe(title);
    }
  });
});

describe('docs/architecture.md', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const text = readFileSync(`${root}docs/architecture.md`, 'utf8');
  // Paths written from the repository root, in backticks: `src/flow/payload.ts`, `server/contracts/`.
  const paths = [...text.matchAll(/`((?:src|server|test|bench|scripts|docs)\/[\w./<>-]*)`/g)]
    .map((m) => m[1] ?? '')
    .filter((p) => !p.includes('<'));

  it('names only files and folders that exist', () => {
    expect(paths.length).toBeGreaterThan(20);
    const missing = paths.filter((p) => !existsSync(`${root}${p}`));
    expect(missing).toEqual([]);
  });
});
