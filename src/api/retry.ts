import { classify } from './failure';
import { retryDelay, type RetryPolicy } from './retry-policy';

export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

export interface AttemptInfo {
  attempt: number;
  attempts: number;
  /** the failure that made this a retry */
  error?: unknown;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    if (signal?.aborted) return fail(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      done();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      fail(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `call` until it succeeds, fails for good, or the tries are used up. A browser that knows it is
 * offline is not asked again: the caller puts the work aside until the connection returns.
 */
export async function withRetry<T>(
  call: (info: AttemptInfo) => Promise<T>,
  policy: RetryPolicy,
  opts: { signal?: AbortSignal; onAttempt?(info: AttemptInfo): void } = {},
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; ; attempt++) {
    const info: AttemptInfo = { attempt, attempts: policy.attempts, error: lastError };
    opts.onAttempt?.(info);
    try {
      return await call(info);
    } catch (error) {
      lastError = error;
      const failure = classify(error);
      const delay = retryDelay(policy, failure, attempt);
      if (delay === null || opts.signal?.aborted) throw error;
      if (failure.kind === 'unreachable' && isOffline()) throw error;
      await sleep(delay, opts.signal);
    }
  }
}
