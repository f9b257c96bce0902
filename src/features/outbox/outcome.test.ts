import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import { outcomeOf } from './outcome';

describe('outcomeOf', () => {
  it('fails an entry exactly when the server gave its final answer on the body', () => {
    // the final answers: every 4xx but 401 (token refused), 408 (timeout) and 429 (slow down)
    const final = (status: number) => status >= 400 && status <= 499 && ![401, 408, 429].includes(status);
    for (let status = 300; status < 600; status++) {
      const error = new ApiError('x', { status, kind: 'http' });
      expect(outcomeOf(error, 1, false).state, String(status)).toBe(final(status) ? 'failed' : 'waiting');
    }
  });

  it('keeps 401, 408 and 429 waiting and stops the round, and a 422 failed with its field errors', () => {
    for (const status of [401, 408, 429]) {
      expect(outcomeOf(new ApiError('x', { status, kind: 'http' }), 1, false)).toMatchObject({
        state: 'waiting',
        stop: true,
      });
    }
    const errors = { field2: ['The Address field is required.'] };
    expect(outcomeOf(new ApiError('no', { status: 422, kind: 'http', errors }), 1, false)).toEqual({
      state: 'failed',
      reason: { kind: 'rejected', status: 422, message: 'no', errors },
    });
  });

  it('fails "may already exist in MileApp" with its own reason, never sending it again', () => {
    const maybe = new ApiError('This task may already exist in MileApp', {
      status: 409,
      kind: 'http',
      failedCode: 'task-031',
    });
    expect(outcomeOf(maybe, 1, false)).toEqual({ state: 'failed', reason: { kind: 'maybeCreated' } });
  });
});
