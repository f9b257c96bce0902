import { describe, expect, it } from 'vitest';
import { depthOf, MAX_BODY_DEPTH, mayNestDeeperThan } from './body-depth';

/** A value nested `levels` deep (the outer object counts), mixing objects and arrays. */
function nested(levels: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 1; i < levels; i++) v = i % 2 === 0 ? [v] : { k: v };
  return { top: v };
}

describe('the body depth limit', () => {
  it('never lets a body deeper than the limit skip the walk', () => {
    for (let levels = 1; levels <= MAX_BODY_DEPTH + 3; levels++) {
      const value = nested(levels);
      const text = JSON.stringify(value);
      expect(depthOf(value)).toBe(Math.min(levels, MAX_BODY_DEPTH + 1));
      if (depthOf(value) > MAX_BODY_DEPTH) expect(mayNestDeeperThan(text)).toBe(true);
    }
  });

  it('answers "no" for a wide flat body, and counts brackets inside strings conservatively', () => {
    const flat = JSON.stringify(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, i])));
    expect(mayNestDeeperThan(flat)).toBe(false);
    expect(mayNestDeeperThan(JSON.stringify({ note: '['.repeat(40) }))).toBe(true);
    expect(mayNestDeeperThan(JSON.stringify({ list: Array.from({ length: 40 }, () => ({})) }))).toBe(true);
  });
});
