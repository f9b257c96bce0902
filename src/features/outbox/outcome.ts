import { blocksOthers, classify, type ApiFailure } from '../../api/failure';
import { OUTBOX_POLICY, retryDelay, type RetryPolicy } from '../../api/retry-policy';
import type { OutboxReason } from './outbox-types';

export type Outcome =
  /** try again later; `stop` when no other entry would fare better now (no network, token refused) */
  | { state: 'waiting'; reason: OutboxReason; delayMs: number; stop: boolean }
  | { state: 'failed'; reason: OutboxReason };

/** How the outbox words a failure; `offline`: the browser says so, which tells more than "no answer". */
export function reasonOf(failure: ApiFailure, offline: boolean): OutboxReason {
  switch (failure.kind) {
    case 'unreachable':
      return { kind: offline ? 'offline' : 'network' };
    case 'timeout':
      return { kind: 'timeout' };
    case 'rate-limited':
      return { kind: 'rateLimited' };
    case 'unauthorized':
      return { kind: 'unauthorized' };
    case 'server':
      return { kind: 'server', status: failure.status, message: failure.message };
    case 'unexpected':
      // no status: not an answer of the server at all
      return failure.status === 0
        ? { kind: 'network' }
        : { kind: 'server', status: failure.status, message: failure.message };
    case 'maybe-created':
      return { kind: 'maybeCreated' };
    case 'conflict':
    case 'invalid-body':
    case 'refused-body':
      return {
        kind: 'rejected',
        status: failure.status,
        message: failure.message,
        ...(failure.errors ? { errors: failure.errors } : {}),
      };
  }
}

/** What a failed send means for the entry, after `tries` tries: waiting as the schedule says, or failed. */
export function outcomeOf(
  error: unknown,
  tries: number,
  offline: boolean,
  schedule: RetryPolicy = OUTBOX_POLICY,
): Outcome {
  const failure = classify(error);
  const reason = reasonOf(failure, offline);
  const delayMs = retryDelay(schedule, failure, tries);
  if (delayMs === null) return { state: 'failed', reason };
  return { state: 'waiting', reason, delayMs, stop: blocksOthers(failure) };
}
