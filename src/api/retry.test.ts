import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createTaskWithRetry } from './create-task';
import { ApiError } from './http';
import { newIdempotencyKey } from './idempotency-key';
import { withRetry } from './retry';
import { CREATE_POLICY } from './retry-policy';
import { api, server, setupMswServer, TEST_CONNECTION } from './testing/msw';

setupMswServer();

const FAST = { ...CREATE_POLICY, baseDelayMs: 1, maxDelayMs: 4 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('makes v4 UUIDs, also where crypto.randomUUID is missing (plain-http pages)', () => {
    expect(newIdempotencyKey()).toMatch(UUID);
    // an own property hides the prototype's method; deleting it brings the method back
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
      expect(keys.size).toBe(50);
      for (const k of keys) expect(k).toMatch(UUID);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).toBe('function');
  });
});

describe('withRetry', () => {
  it('tries again after transient failures and reports every attempt', async () => {
    const seen: number[] = [];
    let n = 0;
    const result = await withRetry(
      () => {
        n++;
        if (n < 3) return Promise.reject(new ApiError('down', { status: 502, kind: 'http' }));
        return Promise.resolve('ok');
      },
      FAST,
      { onAttempt: (i) => seen.push(i.attempt) },
    );
    expect(result).toBe('ok');
    expect(seen).toEqual([1, 2, 3]);
  });

  it('gives up after the last attempt with the last error', async () => {
    const call = vi.fn(() => Promise.reject(new ApiError('no', { status: 0, kind: 'network' })));
    await expect(withRetry(call, FAST)).rejects.toMatchObject({ kind: 'network' });
    expect(call).toHaveBeenCalledTimes(4);
  });

  it('does not retry a 4xx', async () => {
    const call = vi.fn(() => Promise.reject(new ApiError('bad', { status: 400, kind: 'http' })));
    await expect(withRetry(call, FAST)).rejects.toMatchObject({ status: 400 });
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('retries what its policy says: an outbox-like policy waits out a 429 too', async () => {
    const call = vi.fn(() => Promise.reject(new ApiError('slow', { status: 429, kind: 'http' })));
    await expect(withRetry(call, FAST)).rejects.toMatchObject({ status: 429 });
    expect(call).toHaveBeenCalledTimes(1);
    await expect(withRetry(call, { ...FAST, rateLimited: 2 })).rejects.toMatchObject({ status: 429 });
    expect(call).toHaveBeenCalledTimes(1 + FAST.attempts);
  });

  it('stops at once when the browser knows it is offline', async () => {
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      const call = vi.fn(() => Promise.reject(new ApiError('no', { status: 0, kind: 'network' })));
      await expect(withRetry(call, FAST)).rejects.toMatchObject({ kind: 'network' });
      expect(call).toHaveBeenCalledTimes(1);
    } finally {
      offline.mockRestore();
    }
  });
});

describe('createTaskWithRetry', () => {
  it('sends every try with the same Idempotency-Key header', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(api('/task'), ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        if (keys.length === 1) return HttpResponse.error();
        if (keys.length === 2)
          return HttpResponse.json({ status: false, message: 'Bad gateway' }, { status: 502 });
        return HttpResponse.json({ status: true, task: { _id: 't1' } }, { status: 201 });
      }),
    );
    const key = newIdempotencyKey();
    const task = await createTaskWithRetry(
      TEST_CONNECTION,
      { body: { flow: 'Visit' }, idempotencyKey: key },
      FAST,
    );
    expect(task._id).toBe('t1');
    expect(keys).toEqual([key, key, key]);
  });
});
