// The hot queries (a task's insert, its place, its Idempotency-Key) built and compiled by Kysely once and
// then run with new values: building and compiling them on every call was a large share of an insert
// (docs/decisions/062). On SQLite the engine keeps one prepared statement per SQL text, so the SQL is
// parsed once too.
import type { CompiledQuery, Compilable, Kysely, QueryResult } from 'kysely';
import type { DB } from './schema';

const MARK = '\u0000slot\u0000';

export type Prepared<A, R> = (q: Kysely<DB>, args: A) => Promise<QueryResult<R>>;

/**
 * `build` gets a stand-in for each field of `A` and returns the query. A stand-in may only be a value
 * (a parameter), never shape the query (a list's length, a column, a `null` test); `undefined` runs as NULL.
 * The query runs on `q`, the database or a transaction of it.
 */
export function prepare<A extends object, R>(build: (args: A) => Compilable<R>): Prepared<A, R> {
  const standIns = new Proxy({} as A, {
    get: (_, name) => (typeof name === 'string' ? MARK + name : undefined),
  });
  const base = build(standIns).compile();
  const slots = base.parameters.map((p) =>
    typeof p === 'string' && p.startsWith(MARK) ? (p.slice(MARK.length) as keyof A) : undefined,
  );
  if (!slots.some((s) => s !== undefined)) throw new Error(`prepare: no stand-in was used in ${base.sql}`);
  return (q, args) => {
    const parameters = slots.map((name, i) =>
      name === undefined ? base.parameters[i] : (args[name] ?? null),
    );
    const compiled: CompiledQuery<R> = { ...base, parameters };
    return q.executeQuery(compiled);
  };
}
