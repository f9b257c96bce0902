// SQLite under Kysely: one better-sqlite3 connection, WAL journal, the schema of migrations.ts, FTS5 for
// place search. Two things keep it as fast as the hand-prepared statements it replaced: statements are
// prepared once per SQL text, and every transaction is BEGIN IMMEDIATE, so a transaction that reads a key
// and then writes can never be overtaken by another process between the two.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, sql, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { Engine, PlaceHit } from './engine';
import { migrate, PLACES_VERSION } from './migrations';
import type { DB } from './schema';

export interface SqliteOptions {
  /**
   * NORMAL (default): in WAL mode every commit is in the WAL file before the call returns, so it survives
   * the process being killed; FULL also survives power loss, at an fsync per commit (decision 020).
   */
  synchronous?: 'normal' | 'full';
}

/** More distinct SQL texts than this (GET /tasks filter shapes × list lengths) start the cache afresh. */
const MAX_STATEMENTS = 1000;

function cachedStatements(raw: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    prepare(text: string) {
      const key = text === 'begin' ? 'BEGIN IMMEDIATE' : text;
      let s = cache.get(key);
      if (s === undefined) {
        if (cache.size >= MAX_STATEMENTS) cache.clear();
        cache.set(key, (s = raw.prepare(key)));
      }
      return s;
    },
    close: () => void raw.close(),
  };
}

const prefixMatch = (words: readonly string[]) => words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' ');

export function openSqliteEngine(path: string, options: SqliteOptions = {}): Engine {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const raw = new Database(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  raw.pragma('busy_timeout = 5000');
  const migratedFrom = migrate(raw);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachedStatements(raw) }) });
  return {
    name: 'sqlite',
    db,
    migratedFrom,
    placesSince: PLACES_VERSION,
    assigneeHas: (email) =>
      sql<boolean>`EXISTS (SELECT 1 FROM json_each(tasks.assignee) WHERE lower(value) = lower(${email}))`,
    // Walking the FTS5 index by rowid, newest first, stops after `limit` rows: bm25 would cost
    // microseconds a matching row, and a prefix such as "jal" matches every address of a large
    // organisation.
    async newestPlaces(organizationId, prefixes, below, limit) {
      const r = await sql<PlaceHit & { id: number }>`SELECT p.id, p.name, p.address, p.lat, p.lng,
          p.precision, p.kind
        FROM places_fts f JOIN places p ON p.id = f.rowid
        WHERE places_fts MATCH ${prefixMatch(prefixes)} AND f.rowid < ${below} AND p.organization_id = ${organizationId}
        ORDER BY f.rowid DESC LIMIT ${limit}`.execute(db);
      return r.rows;
    },
    lock: async () => {},
    close: () => db.destroy(),
  };
}
