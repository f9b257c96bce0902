// The SQLite store: one file (folders created), or ':memory:'.
import { openSqliteEngine, type SqliteOptions } from './sqlite-engine';
import { openStore, type StoreOptions } from './store';
import type { Store } from './types';

export function openSqliteStore(path: string, options: SqliteOptions & StoreOptions = {}): Promise<Store> {
  const engine = openSqliteEngine(path, options);
  return openStore(engine, options).catch(async (e: unknown) => {
    await engine.close();
    throw e;
  });
}
