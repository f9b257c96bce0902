// Item 1: the gzipped JS and CSS fetched before the first screen is usable, what the form and the map
// add later, from a production build. The same figure is a size budget in `npm test`.
import { FIRST_SCREEN_BUDGET, measureFirstLoad, type ChunkGroup } from './lib/first-load';
import { isMain } from './lib/main';
import { publish, type BenchResult } from './lib/table';

const kb = (bytes: number) => Math.round(bytes / 100) / 10;

export function runFirstLoad(): BenchResult {
  const sizes = measureFirstLoad();
  const row = (what: string, when: string, g: ChunkGroup) => ({
    chunks: what,
    'fetched when': when,
    files: g.files.length,
    'raw KB': kb(g.bytes),
    'gzip KB': kb(g.gzip),
  });
  const first = sizes.firstScreen.gzip;
  return publish({
    name: 'first-load',
    title: 'First load: gzipped JS + CSS of the production build',
    date: new Date().toISOString(),
    columns: ['chunks', 'fetched when', 'files', 'raw KB', 'gzip KB'],
    rows: [
      row('first screen: entry + static imports + CSS', 'page load', sizes.firstScreen),
      row('task form + result view', 'preloaded once the flow list shows', sizes.form),
      row('map (Leaflet + its CSS)', 'only for a flow with a location field', sizes.map),
    ],
    goals: [
      {
        text: `first load: first screen at most ${kb(FIRST_SCREEN_BUDGET)} KB gzipped (enforced by npm test)`,
        met: first <= FIRST_SCREEN_BUDGET,
        measured: `${kb(first)} KB`,
      },
    ],
    notes: [
      `\`vite build\` of the app (vite.config.ts) with a manifest; the first screen is the entry chunk, every chunk it imports statically and their CSS, each gzipped (zlib default level, as Vite reports). KB = 1,000 bytes. test/build/bundle-budget.test.ts checks the same figure on every \`npm test\`.`,
      `First-screen files: ${sizes.firstScreen.files.map((f) => `${f.file} ${kb(f.gzip)} KB`).join(', ')}.`,
    ],
    extra: sizes as unknown as Record<string, unknown>,
  });
}

if (isMain(import.meta.url)) runFirstLoad();
