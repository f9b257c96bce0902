// Group commit for POST /task (docs/decisions/023-group-commit.md): the creates that reach this point
// within one turn of the event loop are stored in ONE transaction, and each request is answered only
// after that transaction has committed. A commit costs about as much for one row as for a hundred, so
// under load this is where the server's time goes.
import type { IdempotentAnswer, PendingCreate, Store } from '../store/types';

/** Creates stored together at most; a full batch is committed at once instead of at the turn's end. */
export const DEFAULT_CREATE_BATCH = 256;

export interface GroupCommitOptions {
  /** largest batch (default 256); 1 = one transaction per request, committed at once as before */
  max?: number;
  /** when a started batch is committed (default: setImmediate, after the I/O of this turn) */
  schedule?: (flush: () => void) => void;
}

export interface GroupCommit {
  /**
   * Resolves once the create is committed: with undefined, or with the answer its Idempotency-Key got
   * earlier (possibly from an earlier item of the same batch). Rejects when this item or the whole
   * batch could not be stored; then nothing of this item is.
   */
  add(item: PendingCreate): Promise<IdempotentAnswer | undefined>;
  /**
   * Commits what is waiting now, without waiting for the scheduled turn, and resolves once that and every
   * batch already committing have settled (server shutdown: the store may be closed after it).
   */
  flush(): Promise<void>;
}

interface Waiting {
  item: PendingCreate;
  resolve(prior: IdempotentAnswer | undefined): void;
  reject(error: unknown): void;
}

export function groupCommit(store: Store, options: GroupCommitOptions = {}): GroupCommit {
  const max = options.max ?? DEFAULT_CREATE_BATCH;
  const schedule = options.schedule ?? ((flush: () => void) => void setImmediate(flush));
  let queue: Waiting[] = [];
  let scheduled = false;
  const committing = new Set<Promise<void>>();

  // While one batch commits the next gathers; on SQLite's one connection they take turns.
  const commit = async () => {
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    let outcomes;
    try {
      outcomes = await store.insertTaskBatch(batch.map((w) => w.item));
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => {
      const o = outcomes[i];
      if (o === undefined) w.reject(new Error('group commit: no outcome for an item'));
      else if (o.ok) w.resolve(o.prior);
      else w.reject(o.error);
    });
  };
  const start = () => {
    const done = commit();
    committing.add(done);
    void done.finally(() => committing.delete(done));
  };
  const scheduledFlush = () => {
    scheduled = false;
    start();
  };

  return {
    async flush() {
      start();
      await Promise.all(committing);
    },
    add(item) {
      return new Promise((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (queue.length >= max) start();
        else if (!scheduled) {
          scheduled = true;
          schedule(scheduledFlush);
        }
      });
    },
  };
}
