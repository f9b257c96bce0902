import { ApiError } from './http';
import type { RetryPolicy } from './retry-policy';

/**
 * Worth asking again with the same idempotency key: no answer (network, timeout) or a server failure.
 * A 4xx is the server's final word on this body, and 429 is left to the person (it names a wait).
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.kind !== 'http' || error.status >= 500;
}

/** The statuses of a 4xx that are not about the body: a refused token, a timeout, a request to slow down. */
const NOT_ABOUT_THE_BODY: readonly number[] = [401, 408, 429];

/**
 * The server's final word on this body: a 4xx other than 401/408/429. Nothing was created under the key,
 * so asking again with it cannot help; only a changed body can.
 */
export function isFinalAnswer(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.kind === 'http' &&
    error.status >= 400 &&
    error.status < 500 &&
    !NOT_ABOUT_THE_BODY.includes(error.status)
  );
}

/** No answer at all: the task may or may not exist, only a retry with its key can tell. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && error.kind !== 'http';
}

export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const exact = Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
  // ±20 % so that many clients cut off together do not come back in step
  return Math.round(exact * (0.8 + Math.random() * 0.4));
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
      if (!isTransient(error) || attempt >= policy.attempts || opts.signal?.aborted) throw error;
      if (isUnreachable(error) && isOffline()) throw error;
      await sleep(backoffDelay(policy, attempt), opts.signal);
    }
  }
}
