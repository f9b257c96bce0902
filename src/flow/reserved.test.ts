import { describe, expect, it } from 'vitest';
import flowJson from '../../docs/mileapp-openapi/Flow.json';
import { FIXED_KEYS, RESERVED_KEYS } from './reserved';

// The list MileApp itself answers in GET /flow/{flowName}/fields → reservedKey (mileapp-api.md §5.4).
const documented: string[] = flowJson.definitions.ListFlowFields.example.reservedKey;

describe('RESERVED_KEYS', () => {
  it('is exactly the reservedKey list of the MileApp OpenAPI example', () => {
    expect(documented.length).toBeGreaterThan(60);
    expect([...RESERVED_KEYS].sort()).toEqual([...new Set(documented)].sort());
  });

  it('contains every fixed key, which the validator lets through', () => {
    expect([...FIXED_KEYS].sort()).toEqual(['assignee', 'endTime', 'flow', 'hubId', 'refId', 'startTime']);
    for (const k of FIXED_KEYS) expect(RESERVED_KEYS.has(k)).toBe(true);
  });
});
