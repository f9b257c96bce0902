import type { Store } from '../store/types';

/** What every route module is given by buildApp. */
export interface RouteDeps {
  store: Store;
  now: () => Date;
  nextOrderIndex: (now: Date) => number;
}
