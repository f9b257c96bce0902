// Every row checked by src/flow's rowChecker, in slices of a few milliseconds so the page never stalls
// while 10,000 rows are checked; an edited row is checked again at once.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Cell, CheckedRow, SheetRow } from '../../../flow/import/types';

const SLICE_MS = 10;

export type Check = (cells: Cell[]) => CheckedRow;

/** Yields to the browser without setTimeout's 4 ms clamp after a few nested calls. */
function yieldThen(run: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = run;
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

/** The results, kept outside React: 10,000 of them are updated in place, and a version says when. */
class CheckStore {
  readonly results = new Map<number, CheckedRow>();
  rows: readonly SheetRow[] = [];
  complete = false;
  version = 0;
  private check: Check | null = null;
  private listeners = new Set<() => void>();
  private cancel = () => {};

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  snapshot = () => this.version;

  private changed() {
    this.version++;
    this.listeners.forEach((fn) => fn());
  }

  run(check: Check | null) {
    this.cancel();
    this.check = check;
    this.results.clear();
    this.complete = false;
    this.changed();
    if (!check) return;
    const todo = this.rows;
    let i = 0;
    const slice = () => {
      const start = performance.now();
      while (i < todo.length && performance.now() - start < SLICE_MS) {
        const row = todo[i++]!;
        this.results.set(row.line, check(row.cells));
      }
      if (i < todo.length) this.cancel = yieldThen(slice);
      else this.complete = true;
      this.changed();
    };
    slice();
  }

  setRows(rows: readonly SheetRow[]) {
    this.rows = rows;
  }

  stop() {
    this.cancel();
  }

  recheck(row: SheetRow) {
    if (!this.check) return;
    this.results.set(row.line, this.check(row.cells));
    this.changed();
  }

  forget(line: number) {
    this.results.delete(line);
    this.changed();
  }
}

export interface RowChecks {
  /** the result of each checked row, by line */
  results: ReadonlyMap<number, CheckedRow>;
  /** every row has been checked */
  complete: boolean;
  /** changes whenever a result does (the map itself is updated in place) */
  version: number;
  recheck(row: SheetRow): void;
  forget(line: number): void;
}

export function useRowChecks(check: Check | null, rows: readonly SheetRow[]): RowChecks {
  const [store] = useState(() => new CheckStore());
  const version = useSyncExternalStore(store.subscribe, store.snapshot);
  // The rows a new check starts from; edits after that are checked one by one through recheck.
  useEffect(() => {
    store.setRows(rows);
  }, [store, rows]);
  useEffect(() => {
    store.run(check);
    return () => store.stop();
  }, [store, check]);
  return {
    results: store.results,
    complete: store.complete,
    version,
    recheck: (row) => store.recheck(row),
    forget: (line) => store.forget(line),
  };
}
