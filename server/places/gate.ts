// One request at a time per interval for the whole process (Nominatim's "absolute maximum of 1 request
// per second"): each caller reserves the next free start time; a caller that would wait longer than the
// cap, or find the queue full, is refused at once instead of holding its HTTP request open.
import { geocoderBusy } from './errors';

export interface GateOptions {
  intervalMs: number;
  /** callers waiting at most */
  maxQueue: number;
  /** longest a caller may wait for its turn */
  maxWaitMs: number;
  now?: () => number;
}

export type Gate = <T>(work: () => Promise<T>) => Promise<T>;

export function requestGate({ intervalMs, maxQueue, maxWaitMs, now = Date.now }: GateOptions): Gate {
  let nextStart = 0;
  let waiting = 0;
  return async (work) => {
    const t = now();
    const start = Math.max(t, nextStart);
    const wait = start - t;
    if (wait > maxWaitMs || (wait > 0 && waiting >= maxQueue)) throw geocoderBusy(Math.ceil(wait / 1000));
    nextStart = start + intervalMs;
    if (wait > 0) {
      waiting++;
      await new Promise((r) => setTimeout(r, wait));
      waiting--;
    }
    return work();
  };
}

/** No limit: the work runs at once. */
export const openGate: Gate = (work) => work();
