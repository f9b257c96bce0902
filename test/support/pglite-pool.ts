// PGlite (PostgreSQL compiled to WebAssembly, in this process) shaped like a `pg` pool for Kysely's
// PostgresDialect, so the PostgreSQL store runs in tests with nothing installed. It has one connection:
// a transaction holds it until released, like SQLite's.
import { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

const INT8 = 20;

export function pglitePool(dataDir?: string): PostgresPool & { pglite: PGlite } {
  // bigint columns (epoch milliseconds, counts) as numbers, as the server's pg pool reads them.
  const pglite = new PGlite(dataDir, { parsers: { [INT8]: (v: string) => Number(v) } });
  let held: Promise<void> = Promise.resolve();
  let done: (() => void) | undefined;
  const query = async <R>(text: string, params: readonly unknown[]): Promise<PostgresQueryResult<R>> => {
    const r = await pglite.query<R>(text, params as unknown[]);
    return { command: 'SELECT', rowCount: r.affectedRows ?? r.rows.length, rows: r.rows };
  };
  // Kysely never streams here (no cursor is configured): only the (sql, parameters) form is called.
  const client = { query, release: () => done?.() } as unknown as PostgresPoolClient;
  return {
    pglite,
    async connect() {
      const previous = held;
      let release!: () => void;
      held = new Promise<void>((resolve) => (release = resolve));
      await previous;
      done = release;
      return client;
    },
    end: () => pglite.close(),
  };
}
