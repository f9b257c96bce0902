// The one answer to "ask again, and when?": a policy for each sender (the form's create, the outbox, the
// reads), applied to the kind of the failure (failure.ts).
import type { ApiFailure, FailureKind } from './failure';

/**
 * How a policy waits out a kind of failure: its backoff, a fixed wait in ms, not at all, or as long as
 * the server's `Retry-After` said (the backoff when it said nothing).
 */
export type Wait = 'backoff' | 'never' | 'retry-after' | number;

export interface RetryPolicy {
  /** tries in all, the first included; Infinity: until the server gives its final answer */
  attempts: number;
  /** the wait after the first failed try, doubled after each further one, up to maxDelayMs */
  baseDelayMs: number;
  maxDelayMs: number;
  /** every wait is spread by up to ± this fraction, so clients cut off together do not return in step */
  jitter: number;
  /**
   * The failures a quick retry does not cure (429/408, a refused token, an answer the app cannot use).
   * 'never' where a person is there to be told instead. No answer and 5xx always wait the backoff, a
   * final answer never does.
   */
  rateLimited: Wait;
  unauthorized: Wait;
  unexpected: Wait;
}

/** The form's create: four tries about 1, 2 and 4 s apart; then the outbox takes what it would retry. */
export const CREATE_POLICY: Readonly<RetryPolicy> = Object.freeze({
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  jitter: 0.2,
  rateLimited: 'never',
  unauthorized: 'never',
  unexpected: 'never',
});

/** The outbox: no person is waiting, so everything but a final answer is waited out. 5 s, 10 s … 5 min. */
export const OUTBOX_POLICY: Readonly<RetryPolicy> = Object.freeze({
  attempts: Infinity,
  baseDelayMs: 5000,
  maxDelayMs: 5 * 60_000,
  jitter: 0.2,
  rateLimited: 60_000,
  unauthorized: 60 * 60_000,
  unexpected: 'backoff',
});

/** Lists and other reads (TanStack Query): two more tries, 0.5 and 1 s later. */
export const READ_POLICY: Readonly<RetryPolicy> = Object.freeze({
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 4000,
  jitter: 0,
  rateLimited: 'never',
  unauthorized: 'never',
  unexpected: 'backoff',
});

/**
 * The spreadsheet import's chunks (POST /tasks/bulk/, decision 042): a person watches a progress bar and
 * may cancel, so a chunk is asked again under its key for about a minute and a half, then the import
 * stops and says why; a 429 waits exactly what the server said.
 */
export const BULK_POLICY: Readonly<RetryPolicy> = Object.freeze({
  attempts: 8,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  jitter: 0.2,
  rateLimited: 'retry-after',
  unauthorized: 'never',
  unexpected: 'never',
});

/** A source of numbers in [0, 1), as Math.random; tests pass a fixed one. */
export type Random = () => number;

function spread(policy: RetryPolicy, ms: number, random: Random): number {
  return Math.round(ms * (1 - policy.jitter + 2 * policy.jitter * random()));
}

/** The backoff after `failures` failed tries (1 after the first): base · 2^(failures − 1), at most max. */
export function backoffDelay(policy: RetryPolicy, failures: number, random: Random = Math.random): number {
  const exact = Math.min(policy.baseDelayMs * 2 ** Math.max(failures - 1, 0), policy.maxDelayMs);
  return spread(policy, exact, random);
}

function waitFor(policy: RetryPolicy, kind: FailureKind): Wait {
  switch (kind) {
    case 'unreachable':
    case 'timeout':
    case 'server':
      return 'backoff';
    case 'rate-limited':
      return policy.rateLimited;
    case 'unauthorized':
      return policy.unauthorized;
    case 'unexpected':
      return policy.unexpected;
    case 'conflict':
    case 'maybe-created':
    case 'invalid-body':
    case 'refused-body':
      return 'never';
  }
}

/** Whether the policy asks again after this kind of failure at all, however many tries are left. */
export function retries(policy: RetryPolicy, failure: ApiFailure): boolean {
  return waitFor(policy, failure.kind) !== 'never';
}

/** The wait before asking again after `failures` failed tries, or null: do not ask again. */
export function retryDelay(
  policy: RetryPolicy,
  failure: ApiFailure,
  failures: number,
  random: Random = Math.random,
): number | null {
  const wait = waitFor(policy, failure.kind);
  if (wait === 'never' || failures >= policy.attempts) return null;
  // The server's own figure is kept exact: less would be refused again, and one client needs no spread.
  if (wait === 'retry-after' && failure.retryAfterMs !== undefined) return failure.retryAfterMs;
  if (wait === 'backoff' || wait === 'retry-after') return backoffDelay(policy, failures, random);
  return spread(policy, wait, random);
}
