// One chunk of an import, asked until the server answers it, refuses it, or the policy gives up. Every try
// carries the chunk's own key and saved bodies, so our server creates its tasks once (decision 042).
import type { Connection } from '../../../api/connection';
import { createTasksBulk, type BulkAnswer } from '../../../api/create-tasks-bulk';
import { classify, isFinal, type ApiFailure } from '../../../api/failure';
import { retryDelay, type RetryPolicy } from '../../../api/retry-policy';
import type { ChunkRecord } from './types';

export type ChunkOutcome =
  | { kind: 'answered'; answer: BulkAnswer }
  /** the server's final word on the whole request (a 400 envelope, 409, 413 …): nothing was created */
  | { kind: 'refused'; failure: ApiFailure }
  /** no usable answer and no more tries (or a refused token): the chunk stays to be sent again */
  | { kind: 'gave-up'; failure: ApiFailure }
  | { kind: 'aborted' };

export interface ChunkWait {
  /** whole seconds left, counting down */
  seconds: number;
  failure: ApiFailure;
}

export interface ChunkOptions {
  conn: Connection;
  policy: RetryPolicy;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** told each second of a wait before the next try */
  onWait?(wait: ChunkWait): void;
}

/** Sleeps `ms`, telling the seconds left each second; false when aborted first. */
async function countDown(
  ms: number,
  onTick: (seconds: number) => void,
  signal?: AbortSignal,
): Promise<boolean> {
  const end = Date.now() + ms;
  for (let left = ms; left > 0; left = end - Date.now()) {
    onTick(Math.ceil(left / 1000));
    const step = left % 1000 || 1000;
    const slept = await new Promise<boolean>((done) => {
      if (signal?.aborted) return done(false);
      const onAbort = () => {
        clearTimeout(timer);
        done(false);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        done(true);
      }, step);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    if (!slept) return false;
  }
  return true;
}

export async function sendChunk(chunk: ChunkRecord, opts: ChunkOptions): Promise<ChunkOutcome> {
  for (let failures = 1; ; failures++) {
    if (opts.signal?.aborted) return { kind: 'aborted' };
    try {
      const answer = await createTasksBulk(opts.conn, chunk.bodies, {
        key: chunk.key,
        signal: opts.signal,
        ...(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs }),
      });
      return { kind: 'answered', answer };
    } catch (error) {
      if (opts.signal?.aborted) return { kind: 'aborted' };
      const failure = classify(error);
      if (isFinal(failure)) return { kind: 'refused', failure };
      const delay = retryDelay(opts.policy, failure, failures);
      if (delay === null) return { kind: 'gave-up', failure };
      const waited = await countDown(delay, (seconds) => opts.onWait?.({ seconds, failure }), opts.signal);
      if (!waited) return { kind: 'aborted' };
    }
  }
}
