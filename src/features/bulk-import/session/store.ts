// TEMP stand-in for Part C (import-send): dropped when the real one is merged.
import type { ImportSession } from './types';

export interface ImportStore {
  readonly persistent: boolean;
  load(id: string): Promise<ImportSession | undefined>;
  latest(account: string): Promise<ImportSession | undefined>;
  save(s: ImportSession): Promise<void>;
  remove(id: string): Promise<void>;
}

const KEY = 'taskComposer.tempImports';
type Saved = Record<string, ImportSession>;
const all = (): Saved => JSON.parse(localStorage.getItem(KEY) ?? '{}') as Saved;
const revive = (s: ImportSession | undefined): ImportSession | undefined =>
  s && {
    ...s,
    rows: s.rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) =>
        typeof c === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(c) ? new Date(c) : c,
      ),
    })),
  };

export function openImportStore(): ImportStore {
  return {
    persistent: true,
    load: (id) => Promise.resolve(revive(all()[id])),
    latest: (account) =>
      Promise.resolve(
        revive(
          Object.values(all())
            .filter((s) => s.account === account)
            .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0],
        ),
      ),
    save: (s) => {
      localStorage.setItem(KEY, JSON.stringify({ ...all(), [s.id]: s }));
      return Promise.resolve();
    },
    remove: (id) => {
      const a = all();
      delete a[id];
      localStorage.setItem(KEY, JSON.stringify(a));
      return Promise.resolve();
    },
  };
}
