import { describe, expect, it } from 'vitest';
import { classify, type ApiFailure, type FailureKind } from './failure';
import { ApiError } from './http';
import {
  backoffDelay,
  BULK_POLICY,
  CREATE_POLICY,
  OUTBOX_POLICY,
  READ_POLICY,
  retries,
  retryDelay,
  type RetryPolicy,
} from './retry-policy';

const failure = (kind: FailureKind): ApiFailure => ({ kind, status: 0, message: kind });
const http = (status: number) => classify(new ApiError('x', { status, kind: 'http' }));
const middle = () => 0.5;
const lowest = () => 0;
const highest = () => 0.999_999;
const POLICIES: [string, RetryPolicy][] = [
  ['create', CREATE_POLICY],
  ['outbox', OUTBOX_POLICY],
  ['read', READ_POLICY],
  ['bulk', BULK_POLICY],
];

describe('the create policy', () => {
  it('retries no answer and 5xx, never a 4xx', () => {
    expect(retries(CREATE_POLICY, classify(new ApiError('x', { status: 0, kind: 'network' })))).toBe(true);
    expect(retries(CREATE_POLICY, classify(new ApiError('x', { status: 0, kind: 'timeout' })))).toBe(true);
    expect(retries(CREATE_POLICY, http(503))).toBe(true);
    for (const status of [400, 401, 404, 408, 409, 422, 429]) {
      expect(retries(CREATE_POLICY, http(status)), String(status)).toBe(false);
    }
    // a person is there to read these: shown, not waited out
    expect(retries(CREATE_POLICY, classify(new Error('bug')))).toBe(false);
    expect(retries(CREATE_POLICY, http(200))).toBe(false);
  });

  it('waits about 1, 2 and 4 s between four tries, then gives up', () => {
    const waits = [1, 2, 3, 4].map((n) => retryDelay(CREATE_POLICY, failure('server'), n, middle));
    expect(waits).toEqual([1000, 2000, 4000, null]);
  });
});

describe('the outbox schedule', () => {
  it('doubles from 5 s up to 5 minutes, and never gives up on a failure that is not final', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 100].map((n) =>
      retryDelay(OUTBOX_POLICY, failure('unreachable'), n, middle),
    );
    expect(waits).toEqual([5000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it('waits a minute after a rate limit, an hour after a refused token, else the backoff', () => {
    expect(retryDelay(OUTBOX_POLICY, http(429), 1, middle)).toBe(60_000);
    expect(retryDelay(OUTBOX_POLICY, http(408), 9, middle)).toBe(60_000);
    expect(retryDelay(OUTBOX_POLICY, http(401), 1, middle)).toBe(3_600_000);
    expect(retryDelay(OUTBOX_POLICY, classify(new Error('bug')), 2, middle)).toBe(10_000);
  });

  it('spreads every wait by ±20 %, within bounds, as the random source says', () => {
    for (const tries of [1, 2, 5, 20]) {
      const exact = retryDelay(OUTBOX_POLICY, failure('timeout'), tries, middle)!;
      expect(retryDelay(OUTBOX_POLICY, failure('timeout'), tries, lowest)).toBe(exact * 0.8);
      const high = retryDelay(OUTBOX_POLICY, failure('timeout'), tries, highest)!;
      expect(high).toBeGreaterThan(exact * 1.19);
      expect(high).toBeLessThanOrEqual(exact * 1.2);
    }
    expect(retryDelay(OUTBOX_POLICY, http(429), 1, lowest)).toBe(48_000);
    // a random source like Math.random: every wait within the bounds, and not all the same
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) - 1) / 2_147_483_646;
    const waits = Array.from({ length: 200 }, () => backoffDelay(OUTBOX_POLICY, 2, random));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(8000);
    expect(Math.max(...waits)).toBeLessThanOrEqual(12_000);
    expect(new Set(waits).size).toBeGreaterThan(50);
  });
});

describe('the read policy', () => {
  it('asks twice more, 0.5 and 1 s later, over anything but a 4xx', () => {
    expect([1, 2, 3].map((n) => retryDelay(READ_POLICY, http(500), n))).toEqual([500, 1000, null]);
    expect(retryDelay(READ_POLICY, http(200), 1)).toBe(500);
    for (const status of [400, 401, 404, 408, 409, 429]) {
      expect(retryDelay(READ_POLICY, http(status), 1), String(status)).toBeNull();
    }
  });
});

describe("the import's chunks", () => {
  const limited = (retryAfterMs?: number) =>
    classify(new ApiError('Too many requests', { status: 429, kind: 'http', retryAfterMs }));

  it('waits exactly what Retry-After says after a 429, the backoff when it said nothing', () => {
    expect(retryDelay(BULK_POLICY, limited(7000), 1, highest)).toBe(7000);
    expect(retryDelay(BULK_POLICY, limited(0), 3, lowest)).toBe(0);
    expect(retryDelay(BULK_POLICY, limited(), 2, middle)).toBe(2000);
    // a 5xx's Retry-After is not the rate limit's: the backoff applies
    const busy = classify(new ApiError('busy', { status: 503, kind: 'http', retryAfterMs: 90_000 }));
    expect(retryDelay(BULK_POLICY, busy, 1, middle)).toBe(1000);
  });

  it('asks again for about a minute and a half, then stops; a refused token is shown at once', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelay(BULK_POLICY, failure('timeout'), n, middle));
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, null]);
    expect(retryDelay(BULK_POLICY, http(401), 1, middle)).toBeNull();
    expect(retryDelay(BULK_POLICY, http(200), 1, middle)).toBeNull();
  });
});

describe('every policy', () => {
  it('never asks again after a final answer; always after no answer or a 5xx while tries are left', () => {
    for (const [name, policy] of POLICIES) {
      for (const kind of ['conflict', 'invalid-body', 'refused-body'] as const) {
        expect(retries(policy, failure(kind)), `${name} ${kind}`).toBe(false);
        expect(retryDelay(policy, failure(kind), 1), `${name} ${kind}`).toBeNull();
      }
      for (const kind of ['unreachable', 'timeout', 'server'] as const) {
        expect(retries(policy, failure(kind)), `${name} ${kind}`).toBe(true);
        expect(retryDelay(policy, failure(kind), 1), `${name} ${kind}`).toBeGreaterThan(0);
      }
    }
  });

  it('cannot be changed in place: a test copies it with other waits', () => {
    for (const [name, policy] of POLICIES) {
      expect(() => Object.assign(policy, { baseDelayMs: 5 }), name).toThrow(TypeError);
    }
    const fast = { ...CREATE_POLICY, baseDelayMs: 5, maxDelayMs: 20 };
    expect(retryDelay(fast, failure('server'), 3, middle)).toBe(20);
    expect(retryDelay(CREATE_POLICY, failure('server'), 3, middle)).toBe(4000);
  });
});
