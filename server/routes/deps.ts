import type { Store } from '../store/types';
import type { GroupCommitOptions } from '../tasks/group-commit';

/** What every route module is given by buildApp. */
export interface RouteDeps {
  store: Store;
  now: () => Date;
  nextOrderIndex: (now: Date) => number;
  /** POST /task group commit (docs/decisions/023) */
  createBatch?: GroupCommitOptions;
}
