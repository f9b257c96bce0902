import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXED_KEYS, RESERVED_KEYS } from './reserved';

// The list as mileapp-api.md §5.4 prints it, read from the document itself.
const doc = readFileSync(new URL('../../../shared/mileapp-api.md', import.meta.url), 'utf8');
const section = /### 5\.4[^\n]*\n+([\s\S]*?)\n\n/.exec(doc)?.[1] ?? '';
const documented = section.split(/[\s,`]+/).filter((k) => k !== '');

describe('RESERVED_KEYS', () => {
  it('is exactly the list of mileapp-api.md §5.4', () => {
    expect(documented.length).toBeGreaterThan(60);
    expect([...RESERVED_KEYS].sort()).toEqual([...new Set(documented)].sort());
  });

  it('contains every fixed key, which the validator lets through', () => {
    expect([...FIXED_KEYS].sort()).toEqual(['assignee', 'endTime', 'flow', 'hubId', 'refId', 'startTime']);
    for (const k of FIXED_KEYS) expect(RESERVED_KEYS.has(k)).toBe(true);
  });
});
