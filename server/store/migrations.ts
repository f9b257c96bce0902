// Schema versions, applied in order and recorded in PRAGMA user_version, so an older database file is
// brought up to date at start and a current one is left alone.
import type Database from 'better-sqlite3';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE organizations (
    _id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    updated_time TEXT NOT NULL
  );
  -- Keys are (organization_id, _id): nothing of one organisation can be reached through another.
  CREATE TABLE hubs (
    organization_id TEXT NOT NULL,
    _id TEXT NOT NULL,
    name TEXT NOT NULL,
    doc TEXT NOT NULL,
    created_time TEXT NOT NULL,
    updated_time TEXT NOT NULL,
    PRIMARY KEY (organization_id, _id)
  );
  CREATE TABLE users (
    organization_id TEXT NOT NULL,
    _id TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    doc TEXT NOT NULL,
    created_time TEXT NOT NULL,
    updated_time TEXT NOT NULL,
    PRIMARY KEY (organization_id, _id)
  );
  -- Only the SHA-256 of a token is kept (docs/decisions/012-token-storage.md).
  CREATE TABLE tokens (
    hash BLOB PRIMARY KEY,
    organization_id TEXT NOT NULL,
    user_id TEXT NOT NULL
  );
  CREATE INDEX tokens_by_user ON tokens (organization_id, user_id);
  CREATE TABLE flows (
    organization_id TEXT NOT NULL,
    _id TEXT NOT NULL,
    name TEXT NOT NULL,
    doc TEXT NOT NULL,
    created_time TEXT NOT NULL,
    updated_time TEXT NOT NULL,
    PRIMARY KEY (organization_id, _id)
  );
  -- The whole task document as JSON (read back exactly as created) plus the columns GET /tasks filters
  -- and sorts on. Times are epoch milliseconds so comparisons do not depend on the text form.
  CREATE TABLE tasks (
    _id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL,
    flow TEXT NOT NULL,
    flow_id TEXT NOT NULL,
    hub_id TEXT NOT NULL,
    status TEXT NOT NULL,
    assignee TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    start_ms INTEGER NOT NULL,
    done_ms INTEGER,
    order_index INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX tasks_created ON tasks (organization_id, created_ms);
  CREATE INDEX tasks_start ON tasks (organization_id, start_ms);
  CREATE INDEX tasks_done ON tasks (organization_id, done_ms);
  CREATE INDEX tasks_order ON tasks (organization_id, order_index);
  CREATE INDEX tasks_hub ON tasks (organization_id, hub_id, created_ms);
  CREATE INDEX tasks_flow ON tasks (organization_id, flow, created_ms);
  CREATE INDEX tasks_status ON tasks (organization_id, status, created_ms);
  `,
  // Idempotency-Key (docs/decisions/019): the answer a key got, written in the transaction that stores
  // the tasks it created, so a crash can never keep one without the other.
  `
  CREATE TABLE idempotency_keys (
    organization_id TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint BLOB NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    PRIMARY KEY (organization_id, key)
  );
  CREATE INDEX idempotency_keys_age ON idempotency_keys (created_ms);
  `,
  // Import presets (docs/decisions/043): an organisation's saved column mappings, one name per flow.
  `
  CREATE TABLE import_configs (
    organization_id TEXT NOT NULL,
    _id TEXT NOT NULL,
    reference_type TEXT NOT NULL,
    reference_id TEXT NOT NULL,
    name TEXT NOT NULL,
    doc TEXT NOT NULL,
    updated_ms INTEGER NOT NULL,
    PRIMARY KEY (organization_id, _id),
    UNIQUE (organization_id, reference_type, reference_id, name)
  );
  CREATE INDEX import_configs_newest ON import_configs (organization_id, reference_type, reference_id, updated_ms);
  `,
  // Built-in places (docs/decisions/053): hubs and past tasks of an organisation, and the shared cities
  // (organization_id ''). FTS5 keeps only the words; the rows and the latitude index live in `places`.
  `
  CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    organization_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    lat REAL NOT NULL,
    lng REAL NOT NULL,
    precision TEXT NOT NULL,
    UNIQUE (organization_id, kind, ref)
  );
  CREATE INDEX places_lat ON places (lat);
  CREATE VIRTUAL TABLE places_fts USING fts5(
    name, address, content='places', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
  );
  CREATE TRIGGER places_ai AFTER INSERT ON places BEGIN
    INSERT INTO places_fts (rowid, name, address) VALUES (new.id, new.name, new.address);
  END;
  CREATE TRIGGER places_ad AFTER DELETE ON places BEGIN
    INSERT INTO places_fts (places_fts, rowid, name, address) VALUES ('delete', old.id, old.name, old.address);
  END;
  CREATE TRIGGER places_au AFTER UPDATE ON places BEGIN
    INSERT INTO places_fts (places_fts, rowid, name, address) VALUES ('delete', old.id, old.name, old.address);
    INSERT INTO places_fts (rowid, name, address) VALUES (new.id, new.name, new.address);
  END;
  `,
  // External geocoders' answers (docs/decisions/055), shared by every organisation: the key names the
  // provider, its URL, the country and the normalised question, so nothing organisation-specific is kept.
  `
  CREATE TABLE geocode_cache (
    key TEXT PRIMARY KEY,
    answer TEXT NOT NULL,
    expires_ms INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX geocode_cache_expiry ON geocode_cache (expires_ms);
  `,
  // The UPSTREAM gateway's Idempotency-Key records (docs/decisions/060). IF NOT EXISTS: gateways before
  // this version created the same table in the same file outside the schema versions; its rows are kept.
  `
  CREATE TABLE IF NOT EXISTS upstream_keys (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint BLOB NOT NULL,
    state TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
  );
  CREATE INDEX IF NOT EXISTS upstream_keys_created ON upstream_keys (created_ms);
  `,
];

/** Brings the schema up to date; returns the version the file had before (0 for a new one). */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length)
    throw new Error(`The database was written by a newer version of Task Composer (schema ${current}).`);
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return current;
}

/** The schema version that created the places index: a file older than it has its tasks backfilled. */
export const PLACES_VERSION = 4;
