import type { Store } from '../store/types';
import type { GroupCommitOptions } from '../tasks/group-commit';

/** What every route module is given by buildApp. */
export interface RouteDeps {
  store: Store;
  now: () => Date;
  nextOrderIndex: (now: Date) => number;
  /** largest request bodies in bytes: POST /tasks/bulk/ and POST /task (decision 046) */
  bodyLimits: { bulk: number; task: number };
  /** bytes of task documents one organisation may store; 0 = no quota (decision 046) */
  quotaBytes: number;
  /** POST /task group commit (docs/decisions/023) */
  createBatch?: GroupCommitOptions;
}
