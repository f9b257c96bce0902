// Issue 5's size budget: sizes of a production build are deterministic, so unlike the timings in bench/
// they can be a test. The same measurement is the first table of `npm run bench`.
import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_BUDGET, measureFirstLoad, type FirstLoad } from '../../bench/lib/first-load';

let sizes: FirstLoad;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const list = (g: FirstLoad['firstScreen']) => g.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');

beforeAll(() => {
  sizes = measureFirstLoad();
}, 120_000);

describe('first load', () => {
  it(`fetches at most ${kb(FIRST_SCREEN_BUDGET)} of gzipped JS and CSS before the first screen`, () => {
    expect(sizes.firstScreen.gzip, list(sizes.firstScreen)).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
  });

  it('leaves the form, the result view and the map out of the first screen', () => {
    const first = new Set(sizes.firstScreen.files.map((f) => f.file));
    expect(sizes.form.files.length).toBeGreaterThan(0);
    expect(sizes.map.files.length).toBeGreaterThan(0);
    for (const f of [...sizes.form.files, ...sizes.map.files]) expect(first.has(f.file), f.file).toBe(false);
  });
});
