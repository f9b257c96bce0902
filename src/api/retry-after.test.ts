import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, readRetryAfter } from './retry-after';

const NOW = Date.parse('2026-12-06T10:00:00Z');

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates as milliseconds from now', () => {
    expect(readRetryAfter('3', NOW)).toBe(3000);
    expect(readRetryAfter(' 0 ', NOW)).toBe(0);
    expect(readRetryAfter('Sun, 06 Dec 2026 10:00:12 GMT', NOW)).toBe(12_000);
    expect(readRetryAfter('Sun, 06 Dec 2026 09:00:00 GMT', NOW)).toBe(0);
  });

  it('ignores what it cannot read and bounds what it can', () => {
    for (const bad of [null, undefined, '', '-1', '1.5', 'soon'])
      expect(readRetryAfter(bad, NOW), String(bad)).toBeUndefined();
    expect(readRetryAfter('86400', NOW)).toBe(MAX_RETRY_AFTER_MS);
  });
});
