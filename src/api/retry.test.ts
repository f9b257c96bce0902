import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createTaskWithRetry } from './create-task';
import { ApiError } from './http';
import { newIdempotencyKey } from './idempotency-key';
import { isFinalAnswer, isTransient, withRetry } from './retry';
import { api, server, setupMswServer, TEST_CONNECTION } from './testing/msw';

setupMswServer();

const FAST = { attempts: 4, baseDelayMs: 1, maxDelayMs: 4 };
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

describe('isTransient', () => {
  it('retries no answer and 5xx, never a 4xx', () => {
    expect(isTransient(new ApiError('x', { status: 0, kind: 'network' }))).toBe(true);
    expect(isTransient(new ApiError('x', { status: 0, kind: 'timeout' }))).toBe(true);
    expect(isTransient(new ApiError('x', { status: 503, kind: 'http' }))).toBe(true);
    for (const status of [400, 401, 404, 409, 422, 429]) {
      expect(isTransient(new ApiError('x', { status, kind: 'http' }))).toBe(false);
    }
    expect(isTransient(new Error('bug'))).toBe(false);
  });
});

describe('isFinalAnswer', () => {
  const http = (status: number) => new ApiError('x', { status, kind: 'http' });

  it('is a 4xx about the body: 400, 403, 404, 409, 413, 422 …', () => {
    for (const status of [400, 403, 404, 405, 409, 410, 413, 415, 422, 499]) {
      expect(isFinalAnswer(http(status))).toBe(true);
    }
  });

  it('is not 401, 408 or 429, a 5xx, another status, no answer, or not an ApiError', () => {
    for (const status of [401, 408, 429, 500, 502, 503, 399, 302]) {
      expect(isFinalAnswer(http(status))).toBe(false);
    }
    expect(isFinalAnswer(new ApiError('x', { status: 0, kind: 'network' }))).toBe(false);
    expect(isFinalAnswer(new ApiError('x', { status: 0, kind: 'timeout' }))).toBe(false);
    expect(isFinalAnswer(new Error('bug'))).toBe(false);
    expect(isFinalAnswer({ status: 400, kind: 'http' })).toBe(false);
  });

  it('is never also transient', () => {
    for (let status = 100; status < 600; status++) {
      expect(isFinalAnswer(http(status)) && isTransient(http(status))).toBe(false);
    }
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
    const task = await createTaskWithRetry(TEST_CONNECTION, { body: { flow: 'Visit' }, idempotencyKey: key });
    expect(task._id).toBe('t1');
    expect(keys).toEqual([key, key, key]);
  });
});
