import { ApiError } from '../../api/http';
import { isFinalAnswer } from '../../api/retry';
import type { OutboxReason } from './outbox-types';

/** Waits between tries of a waiting entry: 5 s, 10 s, 20 s … at most 5 minutes. */
export function nextTryDelay(tries: number): number {
  return Math.min(5000 * 2 ** Math.max(tries - 1, 0), 5 * 60_000);
}

export type Outcome =
  /** try again later; `stop` when no other entry would fare better now (no network, token refused) */
  | { state: 'waiting'; reason: OutboxReason; delayMs: number; stop: boolean }
  | { state: 'failed'; reason: OutboxReason };

/** What a failed send means for the entry: only the server's final answer fails it, the rest waits. */
export function outcomeOf(error: unknown, tries: number, offline: boolean): Outcome {
  if (!(error instanceof ApiError)) {
    return { state: 'waiting', reason: { kind: 'network' }, delayMs: nextTryDelay(tries), stop: true };
  }
  if (error.kind === 'network') {
    const reason: OutboxReason = offline ? { kind: 'offline' } : { kind: 'network' };
    return { state: 'waiting', reason, delayMs: nextTryDelay(tries), stop: true };
  }
  if (error.kind === 'timeout') {
    return { state: 'waiting', reason: { kind: 'timeout' }, delayMs: nextTryDelay(tries), stop: true };
  }
  if (error.status === 401) {
    // the token is refused: nothing will go through until the person connects again
    return { state: 'waiting', reason: { kind: 'unauthorized' }, delayMs: 60 * 60_000, stop: true };
  }
  if (error.status === 429 || error.status === 408) {
    return { state: 'waiting', reason: { kind: 'rateLimited' }, delayMs: 60_000, stop: true };
  }
  if (isFinalAnswer(error)) {
    const reason: OutboxReason = {
      kind: 'rejected',
      status: error.status,
      message: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
    };
    return { state: 'failed', reason };
  }
  const reason: OutboxReason = { kind: 'server', status: error.status, message: error.message };
  return { state: 'waiting', reason, delayMs: nextTryDelay(tries), stop: false };
}

/** The reason a failure at submit puts a task aside, or null when it is the server's final word. */
export function queueReason(error: unknown, offline: boolean): OutboxReason | null {
  if (!(error instanceof ApiError)) return null;
  if (error.kind === 'network') return offline ? { kind: 'offline' } : { kind: 'network' };
  if (error.kind === 'timeout') return { kind: 'timeout' };
  if (error.status >= 500) return { kind: 'server', status: error.status, message: error.message };
  return null;
}
