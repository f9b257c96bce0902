// The PostgreSQL store: a `pg` pool on DATABASE_URL. bigint columns (epoch milliseconds, counts) are
// read as numbers: every value the store keeps is far below 2^53.
import pg from 'pg';
import type { PostgresPool } from 'kysely';
import { openPostgresEngine } from './pg-engine';
import { openStore, type StoreOptions } from './store';
import type { Store } from './types';

const INT8 = 20;

export interface PostgresOptions {
  url: string;
  /** connections this process opens at most */
  poolSize?: number;
  /** a statement running longer is cancelled (ms) */
  statementTimeoutMs?: number;
}

/** The PostgreSQL error of an unreachable server or refused login, said in one sentence. */
function reachError(url: string, e: unknown): Error {
  const where = new URL(url);
  const target = `${where.hostname}:${where.port || '5432'}${where.pathname}`;
  const code = (e as { code?: string }).code;
  const detail = e instanceof Error ? e.message : String(e);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || /timeout/i.test(detail))
    return new Error(
      `PostgreSQL at ${target} cannot be reached (${detail}). Is it running, and is DATABASE_URL right?`,
    );
  return new Error(`PostgreSQL at ${target} refused to open the database: ${detail}`);
}

export function postgresPool(options: PostgresOptions): pg.Pool {
  return new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
}

export async function openPostgresStore(
  options: PostgresOptions,
  storeOptions: StoreOptions = {},
  pool: PostgresPool = postgresPool(options),
): Promise<Store> {
  let engine;
  try {
    engine = await openPostgresEngine(pool);
  } catch (e) {
    // A failed connection or login is explained; an error of the schema itself is passed on as it is.
    const code = (e as { code?: unknown }).code;
    const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
    if (sqlState !== undefined && !['08', '28', '3D'].includes(sqlState.slice(0, 2))) throw e;
    throw reachError(options.url, e);
  }
  return openStore(engine, storeOptions).catch(async (e: unknown) => {
    await engine.close();
    throw e;
  });
}
