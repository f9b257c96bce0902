import { describe, expect, it } from 'vitest';
import { blocksOthers, classify, isFinal, type FailureKind } from './failure';
import { ApiError } from './http';
import { CREATE_POLICY, OUTBOX_POLICY, retries } from './retry-policy';

const http = (status: number, errors?: Record<string, string[]>) =>
  new ApiError(`HTTP ${status}`, { status, kind: 'http', errors });

describe('classify', () => {
  it('sorts every answer and non-answer into one kind', () => {
    const table: [unknown, FailureKind][] = [
      [new ApiError('x', { status: 0, kind: 'network' }), 'unreachable'],
      [new ApiError('x', { status: 0, kind: 'timeout' }), 'timeout'],
      [http(500), 'server'],
      [http(502), 'server'],
      [http(503), 'server'],
      [http(599), 'server'],
      [http(400), 'invalid-body'],
      [http(422), 'invalid-body'],
      [http(401), 'unauthorized'],
      [http(408), 'rate-limited'],
      [http(429), 'rate-limited'],
      [http(409), 'conflict'],
      [new ApiError('x', { status: 409, kind: 'http', failedCode: 'sys-031' }), 'conflict'],
      // the UPSTREAM gateway: an earlier try may have created the task in MileApp (decision 060)
      [new ApiError('x', { status: 409, kind: 'http', failedCode: 'task-031' }), 'maybe-created'],
      [http(403), 'refused-body'],
      [http(404), 'refused-body'],
      [http(413), 'refused-body'],
      [http(499), 'refused-body'],
      // an answer the app cannot use: a 2xx without the task, an HTML page, a redirect
      [http(200), 'unexpected'],
      [http(302), 'unexpected'],
      [new Error('bug'), 'unexpected'],
      ['a string', 'unexpected'],
      [{ status: 400, kind: 'http' }, 'unexpected'],
    ];
    for (const [error, kind] of table) expect(classify(error).kind, String(error)).toBe(kind);
  });

  it('keeps the status, the message and the field messages for the features to show', () => {
    const errors = { field2: ['The Address field is required.'] };
    expect(classify(http(400, errors))).toEqual({
      kind: 'invalid-body',
      status: 400,
      message: 'HTTP 400',
      errors,
    });
    expect(classify(new ApiError('Cannot reach it', { status: 0, kind: 'network' }))).toEqual({
      kind: 'unreachable',
      status: 0,
      message: 'Cannot reach it',
    });
    expect(classify(new Error('bug'))).toEqual({ kind: 'unexpected', status: 0, message: 'bug' });
  });
});

describe('isFinal', () => {
  it('is a 4xx about the body: 400, 403, 404, 409, 413, 422 …', () => {
    for (const status of [400, 403, 404, 405, 409, 410, 413, 415, 422, 499]) {
      expect(isFinal(classify(http(status))), String(status)).toBe(true);
    }
  });

  it('is "may already exist in MileApp": asking again cannot tell, only a person can check', () => {
    const maybe = classify(new ApiError('x', { status: 409, kind: 'http', failedCode: 'task-031' }));
    expect(isFinal(maybe)).toBe(true);
    expect(retries(CREATE_POLICY, maybe)).toBe(false);
    expect(retries(OUTBOX_POLICY, maybe)).toBe(false);
  });

  it('is not 401, 408 or 429, a 5xx, another status, no answer, or not an ApiError', () => {
    for (const status of [401, 408, 429, 500, 502, 503, 399, 302]) {
      expect(isFinal(classify(http(status))), String(status)).toBe(false);
    }
    expect(isFinal(classify(new ApiError('x', { status: 0, kind: 'network' })))).toBe(false);
    expect(isFinal(classify(new ApiError('x', { status: 0, kind: 'timeout' })))).toBe(false);
    expect(isFinal(classify(new Error('bug')))).toBe(false);
    expect(isFinal(classify({ status: 400, kind: 'http' }))).toBe(false);
  });

  it('is never retried, by any status', () => {
    for (let status = 100; status < 600; status++) {
      const failure = classify(http(status));
      expect(isFinal(failure) && retries(CREATE_POLICY, failure), String(status)).toBe(false);
    }
  });
});

describe('blocksOthers', () => {
  it('is no answer, a timeout, a request to slow down or a refused token; not one task’s trouble', () => {
    const blocking = [
      new ApiError('x', { status: 0, kind: 'network' }),
      new ApiError('x', { status: 0, kind: 'timeout' }),
      http(429),
      http(408),
      http(401),
    ];
    for (const error of blocking) expect(blocksOthers(classify(error)), error.message).toBe(true);
    for (const status of [400, 404, 409, 422, 500, 503, 200]) {
      expect(blocksOthers(classify(http(status))), String(status)).toBe(false);
    }
  });
});
